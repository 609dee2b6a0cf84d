package org.strengths.access;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The errors of one form submission, field id to message key, in the order the fields appear so
 * that the GOV.UK error summary lists them in page order.
 */
final class FormErrors {

  private final Map<String, String> byField = new LinkedHashMap<>();

  void reject(String field, String messageKey) {
    byField.putIfAbsent(field, messageKey);
  }

  boolean any() {
    return !byField.isEmpty();
  }

  /** For the templates, as the model attribute {@code errors}: {@code errors['reason']}. */
  Map<String, String> byField() {
    return byField;
  }

  static Map<String, String> none() {
    return Map.of();
  }

  /** Free text as it is checked and stored: surrounding white space does not count. */
  static String text(String value) {
    return value == null ? "" : value.strip();
  }
}

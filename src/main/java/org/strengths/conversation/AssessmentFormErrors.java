package org.strengths.conversation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems with a submitted form for the GOV.UK error summary (in the order found, which is the
 * form's order) and the inline messages. Date fields link to their day box.
 */
final class AssessmentFormErrors {

  record Item(String anchor, String message) {}

  private final Map<String, String> byField = new LinkedHashMap<>();
  private final List<String> dateFields = new ArrayList<>();

  AssessmentFormErrors add(String field, String message) {
    byField.putIfAbsent(field, message);
    return this;
  }

  AssessmentFormErrors dateField(String field) {
    dateFields.add(field);
    return this;
  }

  public boolean has(String field) {
    return byField.containsKey(field);
  }

  public String get(String field) {
    return byField.get(field);
  }

  public boolean isEmpty() {
    return byField.isEmpty();
  }

  public List<Item> summary() {
    return byField.entrySet().stream()
        .map(
            entry ->
                new Item(
                    dateFields.contains(entry.getKey()) ? entry.getKey() + "Day" : entry.getKey(),
                    entry.getValue()))
        .toList();
  }

  /** The ids an input is described by: its hint, if any, and its error message, if any. */
  public String describedBy(String field, boolean hasHint) {
    String ids = ((hasHint ? field + "-hint " : "") + (has(field) ? field + "-error" : "")).strip();
    return ids.isEmpty() ? null : ids;
  }
}

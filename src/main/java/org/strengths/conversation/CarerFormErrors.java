package org.strengths.conversation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems with a submitted carer form, for the GOV.UK error summary (in the order they were
 * found, which follows the form) and the inline messages. Date inputs link to their day box.
 */
final class CarerFormErrors {

  private static final Map<String, String> ANCHORS =
      Map.of(
          "conversationDate", "conversationDateDay",
          "recordGiven", "recordGivenDay",
          "consentDate", "consentDateDay");

  record Item(String anchor, String message) {}

  private final Map<String, String> byField = new LinkedHashMap<>();

  CarerFormErrors add(String field, String message) {
    byField.putIfAbsent(field, message);
    return this;
  }

  CarerFormErrors addAll(Map<String, String> problems) {
    problems.forEach(this::add);
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
        .map(e -> new Item(ANCHORS.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
        .toList();
  }

  /** The ids an input is described by: its hint, if any, and its error message, if any. */
  public String describedBy(String field, boolean hasHint) {
    String ids = ((hasHint ? field + "-hint " : "") + (has(field) ? field + "-error" : "")).strip();
    return ids.isEmpty() ? null : ids;
  }
}

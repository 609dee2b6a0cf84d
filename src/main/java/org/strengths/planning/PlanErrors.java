package org.strengths.planning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems with a submitted form: field id → message, in the order the fields are checked
 * (which is the order they appear), for the GOV.UK error summary and the inline messages.
 */
final class PlanErrors {

  record Item(String anchor, String message) {}

  private final Map<String, String> byField = new LinkedHashMap<>();
  private final Map<String, String> anchors = new LinkedHashMap<>();

  /** Adds a problem unless the field already has one (the first found is the one to fix). */
  PlanErrors add(String field, String message) {
    byField.putIfAbsent(field, message);
    return this;
  }

  /** A problem with a date (three boxes) or a group of inputs: the summary links to the first. */
  PlanErrors add(String field, String anchor, String message) {
    anchors.putIfAbsent(field, anchor);
    return add(field, message);
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
        .map(e -> new Item(anchors.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
        .toList();
  }

  Map<String, String> asMap() {
    return byField;
  }

  /** The ids an input is described by: its hint, if any, and its error message, if any. */
  public String describedBy(String field, boolean hasHint) {
    String ids = ((hasHint ? field + "-hint " : "") + (has(field) ? field + "-error" : "")).strip();
    return ids.isEmpty() ? null : ids;
  }
}

package org.strengths.conversation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems with a submitted form, for the GOV.UK error summary (in the order they were found,
 * which is the order of the form) and the inline messages. Field names are the inputs' ids.
 */
final class ConversationErrors {

  /** A date input is three boxes; the summary links to the first. */
  private static final Map<String, String> ANCHORS =
      Map.of(
          "heldOn",
          "heldOnDay",
          "followUp",
          "followUpDay",
          "stage",
          "stage-0",
          "channel",
          "channel-0");

  /** One line of the summary. */
  public record Item(String anchor, String message) {}

  private final Map<String, String> byField = new LinkedHashMap<>();

  ConversationErrors add(String field, String message) {
    byField.putIfAbsent(field, message);
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

  Map<String, String> asMap() {
    return Map.copyOf(byField);
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

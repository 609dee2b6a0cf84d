package org.strengths.connection;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems with a submitted form, for the GOV.UK error summary (in the order of the form, each
 * linking to its field) and the inline messages.
 */
final class FormErrors {

  private static final List<String> ORDER =
      List.of(
          "conflict",
          "method",
          "providesCare",
          "lawfulBasis",
          "consentDate",
          "consentScope",
          "shareName",
          "sharePhone",
          "shareEmail",
          "shareAddress",
          "shareDateOfBirth",
          "shareMainLanguage",
          "whatMatters",
          "accessNeeds",
          "message",
          "decision",
          "status",
          "declineReason",
          "feedback",
          "reply");

  /** Date inputs are three boxes; the summary links to the first. */
  private static final Map<String, String> ANCHORS = Map.of("consentDate", "consentDateDay");

  public record Item(String anchor, String message) {}

  private final Map<String, String> byField = new LinkedHashMap<>();

  /** Adds a problem unless the field already has one (the first found is the one to fix). */
  FormErrors add(String field, String message) {
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

  public List<Item> summary() {
    return byField.entrySet().stream()
        .sorted(Comparator.comparingInt(entry -> position(entry.getKey())))
        .map(
            entry ->
                new Item(ANCHORS.getOrDefault(entry.getKey(), entry.getKey()), entry.getValue()))
        .toList();
  }

  /** The ids an input is described by: its hint, if any, and its error message, if any. */
  public String describedBy(String field, boolean hasHint) {
    String ids = ((hasHint ? field + "-hint " : "") + (has(field) ? field + "-error" : "")).strip();
    return ids.isEmpty() ? null : ids;
  }

  private static int position(String field) {
    int index = ORDER.indexOf(field);
    return index < 0 ? ORDER.size() : index;
  }
}

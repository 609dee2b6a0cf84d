package org.strengths.platform.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems with one submitted form, for the GOV.UK error summary and the inline messages. Held
 * as field id to message (words to show), the first problem found for a field being the one to fix.
 *
 * <p>One ordering rule everywhere: the summary lists problems in the order of the form's fields as
 * the form declares them ({@link #inFormOrder}); a field the form does not declare follows, in the
 * order it was found (forms that check their fields top to bottom need declare nothing). Each entry
 * links to its field's id, or to the input a field says to link to: the day box of a date input,
 * the first of a group of radios.
 *
 * <p>Templates read the model attribute {@code errors}: {@code errors.has('field')}, {@code
 * errors.get('field')}, {@code errors.summary()} (each with {@code anchor()} and {@code
 * message()}), {@code errors.describedBy('field', hasHint)}.
 */
public final class FormErrors {

  /** One line of the summary: the id it links to and the words. */
  public record Item(String field, String anchor, String message) {}

  private final List<String> order;
  private final Map<String, String> anchors = new HashMap<>();
  private final Map<String, String> byField = new LinkedHashMap<>();

  /** Errors summarised in the order they are found. */
  public FormErrors() {
    this(List.of());
  }

  private FormErrors(List<String> order) {
    this.order = List.copyOf(order);
  }

  /** Errors summarised in the order of these fields (those not named follow, as found). */
  public static FormErrors inFormOrder(List<String> fields) {
    return new FormErrors(fields);
  }

  /** Errors summarised in the order of these fields (those not named follow, as found). */
  public static FormErrors inFormOrder(String... fields) {
    return new FormErrors(List.of(fields));
  }

  /** No problems: what a page shows before anything is posted. */
  public static FormErrors none() {
    return new FormErrors();
  }

  /** The summary entry for this field links to another input (the first of a group). */
  public FormErrors linkTo(String field, String anchor) {
    anchors.put(field, anchor);
    return this;
  }

  /** These fields are GOV.UK date inputs (three boxes): the summary links to the day box. */
  public FormErrors dateFields(String... fields) {
    for (String field : fields) {
      linkTo(field, DateInput.dayBox(field));
    }
    return this;
  }

  /** Adds a problem unless the field already has one (the first found is the one to fix). */
  public FormErrors add(String field, String message) {
    byField.putIfAbsent(field, message);
    return this;
  }

  /** Adds a problem whose summary entry links to another input (a date's day box, a radio). */
  public FormErrors add(String field, String anchor, String message) {
    anchors.putIfAbsent(field, anchor);
    return add(field, message);
  }

  /** Adds each problem, field to message, in the map's order. */
  public FormErrors addAll(Map<String, String> problems) {
    problems.forEach(this::add);
    return this;
  }

  public boolean has(String field) {
    return byField.containsKey(field);
  }

  /** The words for the field's problem, or null. */
  public String get(String field) {
    return byField.get(field);
  }

  public boolean isEmpty() {
    return byField.isEmpty();
  }

  public boolean any() {
    return !byField.isEmpty();
  }

  /** The error summary: every problem, in form order, each linking to its input. */
  public List<Item> summary() {
    List<Map.Entry<String, String>> entries = new ArrayList<>(byField.entrySet());
    entries.sort(Comparator.comparingInt(entry -> position(entry.getKey())));
    return entries.stream()
        .map(
            entry ->
                new Item(
                    entry.getKey(),
                    anchors.getOrDefault(entry.getKey(), entry.getKey()),
                    entry.getValue()))
        .toList();
  }

  /** Field to message, in summary order (for an API answer or a form model). */
  public Map<String, String> asMap() {
    Map<String, String> ordered = new LinkedHashMap<>();
    summary().forEach(item -> ordered.put(item.field(), item.message()));
    return Collections.unmodifiableMap(ordered);
  }

  /** The ids an input is described by: its hint, if any, and its error message, if any. */
  public String describedBy(String field, boolean hasHint) {
    String ids = ((hasHint ? field + "-hint " : "") + (has(field) ? field + "-error" : "")).strip();
    return ids.isEmpty() ? null : ids;
  }

  /** Free text as it is checked and stored: surrounding white space does not count. */
  public static String text(String value) {
    return value == null ? "" : value.strip();
  }

  /**
   * Free text as it is stored: line breaks written one way, surrounding white space dropped, and
   * {@code null} when nothing was typed.
   */
  public static String typed(String value) {
    if (value == null) {
      return null;
    }
    String text = value.replace("\r\n", "\n").strip();
    return text.isEmpty() ? null : text;
  }

  private int position(String field) {
    int index = order.indexOf(field);
    return index < 0 ? order.size() : index;
  }
}

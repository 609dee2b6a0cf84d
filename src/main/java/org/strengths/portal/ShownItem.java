package org.strengths.portal;

import java.util.UUID;

/**
 * Something the person sees on their own pages that a practitioner may withhold: a written part of
 * their plan, an answer in an assessment's written record, or one of their connections.
 *
 * @param key names the item for as long as it exists, e.g. {@code assessment/<id>/otherNetwork}
 * @param kind what sort of item: {@code plan}, {@code assessment} or {@code connection}
 * @param label what it is, in words, for the practitioner and the manager's list
 * @param text what the person would read, for the practitioner to check
 */
record ShownItem(String key, String kind, String label, String text) {

  static String planKey(String slug) {
    return "plan/" + slug;
  }

  static String assessmentKey(UUID assessmentId, String field) {
    return "assessment/" + assessmentId + "/" + field;
  }

  static String connectionKey(UUID connectionId) {
    return "connection/" + connectionId;
  }

  /** The last part of each withheld key that starts with {@code prefix}: a part or field name. */
  static java.util.Set<String> under(java.util.Set<String> withheld, String prefix) {
    return withheld.stream()
        .filter(key -> key.startsWith(prefix))
        .map(key -> key.substring(prefix.length()))
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** The id part of an HTML element for this item. */
  public String anchor() {
    return "item-" + key.replaceAll("[^A-Za-z0-9]", "-");
  }
}

package org.strengths.connection;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The information shared with an organisation, copied when the connection is sent. The partner sees
 * this and nothing else; later changes to the record do not reach them.
 */
final class DisclosureSnapshot {

  /** One shared piece of information: which field, and its value when it was sent. */
  record Item(SharedField field, String value) {}

  private DisclosureSnapshot() {}

  /** The chosen fields' values, in a fixed order; nothing that was not chosen. */
  static List<Item> of(
      PersonFacts person, Set<SharedField> chosen, String whatMatters, String accessNeeds) {
    List<Item> items = new ArrayList<>();
    for (SharedField field : SharedField.values()) {
      if (!chosen.contains(field)) {
        continue;
      }
      String value =
          switch (field) {
            case WHAT_MATTERS -> whatMatters;
            case ACCESS_NEEDS -> accessNeeds;
            default -> person.valueOf(field);
          };
      if (value != null) {
        items.add(new Item(field, value));
      }
    }
    return List.copyOf(items);
  }
}

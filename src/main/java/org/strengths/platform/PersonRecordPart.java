package org.strengths.platform;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A module's part of a person's record. The person module opens the record with every part's
 * summary cards, in order, and lists every part's pages in the record's side navigation, so the
 * record starts with the person without the person module knowing the modules that depend on it.
 *
 * <p>{@link #cards} is called only after the caller has checked that the member of staff may see
 * the person and has audited the view: parts do not check access themselves. Each part should read
 * what its cards need in one or two queries.
 */
public interface PersonRecordPart {

  /**
   * The person whose record is open.
   *
   * @param displayName the name the record shows, for drawings that put the person at the centre
   */
  record Subject(UUID id, String displayName) {}

  /**
   * One card on the record's summary.
   *
   * @param order position on the summary, lowest first (see {@link Order})
   * @param template the Thymeleaf template holding the card, in the module's own folder, e.g.
   *     {@code conversation/record-card}
   * @param fragment the fragment in it; it reads its data as {@code ${card.data()}} and the
   *     person's id as {@code ${personId}}
   * @param data what the card shows, the module's own type
   */
  record Card(int order, String template, String fragment, Object data) {
    public Card {
      Objects.requireNonNull(template);
      Objects.requireNonNull(fragment);
    }
  }

  /**
   * A page of the record in its side navigation.
   *
   * @param id the link's id, for tests and for skip links
   * @param labelKey message key of its text
   * @param path the page's address under {@code /people/{id}/}: empty for the summary, {@code plan}
   *     for {@code /people/{id}/plan}; it is the current page for every address under it
   * @param order position in the navigation, lowest first
   * @param authorities who sees it (any of these authorities); empty for everyone who may open the
   *     record
   * @param alsoCurrentFor other paths under {@code /people/{id}/} that belong to this part, e.g.
   *     the form that edits what the part shows
   */
  record Entry(
      String id,
      String labelKey,
      String path,
      int order,
      Set<String> authorities,
      List<String> alsoCurrentFor) {
    public Entry {
      authorities = Set.copyOf(authorities);
      alsoCurrentFor = List.copyOf(alsoCurrentFor);
    }

    public Entry(String id, String labelKey, String path, int order) {
      this(id, labelKey, path, order, Set.of(), List.of());
    }
  }

  /** Where each module's cards go on the summary, so the record reads in the intended order. */
  final class Order {
    public static final int IN_THEIR_WORDS = 10;
    public static final int NETWORK = 20;
    public static final int OUTCOMES = 30;
    public static final int AGREED_ACTIONS = 40;
    public static final int NEXT_REVIEW = 50;
    public static final int CONNECTIONS = 60;

    private Order() {}
  }

  /** The cards this part adds to the person's summary; empty when it has nothing to show. */
  default List<Card> cards(Subject person) {
    return List.of();
  }

  /** This part's pages in the record's side navigation. */
  default List<Entry> navigation() {
    return List.of();
  }
}

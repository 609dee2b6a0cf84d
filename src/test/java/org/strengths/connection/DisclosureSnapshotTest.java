package org.strengths.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class DisclosureSnapshotTest {

  static final PersonFacts PERSON =
      new PersonFacts(
          "Margaret Hill",
          "0113 496 0000",
          "peggy@example.org",
          "1 Leeds Road, LS7 3AA",
          LocalDate.of(1941, 5, 4),
          "Punjabi (needs an interpreter)");

  @Test
  void copiesOnlyTheChosenFieldsInAFixedOrder() {
    var items =
        DisclosureSnapshot.of(
            PERSON,
            EnumSet.of(SharedField.WHAT_MATTERS, SharedField.EMAIL, SharedField.NAME),
            "Getting back to the allotment",
            "Steps are hard");

    assertThat(items)
        .containsExactly(
            new DisclosureSnapshot.Item(SharedField.NAME, "Margaret Hill"),
            new DisclosureSnapshot.Item(SharedField.EMAIL, "peggy@example.org"),
            new DisclosureSnapshot.Item(SharedField.WHAT_MATTERS, "Getting back to the allotment"));
  }

  @Test
  void neverCarriesWhatWasNotChosen() {
    var items = DisclosureSnapshot.of(PERSON, EnumSet.of(SharedField.NAME), "secret", "secret");

    assertThat(items).extracting(DisclosureSnapshot.Item::value).containsExactly("Margaret Hill");
  }

  @Test
  void keepsTheDateOfBirthAsAnIsoDate() {
    var items = DisclosureSnapshot.of(PERSON, EnumSet.of(SharedField.DATE_OF_BIRTH), null, null);

    assertThat(items).extracting(DisclosureSnapshot.Item::value).containsExactly("1941-05-04");
  }

  @Test
  void sharesNothingWhenNothingIsChosen() {
    assertThat(DisclosureSnapshot.of(PERSON, EnumSet.noneOf(SharedField.class), "a", "b"))
        .isEmpty();
  }
}

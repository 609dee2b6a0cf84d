package org.strengths.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordNavigationTest {

  static final String PERSON = "/people/0b6a3c1e-7f3d-4a52-9a1e-2f4b8c6d1e90";

  static final PersonRecordPart SUMMARY =
      new PersonRecordPart() {
        @Override
        public List<Entry> navigation() {
          return List.of(
              new Entry("summary", "summary", "", 0, Set.of(), List.of("edit")),
              new Entry("history", "history", "history", 80, Set.of(), List.of("context")));
        }
      };

  static final PersonRecordPart PLANNING =
      new PersonRecordPart() {
        @Override
        public List<Entry> navigation() {
          return List.of(
              new Entry("plan", "plan", "plan", 70),
              new Entry("audit", "audit", "audit-trail", 100, Set.of("ROLE_MANAGER"), List.of()));
        }
      };

  final RecordNavigation navigation = new RecordNavigation(List.of(PLANNING, SUMMARY));

  @Test
  void listsEveryPartInOrderWithLinksUnderThePersonsRecord() {
    assertThat(navigation.forPage(PERSON, Set.of("ROLE_PRACTITIONER")))
        .extracting(RecordNavigation.Shown::href)
        .containsExactly(PERSON, PERSON + "/plan", PERSON + "/history");
  }

  @Test
  void marksOnlyTheSummaryCurrentOnTheRecordItself() {
    assertThat(navigation.forPage(PERSON, Set.of()))
        .extracting(RecordNavigation.Shown::id, RecordNavigation.Shown::current)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("summary", true),
            org.assertj.core.groups.Tuple.tuple("plan", false),
            org.assertj.core.groups.Tuple.tuple("history", false));
  }

  @Test
  void marksThePartAPageBelongsToEvenDeepInsideIt() {
    assertThat(current(PERSON + "/plan/outcomes/new")).isEqualTo("plan");
    assertThat(current(PERSON + "/plan/")).isEqualTo("plan");
    assertThat(current(PERSON + "/context")).isEqualTo("history");
    assertThat(current(PERSON + "/edit")).isEqualTo("summary");
  }

  @Test
  void marksNothingOnAPageOfTheRecordThatNoPartClaims() {
    assertThat(navigation.forPage(PERSON + "/planning", Set.of()))
        .noneMatch(RecordNavigation.Shown::current);
  }

  @Test
  void showsManagersTheLinksOnlyManagersMayFollow() {
    assertThat(navigation.forPage(PERSON, Set.of("ROLE_MANAGER")))
        .extracting(RecordNavigation.Shown::id)
        .contains("audit");
    assertThat(navigation.forPage(PERSON, Set.of("ROLE_PRACTITIONER")))
        .extracting(RecordNavigation.Shown::id)
        .doesNotContain("audit");
  }

  @Test
  void isEmptyAwayFromAPersonsRecord() {
    assertThat(navigation.forPage("/people", Set.of())).isEmpty();
    assertThat(navigation.forPage("/people/new", Set.of())).isEmpty();
    assertThat(navigation.forPage("/people/not-an-id/plan", Set.of())).isEmpty();
    assertThat(navigation.forPage("/reviews", Set.of())).isEmpty();
  }

  private String current(String path) {
    return navigation.forPage(path, Set.of()).stream()
        .filter(RecordNavigation.Shown::current)
        .map(RecordNavigation.Shown::id)
        .findFirst()
        .orElse(null);
  }
}

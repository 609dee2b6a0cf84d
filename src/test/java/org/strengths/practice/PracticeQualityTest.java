package org.strengths.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.conversation.PersonInTheirWords;
import org.strengths.practice.QualityFixture.Named;
import org.strengths.practice.QualityFixture.Said;

/**
 * The monthly practice-quality measures over real PostgreSQL, on a hand-built team whose every
 * figure is worked out by hand below (months in 2030, away from the demo council's).
 *
 * <ul>
 *   <li>P1–P10: records opened 1 March 2030; one conversation each on 1 + k March (k = 1…10), so
 *       1…10 days to the first conversation: median (the 5th of 10) 5.
 *   <li>Own words: P1 (three quotes), P2–P5 have the person's words; P6–P10 only family's or the
 *       practitioner's: 5 of 10 conversations, 50%.
 *   <li>Strengths: P1 "Cooking", "cooking " and "Music" (2 different); P2 "Garden" (pointing to
 *       network member M); P3–P10 "Singing" and "Friends nearby": 2 + 1 + 16 = 19, 1.9 each.
 *   <li>The practitioner's words: "what is working" is 6 words each (P1's "She refuses the package
 *       of care": 2 flags), the strengths 3 + 1 + 8 × 3 = 28 words, and P6's practitioner quote
 *       "Client seems low" 3 words, 1 flag: 3 flags in 91 words, 33.0 per 1,000.
 *   <li>Plans agreed 20 April 2030 for all ten, each with network or community support (10 of 10,
 *       100%); P1's outcome builds on "Cooking", P2 has a line from M: 2 of 19 strengths used,
 *       10.5%.
 *   <li>Assessments started 3, 5, 7, 9, 11 and 13 days before the plan (P1–P6; P1 also one on 1
 *       March, P7 one after the plan): median (the 3rd of 6) 7.
 *   <li>A second team: three people with a conversation in March 2030: every figure suppressed.
 * </ul>
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PracticeQualityTest {

  static final LocalDate OPENED = LocalDate.of(2030, 3, 1);
  static final LocalDate AGREED = LocalDate.of(2030, 4, 20);

  @Autowired JdbcClient jdbc;
  @Autowired QualityRefresh refresh;
  @Autowired QualityStore store;

  UUID team;
  UUID smallTeam;

  @BeforeAll
  void aHandBuiltTeam() {
    QualityFixture fixture = new QualityFixture(jdbc);
    team = fixture.flow.team("Quality fixture");
    smallTeam = fixture.flow.team("Quality small");
    UUID member = UUID.randomUUID();
    List<UUID> people = new ArrayList<>();
    List<UUID> conversations = new ArrayList<>();
    for (int k = 1; k <= 10; k++) {
      UUID person = fixture.flow.person(team, OPENED, "LS6 1AA", "Female");
      people.add(person);
      List<Said> quotes =
          switch (k) {
            case 1 ->
                List.of(
                    new Said("I want to cook again", "person"),
                    new Said("My kitchen is my place", "person"),
                    new Said("Sunday dinners matter", "person"));
            case 2, 3, 4, 5 -> List.of(new Said("I like my garden", "person"));
            case 6 ->
                List.of(
                    new Said("He loves the park", "family"),
                    new Said("Client seems low", "practitioner"));
            default -> List.of(new Said("She sings all day", "carer"));
          };
      List<Named> strengths =
          switch (k) {
            case 1 ->
                List.of(
                    new Named("Cooking", null),
                    new Named("cooking ", null),
                    new Named("Music", null));
            case 2 -> List.of(new Named("Garden", member));
            default -> List.of(new Named("Singing", null), new Named("Friends nearby", null));
          };
      String working = k == 1 ? "She refuses the package of care" : "Walks to the shop each day";
      conversations.add(
          fixture.conversation(person, OPENED.plusDays(k), working, quotes, strengths));
    }
    for (int k = 1; k <= 10; k++) {
      UUID person = people.get(k - 1);
      String kind =
          switch (k) {
            case 1, 3 -> "COMMUNITY";
            case 4 -> "NETWORK";
            default -> "UNIVERSAL";
          };
      UUID plan =
          k == 4
              ? fixture.flow.plan(person, AGREED, AGREED.plusMonths(6), kind, "COMMISSIONED")
              : fixture.flow.plan(person, AGREED, AGREED.plusMonths(6), kind);
      if (k == 1) {
        fixture.outcomeBuildingOn(
            plan, person, PersonInTheirWords.strengthId(conversations.get(0), 0));
        fixture.assessment(person, OPENED);
      }
      if (k == 2) {
        fixture.networkLine(plan, person, member);
      }
      if (k <= 6) {
        fixture.assessment(person, AGREED.minusDays(1 + 2L * k));
      }
      if (k == 7) {
        fixture.assessment(person, AGREED.plusDays(5));
      }
    }
    for (int k = 1; k <= 3; k++) {
      UUID person = fixture.flow.person(smallTeam, OPENED, "LS6 1AA", "Male");
      fixture.conversation(
          person,
          OPENED.plusDays(k),
          "Walks to the shop each day",
          List.of(new Said("I like my garden", "person")),
          List.of(new Named("Garden", null)));
    }
    refresh.refresh();
  }

  private QualityReport report(UUID teamId) {
    return QualityReport.of(
        YearMonth.of(2030, 4),
        2,
        store.rows(teamId, LocalDate.of(2030, 3, 1), LocalDate.of(2030, 4, 1)));
  }

  private QualityReport.Point point(UUID teamId, QualityMeasure measure, int month) {
    return report(teamId).series().stream()
        .filter(series -> series.measure() == measure)
        .findFirst()
        .orElseThrow()
        .points()
        .stream()
        .filter(point -> point.month().equals(YearMonth.of(2030, month)))
        .findFirst()
        .orElseThrow();
  }

  private String figure(QualityMeasure measure, int month) {
    return point(team, measure, month).figure().text();
  }

  @Test
  void halfOfTheMonthsConversationsHaveThePersonsOwnWords() {
    assertThat(figure(QualityMeasure.OWN_WORDS, 3)).isEqualTo("50");
    assertThat(point(team, QualityMeasure.OWN_WORDS, 3).numerator()).isEqualTo(5);
    assertThat(point(team, QualityMeasure.OWN_WORDS, 3).denominator()).isEqualTo(10);
  }

  @Test
  void strengthsAreCountedOncePerConversationWhateverTheirCase() {
    assertThat(point(team, QualityMeasure.STRENGTHS_PER_CONVERSATION, 3).numerator()).isEqualTo(19);
    assertThat(figure(QualityMeasure.STRENGTHS_PER_CONVERSATION, 3)).isEqualTo("1.9");
  }

  @Test
  void aStrengthIsUsedWhenAnOutcomeBuildsOnItOrItsNetworkMemberGivesSupport() {
    assertThat(point(team, QualityMeasure.STRENGTHS_USED, 4).numerator()).isEqualTo(2);
    assertThat(point(team, QualityMeasure.STRENGTHS_USED, 4).denominator()).isEqualTo(19);
    assertThat(figure(QualityMeasure.STRENGTHS_USED, 4)).isEqualTo("10.5");
  }

  @Test
  void everyPlanOfTheMonthHasNetworkOrCommunitySupport() {
    assertThat(figure(QualityMeasure.NETWORK_COMMUNITY, 4)).isEqualTo("100");
    assertThat(point(team, QualityMeasure.NETWORK_COMMUNITY, 4).base()).isEqualTo(10);
  }

  @Test
  void theCoachFlagsThreeTermsInNinetyOneOfThePractitionersWords() {
    assertThat(point(team, QualityMeasure.COACH_FLAGS, 3).numerator()).isEqualTo(3);
    assertThat(point(team, QualityMeasure.COACH_FLAGS, 3).denominator()).isEqualTo(91);
    assertThat(figure(QualityMeasure.COACH_FLAGS, 3)).isEqualTo("33.0");
  }

  @Test
  void timelinessIsTheMedianOfTheMonthsDays() {
    assertThat(figure(QualityMeasure.DAYS_TO_CONVERSATION, 3)).isEqualTo("5");
    assertThat(point(team, QualityMeasure.DAYS_TO_CONVERSATION, 3).base()).isEqualTo(10);
    assertThat(figure(QualityMeasure.DAYS_TO_PLAN, 4)).isEqualTo("7");
    assertThat(point(team, QualityMeasure.DAYS_TO_PLAN, 4).base()).isEqualTo(6);
  }

  @Test
  void aMonthWithNothingToCountShowsNothing() {
    assertThat(figure(QualityMeasure.OWN_WORDS, 4)).isEmpty();
    assertThat(figure(QualityMeasure.NETWORK_COMMUNITY, 3)).isEmpty();
  }

  @Test
  void aTeamOfThreeHasEveryFigureSuppressedAndNoNumbersBehindThem() {
    for (QualityMeasure measure :
        List.of(
            QualityMeasure.OWN_WORDS,
            QualityMeasure.STRENGTHS_PER_CONVERSATION,
            QualityMeasure.COACH_FLAGS,
            QualityMeasure.DAYS_TO_CONVERSATION)) {
      QualityReport.Point point = point(smallTeam, measure, 3);
      assertThat(point.figure().text()).as(measure.name()).isEqualTo("[c]");
      assertThat(point.numerator()).isNull();
      assertThat(point.denominator()).isNull();
      assertThat(point.base()).isNull();
    }
  }

  @Test
  void theCouncilCountsEveryTeam() {
    assertThat(point(QualityRefresh.COUNCIL, QualityMeasure.OWN_WORDS, 3).denominator())
        .isGreaterThanOrEqualTo(13);
  }

  @Test
  void aChangedConversationIsCountedAgainAtTheNextRefresh() {
    UUID person = new QualityFixture(jdbc).flow.person(team, OPENED, "LS6 1AA", "Female");
    UUID conversation =
        new QualityFixture(jdbc)
            .conversation(
                person, LocalDate.of(2030, 5, 2), "Walks to the shop", List.of(), List.of());
    refresh.refresh();
    assertThat(coachCount(conversation)).isEqualTo(new int[] {0, 4});
    jdbc.sql(
            "UPDATE conversation SET working = 'She is a vulnerable adult',"
                + " updated_at = now() + interval '1 second' WHERE id = :id")
        .param("id", conversation)
        .update();
    refresh.refresh();
    assertThat(coachCount(conversation)).isEqualTo(new int[] {1, 5});
  }

  private int[] coachCount(UUID conversation) {
    return jdbc.sql("SELECT flags, words FROM practice_quality_words WHERE conversation_id = :id")
        .param("id", conversation)
        .query((rs, n) -> new int[] {rs.getInt("flags"), rs.getInt("words")})
        .single();
  }
}

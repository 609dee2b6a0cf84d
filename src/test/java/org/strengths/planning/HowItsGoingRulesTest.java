package org.strengths.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HowItsGoingRulesTest {

  private final UUID washed = UUID.randomUUID();
  private final UUID lunchClub = UUID.randomUUID();
  private final List<HowItsGoingRules.Rateable> outcomes =
      List.of(
          new HowItsGoingRules.Rateable(washed, "To be washed and dressed by ten"),
          new HowItsGoingRules.Rateable(lunchClub, "Getting to the lunch club on Tuesdays"));
  private final List<WellbeingInstrument.Question> questions = new Ons4().questions();

  private Map<String, String> ratings(String first, String second) {
    Map<String, String> ratings = new LinkedHashMap<>();
    ratings.put(washed.toString(), first);
    ratings.put(lunchClub.toString(), second);
    return ratings;
  }

  private HowItsGoing.Typed typed(
      String version, Map<String, String> ratings, String working, Map<String, String> ons4) {
    return new HowItsGoing.Typed(version, ratings, working, "Mornings are still hard", ons4);
  }

  private static List<String> codes(HowItsGoingRules.Checked checked) {
    return checked.problems().stream().map(p -> p.field() + ":" + p.code()).toList();
  }

  @Test
  void aCheckInWithEveryOutcomeRatedIsAcceptedWithTheWellbeingAnswersGiven() {
    HowItsGoingRules.Checked checked =
        HowItsGoingRules.checkIn(
            outcomes,
            4,
            questions,
            typed(
                "4",
                ratings("PARTLY", "ACHIEVED"),
                "  Back at the lunch club  ",
                Map.of("happy", "7", "anxious", "")));

    assertThat(checked.ok()).isTrue();
    assertThat(checked.checkIn().ratings())
        .containsEntry(washed, OutcomeRating.PARTLY)
        .containsEntry(lunchClub, OutcomeRating.ACHIEVED);
    assertThat(checked.checkIn().working()).isEqualTo("Back at the lunch club");
    assertThat(checked.checkIn().ons4()).containsExactly(Map.entry("happy", 7));
  }

  @Test
  void anOutcomeLeftUnratedIsNamedInItsMessage() {
    HowItsGoingRules.Checked checked =
        HowItsGoingRules.checkIn(
            outcomes, 4, questions, typed("4", ratings("PARTLY", null), "Good", Map.of()));

    assertThat(codes(checked)).containsExactly("rating-2:rating");
    assertThat(checked.problems().get(0).argument())
        .isEqualTo("Getting to the lunch club on Tuesdays");
  }

  @Test
  void aRatingThatIsNotOneOfTheAnswersIsRefused() {
    HowItsGoingRules.Checked checked =
        HowItsGoingRules.checkIn(
            outcomes, 4, questions, typed("4", ratings("PARTLY", "BRILLIANT"), "Good", Map.of()));

    assertThat(codes(checked)).containsExactly("rating-2:ratingUnknown");
  }

  @Test
  void sayingNothingAboutWhatIsWorkingOrNotIsRefused() {
    HowItsGoingRules.Checked checked =
        HowItsGoingRules.checkIn(
            outcomes,
            4,
            questions,
            new HowItsGoing.Typed("4", ratings("PARTLY", "NOT_YET"), " ", null, Map.of()));

    assertThat(codes(checked)).containsExactly("working:said");
  }

  @Test
  void anEmptyFormListsEveryOutcomeAndTheMissingWords() {
    HowItsGoingRules.Checked checked =
        HowItsGoingRules.checkIn(
            outcomes, 4, questions, new HowItsGoing.Typed("4", null, null, null, null));

    assertThat(codes(checked))
        .containsExactly("rating-1:rating", "rating-2:rating", "working:said");
  }

  @Test
  void textLongerThanAThousandCharactersIsRefused() {
    HowItsGoingRules.Checked checked =
        HowItsGoingRules.checkIn(
            outcomes,
            4,
            questions,
            typed("4", ratings("PARTLY", "NOT_YET"), "a".repeat(1001), Map.of()));

    assertThat(codes(checked)).containsExactly("working:tooLong");
    assertThat(checked.problems().get(0).argument()).isEqualTo("1000");
  }

  @Test
  void webCodeIsRefusedButALessThanSignInASentenceIsFine() {
    assertThat(
            codes(
                HowItsGoingRules.checkIn(
                    outcomes,
                    4,
                    questions,
                    typed(
                        "4", ratings("PARTLY", "NOT_YET"), "<script>alert(1)</script>", Map.of()))))
        .containsExactly("working:webCode");
    assertThat(
            HowItsGoingRules.checkIn(
                    outcomes,
                    4,
                    questions,
                    typed("4", ratings("PARTLY", "NOT_YET"), "I walk < 1 mile now", Map.of()))
                .ok())
        .isTrue();
  }

  @Test
  void aWellbeingAnswerOutsideNoughtToTenOrNotAWholeNumberIsRefused() {
    HowItsGoingRules.Checked checked =
        HowItsGoingRules.checkIn(
            outcomes,
            4,
            questions,
            typed(
                "4",
                ratings("PARTLY", "NOT_YET"),
                "Good",
                Map.of(
                    "lifeSatisfaction",
                    "11",
                    "happy",
                    "six",
                    "anxious",
                    "-1",
                    "worthwhile",
                    "10")));

    assertThat(codes(checked))
        .containsExactlyInAnyOrder(
            "ons4-lifeSatisfaction:ons4", "ons4-happy:ons4", "ons4-anxious:ons4");
    assertThat(checked.checkIn().ons4()).containsExactly(Map.entry("worthwhile", 10));
  }

  @Test
  void aPlanChangedSinceThePageWasDrawnIsStale() {
    HowItsGoingRules.Checked checked =
        HowItsGoingRules.checkIn(
            outcomes, 5, questions, typed("4", ratings("PARTLY", "NOT_YET"), "Good", Map.of()));

    assertThat(codes(checked)).containsExactly("stale:stale");
  }

  @Test
  void aRatingForAnOutcomeNotInThePersonsPlanIsRefusedAndNothingOfItKept() {
    Map<String, String> ratings = ratings("PARTLY", "NOT_YET");
    UUID someoneElses = UUID.randomUUID();
    ratings.put(someoneElses.toString(), "ACHIEVED");

    HowItsGoingRules.Checked checked =
        HowItsGoingRules.checkIn(outcomes, 4, questions, typed("4", ratings, "Good", Map.of()));

    assertThat(checked.ok()).isFalse();
    assertThat(codes(checked)).containsExactly("stale:stale");
    assertThat(checked.checkIn().ratings()).doesNotContainKey(someoneElses);
  }

  @Test
  void askingForAReviewNeedsAReasonInPlainWordsOfAThousandCharactersOrFewer() {
    assertThat(HowItsGoingRules.reason("My daughter has moved away")).isEmpty();
    assertThat(HowItsGoingRules.reason("   "))
        .extracting(HowItsGoing.Problem::code)
        .containsExactly("reason");
    assertThat(HowItsGoingRules.reason("x".repeat(1001)))
        .extracting(HowItsGoing.Problem::code)
        .containsExactly("tooLong");
    assertThat(HowItsGoingRules.reason("<b>now</b>"))
        .extracting(HowItsGoing.Problem::code)
        .containsExactly("webCode");
  }

  @Test
  void aDecisionNeedsYesOrNoAndAReplyGivingReasonsWhenItIsNo() {
    assertThat(HowItsGoingRules.decision("AGREED", "I will ring you on Monday").problems())
        .isEmpty();
    assertThat(HowItsGoingRules.decision("DECLINED", "").problems())
        .extracting(HowItsGoing.Problem::code)
        .containsExactly("replyDeclined");
    assertThat(HowItsGoingRules.decision(null, "Thanks").problems())
        .extracting(HowItsGoing.Problem::code)
        .containsExactly("decision");
    assertThat(HowItsGoingRules.decision("MAYBE", null).problems())
        .extracting(HowItsGoing.Problem::code)
        .containsExactly("decision", "reply");
  }
}

package org.strengths.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SelfAssessmentRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 7, 15);
  private final UUID first = UUID.randomUUID();
  private final UUID second = UUID.randomUUID();
  private final List<UUID> statements = List.of(first, second);
  private final UUID conversation = UUID.randomUUID();
  private final String conversationKey = "CONVERSATION:" + conversation;
  private final Set<String> mine = Set.of(conversationKey);

  private SelfAssessmentForm form(String day) {
    SelfAssessmentForm form = new SelfAssessmentForm();
    form.setAssessedOnDay(day);
    form.setAssessedOnMonth("7");
    form.setAssessedOnYear("2026");
    return form;
  }

  private Map<String, SupervisionRules.Problem> check(SelfAssessmentForm form) {
    return SelfAssessmentRules.check(form, TODAY, statements, mine);
  }

  @Test
  void aDatedFormWithOneRatingIsEnough() {
    SelfAssessmentForm form = form("15");
    form.getRatings().put(first.toString(), "3");

    assertThat(check(form)).isEmpty();
    SelfAssessmentRules.Checked checked = SelfAssessmentRules.checked(form, statements);
    assertThat(checked.assessedOn()).isEqualTo(TODAY);
    assertThat(checked.ratings()).containsExactly(Map.entry(first, SelfAssessmentRating.CONFIDENT));
  }

  @Test
  void theDateIsNeededAndMayNotBeInTheFuture() {
    SelfAssessmentForm blank = form("");
    blank.setAssessedOnMonth("");
    blank.setAssessedOnYear("");
    blank.getRatings().put(first.toString(), "2");
    assertThat(check(blank).get("assessedOn").key())
        .isEqualTo("development.error.assessedOn.missing");

    SelfAssessmentForm tomorrow = form("16");
    tomorrow.getRatings().put(first.toString(), "2");
    assertThat(check(tomorrow).get("assessedOn").key())
        .isEqualTo("development.error.assessedOn.future");
  }

  @Test
  void atLeastOneStatementMustBeRatedAndOnlyFromOneToFour() {
    assertThat(check(form("15"))).containsKey("ratings");

    SelfAssessmentForm five = form("15");
    five.getRatings().put(first.toString(), "5");
    assertThat(check(five)).containsOnlyKeys("rating-" + first);
  }

  @Test
  void evidenceMustComeFromTheWorkersOwnRecordsAndBelongToARatedStatement() {
    SelfAssessmentForm someoneElses = form("15");
    someoneElses.getRatings().put(first.toString(), "3");
    someoneElses.getEvidence().add(first + "/CONVERSATION:" + UUID.randomUUID());
    assertThat(check(someoneElses)).containsOnlyKeys("evidence");

    SelfAssessmentForm unrated = form("15");
    unrated.getRatings().put(first.toString(), "3");
    unrated.getEvidence().add(second + "/" + conversationKey);
    assertThat(check(unrated)).containsOnlyKeys("evidence-" + second);

    SelfAssessmentForm linked = form("15");
    linked.getRatings().put(first.toString(), "4");
    linked.getEvidence().add(first + "/" + conversationKey);
    assertThat(check(linked)).isEmpty();
    assertThat(SelfAssessmentRules.checked(linked, statements).evidence())
        .containsEntry(first, List.of(conversationKey));
  }

  @Test
  void aGoalNeedsWhatHowAndADateOnOrAfterTheAssessment() {
    SelfAssessmentForm form = form("15");
    form.getRatings().put(first.toString(), "2");
    SelfAssessmentForm.GoalRow half = new SelfAssessmentForm.GoalRow();
    half.setGoal("Lead an assessment alone");
    half.setByDay("1");
    half.setByMonth("7");
    half.setByYear("2026");
    form.getGoals().add(half);
    form.getGoals().add(new SelfAssessmentForm.GoalRow());

    Map<String, SupervisionRules.Problem> problems = check(form);

    assertThat(problems).containsOnlyKeys("goals-0-actions", "goals-0-by");
    assertThat(problems.get("goals-0-by").key())
        .isEqualTo("development.error.byWhen.beforeAssessment");
    half.setActions("Shadow twice, then lead");
    half.setByDay("30");
    half.setByMonth("9");
    assertThat(check(form)).isEmpty();
    assertThat(SelfAssessmentRules.checked(form, statements).goals())
        .containsExactly(
            new SelfAssessmentRules.Goal(
                "Lead an assessment alone", "Shadow twice, then lead", LocalDate.of(2026, 9, 30)));
  }
}

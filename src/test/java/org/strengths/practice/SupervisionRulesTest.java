package org.strengths.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SupervisionRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 7, 15);
  private final UUID person = UUID.randomUUID();

  private static SupervisionForm heldOn(String day, String month, String year) {
    SupervisionForm form = new SupervisionForm();
    form.setHeldOnDay(day);
    form.setHeldOnMonth(month);
    form.setHeldOnYear(year);
    form.setReflection("What went well");
    return form;
  }

  private Map<String, String> keys(SupervisionForm form, List<UUID> open) {
    return SupervisionRules.check(form, TODAY, Set.of(person), open).entrySet().stream()
        .collect(
            java.util.stream.Collectors.toMap(
                Map.Entry::getKey,
                entry -> entry.getValue().key(),
                (a, b) -> a,
                java.util.LinkedHashMap::new));
  }

  @Test
  void aSessionWithADateAndWordsUnderOneHeadingIsComplete() {
    assertThat(keys(heldOn("14", "7", "2026"), List.of())).isEmpty();
  }

  @Test
  void anEmptyFormAsksForTheDateAndForWordsUnderAHeading() {
    assertThat(keys(new SupervisionForm(), List.of()))
        .containsEntry("heldOn", "practice.error.heldOn.missing")
        .containsEntry("knowledge", "practice.error.nothing");
  }

  @Test
  void aSessionCannotBeDatedInTheFuture() {
    assertThat(keys(heldOn("16", "7", "2026"), List.of()))
        .containsEntry("heldOn", "practice.error.heldOn.future");
  }

  @Test
  void aDateThatDoesNotExistIsRefusedWithTheSharedDateMessage() {
    assertThat(keys(heldOn("31", "2", "2026"), List.of()))
        .containsEntry("heldOn", "date.error.notReal");
  }

  @Test
  void textUnderAHeadingMayNotBeLongerThanFiveThousandCharacters() {
    SupervisionForm form = heldOn("14", "7", "2026");
    form.setWellbeing("a".repeat(5001));

    assertThat(keys(form, List.of())).containsEntry("wellbeing", "practice.error.tooLong");
    form.setWellbeing("a".repeat(5000));
    assertThat(keys(form, List.of())).isEmpty();
  }

  @Test
  void onlyPeopleOnTheWorkersCaseloadMayBeDiscussed() {
    SupervisionForm form = heldOn("14", "7", "2026");
    form.setDiscussed(List.of(person.toString(), UUID.randomUUID().toString()));
    assertThat(keys(form, List.of())).containsEntry("discussed", "practice.error.discussed");

    form.setDiscussed(List.of("not-an-id"));
    assertThat(keys(form, List.of())).containsEntry("discussed", "practice.error.discussed");

    form.setDiscussed(List.of(person.toString()));
    assertThat(keys(form, List.of())).isEmpty();
  }

  @Test
  void aNewActionNeedsWhatWhoAndAWhenNotBeforeTheSession() {
    SupervisionForm form = heldOn("14", "7", "2026");
    SupervisionForm.ActionRow row = new SupervisionForm.ActionRow();
    row.setOwner("Sam");
    row.setDueDay("1");
    row.setDueMonth("7");
    row.setDueYear("2026");
    form.setActions(new java.util.ArrayList<>(List.of(row, new SupervisionForm.ActionRow())));

    assertThat(keys(form, List.of()))
        .containsEntry("actions-0-description", "practice.error.action.missing")
        .containsEntry("actions-0-due", "practice.error.due.beforeSession")
        .doesNotContainKey("actions-0-owner")
        .doesNotContainKey("actions-1-description");
  }

  @Test
  void everyActionStillOpenNeedsADecision() {
    UUID open = UUID.randomUUID();
    SupervisionForm form = heldOn("14", "7", "2026");

    assertThat(keys(form, List.of(open)))
        .containsEntry("outcome-" + open, "practice.error.outcome");
    form.setOutcomes(new java.util.HashMap<>(Map.of(open.toString(), "CARRIED")));
    assertThat(keys(form, List.of(open))).isEmpty();
  }
}

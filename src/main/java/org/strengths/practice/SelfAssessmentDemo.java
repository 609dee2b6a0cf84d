package org.strengths.practice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffAccounts.StaffSummary;
import org.strengths.access.StaffMember;

/**
 * The demo council's development records, made through the same path as the forms (so the rules and
 * the audit apply), signed in as each practitioner on the day: Sam Okafor's learning (a course, an
 * action-learning set, the innovation site) and two self-assessments three months apart, the later
 * one with evidence from his conversations, supervision and learning and a development plan; one
 * self-assessment and some learning each for Grace Evans and Tom Reid. Owen Price has none, so the
 * south team's heatmap shows a practitioner not yet rated. The demo module calls it after the
 * supervision demo, whose sessions are linked as evidence.
 */
@Component
public class SelfAssessmentDemo {

  private static final UUID KSS_PERSON_CENTRED = id("000000000002");
  private static final UUID KSS_SAFEGUARDING = id("000000000003");
  private static final UUID KSS_ASSESSMENT = id("000000000005");
  private static final UUID KSS_REFLECTION = id("000000000007");
  private static final UUID KC = id("000000000101");
  private static final UUID VALUES = id("000000000102");
  private static final UUID ETHICS = id("000000000103");
  private static final UUID THEORIES = id("000000000104");
  private static final UUID SKILLS = id("000000000105");

  private final SelfAssessments assessments;
  private final SelfAssessmentStore store;
  private final StaffAccounts staff;
  private final Clock clock;

  SelfAssessmentDemo(
      SelfAssessments assessments, SelfAssessmentStore store, StaffAccounts staff, Clock clock) {
    this.assessments = assessments;
    this.store = store;
    this.staff = staff;
    this.clock = clock;
  }

  /** Adds the demo records unless there are self-assessments already; whether it added them. */
  public boolean add() {
    if (store.any()) {
      return false;
    }
    LocalDate today = LocalDate.now(clock);
    StaffMember sam = staff.loadUserByUsername("practitioner");
    StaffMember grace = staff.loadUserByUsername("practitioner3");
    StaffMember tom = staff.loadUserByUsername("practitioner2");

    learned(
        sam,
        today.minusDays(120),
        LearningKind.COURSE,
        "Strengths-based conversations (two days)",
        "12",
        "Asking what a good day looks like before asking what is wrong, and staying with the"
            + " answer.",
        KC,
        SKILLS,
        KSS_PERSON_CENTRED);
    learned(
        sam,
        today.minusDays(60),
        LearningKind.ACTION_LEARNING_SET,
        "Positive risk-taking action-learning set",
        "6",
        "Three sessions with colleagues on a person who wanted to keep climbing her stairs: how"
            + " to share a risk with the family instead of removing it.",
        ETHICS,
        VALUES,
        KSS_SAFEGUARDING);
    learned(
        sam,
        today.minusDays(30),
        LearningKind.INNOVATION_SITE,
        "Three Conversations innovation site, North locality",
        "20.5",
        "Working in the innovation site's first weeks: conversation 1 the same week, and"
            + " connecting people before any assessment.",
        THEORIES,
        KSS_ASSESSMENT);
    as(
        sam,
        today.minusDays(100),
        () ->
            assessed(
                sam,
                today.minusDays(100),
                Map.of(KC, 2, VALUES, 3, ETHICS, 2, THEORIES, 1, SKILLS, 2, KSS_PERSON_CENTRED, 3),
                Map.of(),
                List.of(
                    new DemoGoal(
                        "Positive risk-taking with families",
                        "Join the action-learning set on positive risk; bring a person's story.",
                        today.plusDays(-40)))));
    as(
        sam,
        today.minusDays(7),
        () -> {
          SelfAssessments.Choices choices = assessments.choicesFor(sam.id());
          Map<UUID, List<SelfAssessmentEvidence>> evidence = new java.util.HashMap<>();
          if (!choices.conversations().isEmpty()) {
            evidence.put(KC, List.of(choices.conversations().get(0)));
          }
          if (!choices.supervision().isEmpty()) {
            evidence.put(ETHICS, List.of(choices.supervision().get(0)));
          }
          choices.learning().stream()
              .filter(learning -> learning.label().startsWith("Three Conversations"))
              .findFirst()
              .ifPresent(learning -> evidence.put(THEORIES, List.of(learning)));
          assessed(
              sam,
              today.minusDays(7),
              Map.of(
                  KC,
                  3,
                  VALUES,
                  3,
                  ETHICS,
                  3,
                  THEORIES,
                  3,
                  SKILLS,
                  3,
                  KSS_PERSON_CENTRED,
                  4,
                  KSS_ASSESSMENT,
                  3,
                  KSS_REFLECTION,
                  2),
              evidence,
              List.of(
                  new DemoGoal(
                      "Write down the person's own words in every conversation",
                      "Ask the language coach's view before completing; Priya to look at three"
                          + " conversations in supervision.",
                      today.plusDays(60)),
                  new DemoGoal(
                      "Reflect in writing after hard conversations",
                      "Keep a short reflective log and bring one entry to each supervision.",
                      today.plusDays(90))));
        });

    learned(
        grace,
        today.minusDays(45),
        LearningKind.COURSE,
        "Assessed and supported year: Care Act assessments",
        "7",
        "How an assessment can start from the person's own outcomes, and what s.9 asks of it.",
        KSS_ASSESSMENT);
    as(
        grace,
        today.minusDays(20),
        () ->
            assessed(
                grace,
                today.minusDays(20),
                Map.of(KC, 2, SKILLS, 2, KSS_ASSESSMENT, 1, KSS_PERSON_CENTRED, 2, VALUES, 3),
                Map.of(),
                List.of(
                    new DemoGoal(
                        "Lead an assessment on my own",
                        "Shadow Sam twice, then lead with Sam observing.",
                        today.plusDays(45)))));

    learned(
        tom,
        today.minusDays(80),
        LearningKind.ACTION_LEARNING_SET,
        "Family group conferences action-learning set",
        "4.5",
        "When a family and the person want different things, letting the person's voice lead.",
        VALUES,
        ETHICS);
    as(
        tom,
        today.minusDays(15),
        () ->
            assessed(
                tom,
                today.minusDays(15),
                Map.of(KC, 3, VALUES, 4, ETHICS, 3, KSS_SAFEGUARDING, 3, KSS_REFLECTION, 3),
                Map.of(),
                List.of()));
    return true;
  }

  private static UUID id(String tail) {
    return UUID.fromString("5a1e0000-0000-4000-8000-" + tail);
  }

  /** A goal of a demo development plan. */
  private record DemoGoal(String goal, String actions, LocalDate byWhen) {}

  private void learned(
      StaffMember worker,
      LocalDate on,
      LearningKind kind,
      String title,
      String hours,
      String learned,
      UUID... statements) {
    LearningForm form = new LearningForm();
    form.setKind(kind.name());
    form.setTitle(title);
    form.setHeldOnDay(String.valueOf(on.getDayOfMonth()));
    form.setHeldOnMonth(String.valueOf(on.getMonthValue()));
    form.setHeldOnYear(String.valueOf(on.getYear()));
    form.setHours(hours);
    form.setLearned(learned);
    for (UUID statement : statements) {
      form.getStatements().add(statement.toString());
    }
    as(
        worker,
        on,
        () -> {
          if (assessments.recordLearning(summary(worker), form, worker)
              instanceof SelfAssessments.Invalid invalid) {
            throw new IllegalStateException("Demo learning refused: " + invalid.errors().asMap());
          }
        });
  }

  private void assessed(
      StaffMember worker,
      LocalDate on,
      Map<UUID, Integer> ratings,
      Map<UUID, List<SelfAssessmentEvidence>> evidence,
      List<DemoGoal> goals) {
    SelfAssessmentForm form = new SelfAssessmentForm();
    form.setAssessedOnDay(String.valueOf(on.getDayOfMonth()));
    form.setAssessedOnMonth(String.valueOf(on.getMonthValue()));
    form.setAssessedOnYear(String.valueOf(on.getYear()));
    ratings.forEach(
        (statement, points) -> form.getRatings().put(statement.toString(), "" + points));
    List<String> chosen = new ArrayList<>();
    evidence.forEach(
        (statement, items) ->
            items.forEach(
                item -> chosen.add(SelfAssessmentForm.evidenceValue(statement, item.key()))));
    form.setEvidence(chosen);
    for (DemoGoal goal : goals) {
      SelfAssessmentForm.GoalRow row = new SelfAssessmentForm.GoalRow();
      row.setGoal(goal.goal());
      row.setActions(goal.actions());
      row.setByDay(String.valueOf(goal.byWhen().getDayOfMonth()));
      row.setByMonth(String.valueOf(goal.byWhen().getMonthValue()));
      row.setByYear(String.valueOf(goal.byWhen().getYear()));
      form.getGoals().add(row);
    }
    if (assessments.record(summary(worker), form, worker)
        instanceof SelfAssessments.Invalid invalid) {
      throw new IllegalStateException("Demo self-assessment refused: " + invalid.errors().asMap());
    }
  }

  private StaffSummary summary(StaffMember worker) {
    return staff.find(worker.id()).orElseThrow();
  }

  private void as(StaffMember worker, LocalDate day, Runnable work) {
    DemoActing.as(worker, day, clock, work);
  }
}

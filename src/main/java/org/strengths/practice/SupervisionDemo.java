package org.strengths.practice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffAccounts.StaffSummary;
import org.strengths.access.StaffMember;
import org.strengths.person.Caseloads;

/**
 * The demo council's supervision, recorded through the same path as the form (so the rules, the
 * audit and the chronology apply), signed in as each manager on the day: Priya Shah supervises Sam
 * Okafor monthly (two sessions, two of his people discussed, an action carried and one done) and
 * Grace Evans fortnightly in her assessed year, whose supervision is overdue; Daniel Hughes
 * supervises Tom Reid. The demo module calls it once the people and their workers are there.
 */
@Component
public class SupervisionDemo {

  private final Supervisions supervisions;
  private final SupervisionStore store;
  private final StaffAccounts staff;
  private final Caseloads caseloads;
  private final Clock clock;

  SupervisionDemo(
      Supervisions supervisions,
      SupervisionStore store,
      StaffAccounts staff,
      Caseloads caseloads,
      Clock clock) {
    this.supervisions = supervisions;
    this.store = store;
    this.staff = staff;
    this.caseloads = caseloads;
    this.clock = clock;
  }

  /** Adds the demo sessions unless there are sessions already; whether it added them. */
  public boolean add() {
    if (store.any()) {
      return false;
    }
    StaffMember priya = staff.loadUserByUsername("manager");
    StaffMember daniel = staff.loadUserByUsername("manager2");
    StaffSummary sam = summary("practitioner");
    StaffSummary grace = summary("practitioner3");
    StaffSummary tom = summary("practitioner2");
    LocalDate today = LocalDate.now(clock);
    List<String> samsPeople =
        caseloads.allocatedTo(sam.id()).stream()
            .limit(2)
            .map(person -> person.personId().toString())
            .toList();

    as(
        priya,
        today.minusDays(52),
        () -> supervisions.setFrequency(sam, SupervisionFrequency.MONTHLY, priya));
    as(
        priya,
        today.minusDays(52),
        () ->
            recorded(
                sam,
                form(
                    today.minusDays(52),
                    samsPeople,
                    Map.of(
                        "knowledge",
                            "Sam and the person have mapped who she sees each week: her sister on"
                                + " Sundays, the neighbour who shops for her, the lunch club.",
                        "valuesEthics",
                            "Her wish to keep climbing the stairs against her daughter's worry"
                                + " about falls: we talked about positive risk-taking.",
                        "theoriesMethods",
                            "Three Conversations: staying in conversation 1 longer before"
                                + " thinking about an assessment.",
                        "skills", "Asking what a good day looks like, and waiting for the answer.",
                        "reflection",
                            "Sam noticed he reached for services before asking about neighbours.",
                        "decisions", "Sam will try a second conversation before any referral.",
                        "wellbeing", "Busy month; Sam is taking his leave in August."),
                    List.of(
                        new DemoAction(
                            "Read the SCIE guide to strengths-based approaches",
                            "Sam",
                            today.minusDays(30)),
                        new DemoAction(
                            "Shadow a community connector for a morning",
                            "Sam",
                            today.minusDays(20))),
                    Map.of()),
                priya));
    List<SupervisionStore.Action> open = store.openActions(sam.id());
    as(
        priya,
        today.minusDays(21),
        () ->
            recorded(
                sam,
                form(
                    today.minusDays(21),
                    samsPeople.subList(0, Math.min(1, samsPeople.size())),
                    Map.of(
                        "knowledge",
                            "The lunch club has a volunteer driver; she would rather that than a"
                                + " paid carer for Tuesdays.",
                        "reflection", "The second conversation found help we had not heard of.",
                        "wellbeing", "Sam is well rested after a long weekend."),
                    List.of(
                        new DemoAction(
                            "Bring a case to the next practice forum", "Sam", today.plusDays(14))),
                    open.isEmpty()
                        ? Map.of()
                        : Map.of(
                            open.get(0).id().toString(),
                            CarriedActions.DONE,
                            open.get(open.size() - 1).id().toString(),
                            open.size() > 1 ? CarriedActions.CARRIED : CarriedActions.DONE)),
                priya));

    as(
        priya,
        today.minusDays(40),
        () -> supervisions.setFrequency(grace, SupervisionFrequency.FORTNIGHTLY, priya));
    as(
        priya,
        today.minusDays(40),
        () ->
            recorded(
                grace,
                form(
                    today.minusDays(40),
                    List.of(),
                    Map.of(
                        "skills", "Grace is building confidence in leading conversations alone.",
                        "reflection", "First months of the assessed year: settling in well.",
                        "wellbeing", "Grace would like a buddy in the team."),
                    List.of(),
                    Map.of()),
                priya));

    as(
        daniel,
        today.minusDays(12),
        () ->
            recorded(
                tom,
                form(
                    today.minusDays(12),
                    List.of(),
                    Map.of(
                        "valuesEthics",
                        "When the family and the person want different things: whose voice"
                            + " leads.",
                        "decisions",
                        "Tom will bring this to the team's reflective session."),
                    List.of(),
                    Map.of()),
                daniel));
    return true;
  }

  /** Records a session, failing loudly if the demo's own words break the rules. */
  private void recorded(StaffSummary worker, SupervisionForm form, StaffMember manager) {
    if (supervisions.record(worker, form, manager) instanceof Supervisions.Invalid invalid) {
      throw new IllegalStateException("Demo supervision refused: " + invalid.errors().asMap());
    }
  }

  private StaffSummary summary(String username) {
    return staff.find(staff.loadUserByUsername(username).id()).orElseThrow();
  }

  /** An action agreed in a demo session. */
  private record DemoAction(String what, String who, LocalDate due) {}

  private static SupervisionForm form(
      LocalDate heldOn,
      List<String> people,
      Map<String, String> headings,
      List<DemoAction> actions,
      Map<String, String> outcomes) {
    SupervisionForm form = new SupervisionForm();
    form.setHeldOnDay(String.valueOf(heldOn.getDayOfMonth()));
    form.setHeldOnMonth(String.valueOf(heldOn.getMonthValue()));
    form.setHeldOnYear(String.valueOf(heldOn.getYear()));
    form.setDiscussed(new ArrayList<>(people));
    Map<String, Consumer<String>> setters =
        Map.of(
            "knowledge", form::setKnowledge,
            "valuesEthics", form::setValuesEthics,
            "theoriesMethods", form::setTheoriesMethods,
            "skills", form::setSkills,
            "reflection", form::setReflection,
            "decisions", form::setDecisions,
            "wellbeing", form::setWellbeing);
    headings.forEach((heading, words) -> setters.get(heading).accept(words));
    for (DemoAction action : actions) {
      SupervisionForm.ActionRow row = new SupervisionForm.ActionRow();
      row.setDescription(action.what());
      row.setOwner(action.who());
      row.setDueDay(String.valueOf(action.due().getDayOfMonth()));
      row.setDueMonth(String.valueOf(action.due().getMonthValue()));
      row.setDueYear(String.valueOf(action.due().getYear()));
      form.getActions().add(row);
    }
    form.setOutcomes(new LinkedHashMap<>(outcomes));
    return form;
  }

  private void as(StaffMember manager, LocalDate day, Runnable work) {
    DemoActing.as(manager, day, clock, work);
  }
}

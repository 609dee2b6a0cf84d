package org.strengths.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.strengths.access.ActingAs;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;

/**
 * The demo council's waiting well, recorded through the same path as the pages (so the rules apply)
 * and signed in as each member of staff on the day: Priya Shah triages five of North locality's
 * waiting people; Sam Okafor and Grace Evans keep in touch and log it; one contact said something
 * changed and Priya moved that person up; one urgent person's contact is ten days overdue and
 * escalated (on Priya's home, and on Sam's My work when the person is his). The demo module calls
 * it once the people and conversations are there.
 */
@Component
public class WaitingDemo {

  private final WaitingList list;
  private final WaitingWell waiting;
  private final WaitingStore store;
  private final StaffAccounts staff;
  private final Clock clock;

  WaitingDemo(
      WaitingList list, WaitingWell waiting, WaitingStore store, StaffAccounts staff, Clock clock) {
    this.list = list;
    this.waiting = waiting;
    this.store = store;
    this.staff = staff;
    this.clock = clock;
  }

  /** Triages and logs contacts for North locality's waiting people; how many were triaged. */
  public int add() {
    StaffMember priya = staff.loadUserByUsername("manager");
    StaffMember sam = staff.loadUserByUsername("practitioner");
    StaffMember grace = staff.loadUserByUsername("practitioner3");
    UUID north = priya.teamId();
    List<WaitingList.Waiter> waiters = new ArrayList<>(list.of(north));
    if (waiters.size() < 5 || !store.schedules(ids(waiters)).isEmpty()) {
      return 0;
    }
    // Sam's own waiting person first, so the escalation shows on his My work too.
    waiters.sort(
        java.util.Comparator.comparing((WaitingList.Waiter w) -> !sam.id().equals(w.workerId())));
    LocalDate today = LocalDate.now(clock);

    UUID urgent = waiters.get(0).personId();
    triage(
        priya,
        today.minusDays(25),
        urgent,
        TriageLevel.URGENT,
        "Lives alone since her husband died in the spring and has fallen twice this year. Her"
            + " neighbour checks on her most days.");
    contact(
        sam,
        today.minusDays(24),
        urgent,
        WaitingRules.ContactWay.PHONE,
        "Told her when we expect to visit and gave her our number. She has a pendant alarm now.",
        false);
    contact(
        sam,
        today.minusDays(17),
        urgent,
        WaitingRules.ContactWay.VISIT,
        "Called in on the way past. Her neighbour was there; no more falls since we spoke.",
        false);

    UUID soon = waiters.get(1).personId();
    triage(
        priya,
        today.minusDays(20),
        soon,
        TriageLevel.SOON,
        "His wife helps with everything but she is tired and her own health is poor.");
    contact(
        grace,
        today.minusDays(8),
        soon,
        WaitingRules.ContactWay.PHONE,
        "Spoke to his wife. They are managing; she knows to ring us if that changes.",
        false);

    UUID changed = waiters.get(2).personId();
    triage(
        priya,
        today.minusDays(30),
        changed,
        TriageLevel.ROUTINE,
        "Managing well with her daughter, who lives round the corner.");
    contact(
        sam,
        today.minusDays(5),
        changed,
        WaitingRules.ContactWay.PHONE,
        "Her daughter has moved to Hull for work, so she is on her own most of the week now.",
        true);
    triage(
        priya,
        today.minusDays(5),
        changed,
        TriageLevel.SOON,
        "Her daughter has moved away: more on her own, so see her sooner.");

    UUID routine = waiters.get(3).personId();
    triage(
        priya,
        today.minusDays(14),
        routine,
        TriageLevel.ROUTINE,
        "Safe and settled; he asked about day opportunities near his home.");
    contact(
        grace,
        today.minusDays(13),
        routine,
        WaitingRules.ContactWay.LETTER,
        "Sent a letter with the date we expect to be in touch and a leaflet about the lunch club.",
        false);

    UUID recent = waiters.get(4).personId();
    triage(
        priya,
        today.minusDays(3),
        recent,
        TriageLevel.URGENT,
        "Carer has gone into hospital; a neighbour is helping for now.");
    contact(
        sam,
        today.minusDays(1),
        recent,
        WaitingRules.ContactWay.PHONE,
        "The neighbour can help until the weekend. We will visit before then.",
        false);

    waiting.escalate(north);
    return 5;
  }

  private void triage(
      StaffMember by, LocalDate day, UUID personId, TriageLevel level, String reason) {
    WaitingForms.Triage form = new WaitingForms.Triage();
    form.setLevel(level.name());
    form.setReason(reason);
    form.setVersion(store.schedule(personId).map(s -> String.valueOf(s.version())).orElse(null));
    check(at(by, day, () -> waiting.triage(personId, form, by)));
  }

  private void contact(
      StaffMember by,
      LocalDate day,
      UUID personId,
      WaitingRules.ContactWay how,
      String said,
      boolean changed) {
    WaitingForms.Contact form = new WaitingForms.Contact();
    form.setContactedOnDay(String.valueOf(day.getDayOfMonth()));
    form.setContactedOnMonth(String.valueOf(day.getMonthValue()));
    form.setContactedOnYear(String.valueOf(day.getYear()));
    form.setHow(how.name());
    form.setSaid(said);
    form.setChanged(changed ? "yes" : "no");
    form.setVersion(store.schedule(personId).map(s -> String.valueOf(s.version())).orElse(null));
    check(at(by, day, () -> waiting.contact(personId, form, by)));
  }

  private WaitingWell.Outcome at(
      StaffMember by, LocalDate day, java.util.function.Supplier<WaitingWell.Outcome> work) {
    return ActingAs.at(
        by, day.atTime(LocalTime.of(11, 0)).atZone(clock.getZone()).toInstant(), work);
  }

  private static void check(WaitingWell.Outcome outcome) {
    if (!(outcome instanceof WaitingWell.Saved)) {
      throw new IllegalStateException("Demo waiting record refused: " + outcome);
    }
  }

  private static List<UUID> ids(List<WaitingList.Waiter> waiters) {
    return waiters.stream().map(WaitingList.Waiter::personId).toList();
  }
}

package org.strengths.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.access.StaffMember;
import org.strengths.platform.web.DateInput;

/**
 * Waiting well (docs/adr/0165): triage of the people waiting for a first conversation or a needs
 * assessment, their keep-in-touch schedule and log, and the escalation of overdue contacts. The
 * home pages read the open escalations from here; everything else is the waiting pages'.
 */
@Service
public class WaitingWell {

  /** A waiting person whose keep-in-touch contact is overdue past the grace days, escalated. */
  public record Escalated(UUID personId, String personName, LocalDate dueOn, long daysOverdue) {}

  /** What became of a triage decision or a contact. */
  sealed interface Outcome permits Saved, Invalid, Stale {}

  /** Saved; {@code changed} when a contact said something has changed (so look at the triage). */
  record Saved(boolean changed) implements Outcome {}

  /** Field to message key, in the form's order. */
  record Invalid(Map<String, String> problems) implements Outcome {}

  /** Someone else changed the schedule since the page was shown (or there is none yet). */
  record Stale() implements Outcome {}

  private final WaitingList list;
  private final WaitingStore store;
  private final WaitingSettings settings;
  private final Clock clock;

  WaitingWell(WaitingList list, WaitingStore store, WaitingSettings settings, Clock clock) {
    this.list = list;
    this.store = store;
    this.settings = settings;
    this.clock = clock;
  }

  /** The team's waiting people whose overdue contact has been escalated, most overdue first. */
  public List<Escalated> escalatedInTeam(UUID teamId) {
    if (teamId == null || !store.anyOpenEscalation(teamId)) {
      return List.of();
    }
    return list.of(teamId).stream()
        .filter(WaitingList.Waiter::escalated)
        .map(WaitingWell::escalated)
        .toList();
  }

  /** The same, for the people of the team allocated to one worker. */
  public List<Escalated> escalatedFor(UUID teamId, UUID workerId) {
    if (teamId == null || !store.anyOpenEscalation(teamId)) {
      return List.of();
    }
    return list.of(teamId).stream()
        .filter(WaitingList.Waiter::escalated)
        .filter(waiter -> workerId.equals(waiter.workerId()))
        .map(WaitingWell::escalated)
        .toList();
  }

  /**
   * Sets or changes the person's triage level and reason; the days between contacts default to the
   * level's. The next contact date follows from the latest contact ({@link WaitingRules}).
   */
  @Transactional
  Outcome triage(UUID personId, WaitingForms.Triage form, StaffMember by) {
    TriageLevel level = TriageLevel.parse(form.getLevel());
    Map<String, String> problems =
        WaitingRules.checkTriage(level, form.getReason(), form.getEveryDays());
    if (!problems.isEmpty()) {
      return new Invalid(problems);
    }
    String reason = WaitingRules.strip(form.getReason());
    Integer typedDays = WaitingRules.number(form.getEveryDays());
    int everyDays = typedDays == null ? settings.everyDays(level) : typedDays;
    LocalDate today = LocalDate.now(clock);
    LocalDate next =
        WaitingRules.nextContact(today, store.latestContact(personId).orElse(null), everyDays);
    WaitingStore.Schedule schedule =
        new WaitingStore.Schedule(personId, level, reason, everyDays, next, 0);
    Integer seen = WaitingRules.number(form.getVersion());
    boolean saved =
        seen == null
            ? store.insert(schedule, clock.instant(), by.getUsername())
            : store.update(schedule, seen, clock.instant(), by.getUsername());
    if (!saved) {
      return new Stale();
    }
    store.addTriage(
        personId,
        new WaitingStore.Triage(level, reason, everyDays, clock.instant(), by.displayName()),
        by.getUsername());
    return new Saved(false);
  }

  /** Records a keep-in-touch contact and moves the next date on. */
  @Transactional
  Outcome contact(UUID personId, WaitingForms.Contact form, StaffMember by) {
    LocalDate today = LocalDate.now(clock);
    DateInput.Result on =
        DateInput.read(
            form.getContactedOnDay(), form.getContactedOnMonth(), form.getContactedOnYear());
    Map<String, String> problems =
        WaitingRules.checkContact(
            on.date(),
            on.problemKey().orElse(null),
            form.getHow(),
            form.getSaid(),
            form.getChanged(),
            today);
    if (!problems.isEmpty()) {
      return new Invalid(problems);
    }
    Integer seen = WaitingRules.number(form.getVersion());
    WaitingStore.Schedule schedule = store.schedule(personId).orElse(null);
    if (schedule == null || seen == null || schedule.version() != seen) {
      return new Stale();
    }
    boolean changed = "yes".equals(form.getChanged());
    store.addContact(
        personId,
        new WaitingStore.Contact(
            on.date(),
            WaitingRules.ContactWay.parse(form.getHow()),
            WaitingRules.strip(form.getSaid()),
            changed,
            by.displayName(),
            clock.instant()),
        by.getUsername());
    LocalDate latest = store.latestContact(personId).orElse(on.date());
    WaitingStore.Schedule moved =
        new WaitingStore.Schedule(
            personId,
            schedule.level(),
            schedule.reason(),
            schedule.everyDays(),
            WaitingRules.nextContact(today, latest, schedule.everyDays()),
            schedule.version());
    if (!store.update(moved, seen, clock.instant(), by.getUsername())) {
      throw new IllegalStateException("The schedule changed while the contact was recorded");
    }
    return new Saved(changed);
  }

  /**
   * Records an escalation, once, for every waiting person of the team whose contact is more than
   * the grace days late; how many were recorded now.
   */
  @Transactional
  int escalate(UUID teamId) {
    LocalDate today = LocalDate.now(clock);
    int recorded = 0;
    for (WaitingList.Waiter waiter : list.of(teamId)) {
      WaitingStore.Schedule schedule = waiter.schedule();
      if (schedule != null
          && WaitingRules.escalates(schedule.nextContactOn(), today, settings.graceDays())
          && store.escalate(waiter.personId(), schedule.nextContactOn(), clock.instant())) {
        recorded++;
      }
    }
    return recorded;
  }

  WaitingSettings settings() {
    return settings;
  }

  private static Escalated escalated(WaitingList.Waiter waiter) {
    return new Escalated(
        waiter.personId(), waiter.name(), waiter.schedule().nextContactOn(), waiter.daysOverdue());
  }
}

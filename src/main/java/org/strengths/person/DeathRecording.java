package org.strengths.person;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;

/**
 * Records the date a person died on their record (ADR 0169), with the same stale-version check as
 * details editing: a date based on an old version of the record is refused and the record as saved
 * is returned. Audited as a change of details, with a line in the chronology.
 */
@Service
class DeathRecording {

  private final PersonStore store;
  private final PersonChanges changes;
  private final Chronology chronology;
  private final AuditLog audit;
  private final PersonText text;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  DeathRecording(
      PersonStore store,
      PersonChanges changes,
      Chronology chronology,
      AuditLog audit,
      PersonText text,
      Clock clock,
      ApplicationEventPublisher events) {
    this.events = events;
    this.store = store;
    this.changes = changes;
    this.chronology = chronology;
    this.audit = audit;
    this.text = text;
    this.clock = clock;
  }

  sealed interface Outcome permits Recorded, Removed, Unchanged, Conflict {}

  record Recorded() implements Outcome {}

  record Removed() implements Outcome {}

  record Unchanged() implements Outcome {}

  /** Someone saved the record after {@code versionSeen} was read: the record as it is now. */
  record Conflict(PersonDetails saved) implements Outcome {}

  /** Records {@code diedOn}, already checked with {@link DeathRule}. */
  @Transactional
  Outcome record(PersonDetails person, int versionSeen, LocalDate diedOn, StaffMember by) {
    if (versionSeen == person.version() && diedOn.equals(person.dateOfDeath())) {
      return new Unchanged();
    }
    Instant now = clock.instant();
    if (!store.updateDateOfDeath(person.id(), versionSeen, diedOn, by.getUsername(), now)) {
      return new Conflict(store.find(person.id()).orElseThrow());
    }
    changes.add(
        person.id(),
        List.of(
            new ChangeHistory.FieldChange(
                "dateOfDeath",
                person.dateOfDeath() == null ? null : text.date(person.dateOfDeath()),
                text.date(diedOn))),
        by,
        now);
    audit.record(person.id(), "details", "change", null, "dateOfDeath");
    chronology.add(
        person.id(),
        "death-recorded",
        text.get(
            person.dateOfDeath() == null
                ? "person.chronology.deathRecorded"
                : "person.chronology.deathChanged",
            text.date(diedOn)));
    events.publishEvent(new PersonDied(person.id(), diedOn, person.dateOfDeath()));
    return new Recorded();
  }

  /**
   * Removes a date of death recorded in error, with the reason (already checked with {@link
   * DeathRemovalRule}); the same stale-version check as recording. Nothing to remove is {@link
   * Unchanged}.
   */
  @Transactional
  Outcome remove(PersonDetails person, int versionSeen, String reason, StaffMember by) {
    if (versionSeen == person.version() && person.dateOfDeath() == null) {
      return new Unchanged();
    }
    Instant now = clock.instant();
    if (person.dateOfDeath() == null
        || !store.updateDateOfDeath(person.id(), versionSeen, null, by.getUsername(), now)) {
      return new Conflict(store.find(person.id()).orElseThrow());
    }
    String why = reason.strip();
    changes.add(
        person.id(),
        List.of(
            new ChangeHistory.FieldChange("dateOfDeath", text.date(person.dateOfDeath()), null)),
        by,
        now);
    audit.record(person.id(), "details", "change", null, "dateOfDeath-removed");
    chronology.add(person.id(), "death-removed", text.get("person.chronology.deathRemoved", why));
    events.publishEvent(new DateOfDeathRemoved(person.id(), person.dateOfDeath(), why));
    return new Removed();
  }
}

package org.strengths.person;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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

  DeathRecording(
      PersonStore store,
      PersonChanges changes,
      Chronology chronology,
      AuditLog audit,
      PersonText text,
      Clock clock) {
    this.store = store;
    this.changes = changes;
    this.chronology = chronology;
    this.audit = audit;
    this.text = text;
    this.clock = clock;
  }

  sealed interface Outcome permits Recorded, Unchanged, Conflict {}

  record Recorded() implements Outcome {}

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
    return new Recorded();
  }
}

package org.strengths.person;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;

/**
 * Changes a person's details with optimistic locking: a save based on an old version is refused and
 * both versions are returned, so nobody's change is silently lost. Every changed field goes into
 * the history.
 */
@Service
class DetailsEditing {

  private final People people;
  private final PersonStore store;
  private final PersonChanges changes;
  private final Chronology chronology;
  private final AuditLog audit;
  private final PersonText text;
  private final Clock clock;

  DetailsEditing(
      People people,
      PersonStore store,
      PersonChanges changes,
      Chronology chronology,
      AuditLog audit,
      PersonText text,
      Clock clock) {
    this.people = people;
    this.store = store;
    this.changes = changes;
    this.chronology = chronology;
    this.audit = audit;
    this.text = text;
    this.clock = clock;
  }

  sealed interface Outcome permits Saved, Unchanged, Invalid, Conflict {}

  record Saved(List<ChangeHistory.FieldChange> changes) implements Outcome {}

  record Unchanged() implements Outcome {}

  record Invalid(Map<String, String> problems) implements Outcome {}

  /**
   * Someone saved since the user started: their version, and the fields where it differs from what
   * the user typed (old value = theirs, new value = the user's).
   */
  record Conflict(PersonDetails saved, List<ChangeHistory.FieldChange> differences)
      implements Outcome {}

  @Transactional
  Outcome change(PersonDetails current, int versionSeen, NewPerson typed, StaffMember by) {
    NewPerson person = PersonRules.normalise(typed);
    Map<String, String> problems = people.detailProblems(person);
    if (!problems.isEmpty()) {
      return new Invalid(problems);
    }
    if (current.version() != versionSeen) {
      return conflict(current, person);
    }
    List<ChangeHistory.FieldChange> changed = differences(current, person);
    if (changed.isEmpty()) {
      return new Unchanged();
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    if (!store.updateDetails(current.id(), versionSeen, person, by.getUsername(), now)) {
      return conflict(store.find(current.id()).orElseThrow(), person);
    }
    changes.add(current.id(), changed, by, now);
    List<String> fields = changed.stream().map(ChangeHistory.FieldChange::field).toList();
    audit.record(current.id(), "details", "change", null, String.join(",", fields));
    chronology.add(
        current.id(),
        "details-changed",
        text.get(
            "person.chronology.detailsChanged",
            String.join(
                ", ", fields.stream().map(field -> text.get("person.field." + field)).toList())));
    return new Saved(changed);
  }

  private Conflict conflict(PersonDetails saved, NewPerson typed) {
    return new Conflict(saved, differences(saved, typed));
  }

  private List<ChangeHistory.FieldChange> differences(PersonDetails saved, NewPerson typed) {
    return ChangeHistory.diff(
        ChangeHistory.readable(saved.asTyped(), text::get),
        ChangeHistory.readable(typed, text::get));
  }
}

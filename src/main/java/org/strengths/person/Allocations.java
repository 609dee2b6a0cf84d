package org.strengths.person;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.access.AuditLog;
import org.strengths.access.PersonAllocation;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.access.Teams;

/**
 * Allocates a person to a team and, optionally, a worker in it. Like the details, an allocation is
 * only changed if it is still the one the user saw.
 */
@Service
class Allocations {

  private final People people;
  private final PersonStore store;
  private final PersonChanges changes;
  private final Chronology chronology;
  private final AuditLog audit;
  private final Teams teams;
  private final StaffAccounts staffAccounts;
  private final PersonText text;
  private final Clock clock;

  Allocations(
      People people,
      PersonStore store,
      PersonChanges changes,
      Chronology chronology,
      AuditLog audit,
      Teams teams,
      StaffAccounts staffAccounts,
      PersonText text,
      Clock clock) {
    this.people = people;
    this.store = store;
    this.changes = changes;
    this.chronology = chronology;
    this.audit = audit;
    this.teams = teams;
    this.staffAccounts = staffAccounts;
    this.text = text;
    this.clock = clock;
  }

  sealed interface Outcome permits Saved, Unchanged, Invalid, Conflict {}

  record Saved() implements Outcome {}

  record Unchanged() implements Outcome {}

  record Invalid(Map<String, String> problems) implements Outcome {}

  /** Someone changed the allocation since the user saw it; this is what it is now. */
  record Conflict(PersonAllocation now) implements Outcome {}

  @Transactional
  Outcome allocate(PersonAllocation seen, UUID teamId, UUID workerId, StaffMember by) {
    Map<String, String> problems = people.allocationProblems(teamId, workerId);
    if (!problems.isEmpty()) {
      return new Invalid(problems);
    }
    PersonAllocation now = store.allocationOf(seen.personId()).orElseThrow();
    if (!sameAllocation(now, seen)) {
      return new Conflict(now);
    }
    if (Objects.equals(now.teamId(), teamId) && Objects.equals(now.workerId(), workerId)) {
      return new Unchanged();
    }
    Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
    if (!store.updateAllocation(seen, teamId, workerId, by.getUsername(), at)) {
      return new Conflict(store.allocationOf(seen.personId()).orElseThrow());
    }
    changes.add(seen.personId(), history(seen, teamId, workerId), by, at);
    audit.record(seen.personId(), "allocation", "allocate");
    chronology.add(seen.personId(), "allocated", summary(teamId, workerId));
    return new Saved();
  }

  String teamName(UUID teamId) {
    return teamId == null
        ? text.get("person.allocation.noTeam")
        : teams.find(teamId).map(Teams.Team::name).orElse(text.get("person.allocation.noTeam"));
  }

  String workerName(UUID workerId) {
    return workerId == null
        ? text.get("person.allocation.noWorker")
        : staffAccounts
            .find(workerId)
            .map(StaffAccounts.StaffSummary::displayName)
            .orElse(text.get("person.allocation.noWorker"));
  }

  private List<ChangeHistory.FieldChange> history(
      PersonAllocation seen, UUID teamId, UUID workerId) {
    List<ChangeHistory.FieldChange> changed = new ArrayList<>();
    if (!Objects.equals(seen.teamId(), teamId)) {
      changed.add(new ChangeHistory.FieldChange("team", teamName(seen.teamId()), teamName(teamId)));
    }
    if (!Objects.equals(seen.workerId(), workerId)) {
      changed.add(
          new ChangeHistory.FieldChange(
              "worker", workerName(seen.workerId()), workerName(workerId)));
    }
    return changed;
  }

  private String summary(UUID teamId, UUID workerId) {
    return workerId == null
        ? text.get("person.chronology.allocatedTeamOnly", teamName(teamId))
        : text.get("person.chronology.allocated", teamName(teamId), workerName(workerId));
  }

  private static boolean sameAllocation(PersonAllocation a, PersonAllocation b) {
    return Objects.equals(a.teamId(), b.teamId()) && Objects.equals(a.workerId(), b.workerId());
  }
}

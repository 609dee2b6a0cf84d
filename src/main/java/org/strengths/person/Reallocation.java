package org.strengths.person;

import java.util.UUID;
import org.springframework.stereotype.Service;
import org.strengths.access.PersonAllocation;
import org.strengths.access.StaffMember;
import org.strengths.platform.web.NotFoundException;

/**
 * Moves a person to another worker in the same team for other modules (a conversation's explicit
 * hand-over), with the same checks, history, audit and chronology as the allocation page.
 */
@Service
public class Reallocation {

  /** What happened. */
  public enum Result {
    MOVED,
    /** The allocation changed since the user saw it. */
    CONFLICT,
    /** The worker is not a member of the person's team. */
    INVALID
  }

  private final Allocations allocations;
  private final PersonStore store;

  Reallocation(Allocations allocations, PersonStore store) {
    this.allocations = allocations;
    this.store = store;
  }

  /** Allocates the person to {@code toWorker} if they are still with {@code seenWorker}. */
  public Result toWorker(UUID personId, UUID seenWorker, UUID toWorker, StaffMember by) {
    PersonAllocation now = store.allocationOf(personId).orElseThrow(NotFoundException::new);
    PersonAllocation seen = new PersonAllocation(personId, now.teamId(), seenWorker);
    Allocations.Outcome outcome = allocations.allocate(seen, now.teamId(), toWorker, by);
    if (outcome instanceof Allocations.Conflict) {
      return Result.CONFLICT;
    }
    if (outcome instanceof Allocations.Invalid) {
      return Result.INVALID;
    }
    return Result.MOVED;
  }
}

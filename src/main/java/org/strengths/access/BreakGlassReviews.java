package org.strengths.access;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Break-glass events waiting for a team manager's review, for lists of work. Names of people are
 * not here (access does not own them); the caller has them from the person module.
 */
@Service
public class BreakGlassReviews {

  /** A break-glass event to review; it is reviewed at {@code /break-glass-reviews/{id}}. */
  public record Waiting(
      UUID id, UUID personId, String staffName, Instant occurredAt, String reason) {}

  private final BreakGlass breakGlass;
  private final StaffAccounts staffAccounts;

  BreakGlassReviews(BreakGlass breakGlass, StaffAccounts staffAccounts) {
    this.breakGlass = breakGlass;
    this.staffAccounts = staffAccounts;
  }

  /** The team's events not yet acknowledged, oldest first. */
  public List<Waiting> waiting(UUID teamId) {
    if (teamId == null) {
      return List.of();
    }
    List<BreakGlass.Event> events = breakGlass.waitingForReview(teamId);
    Map<UUID, String> names =
        staffAccounts.displayNames(
            events.stream()
                .map(BreakGlass.Event::staffId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    return events.stream()
        .map(
            event ->
                new Waiting(
                    event.id(),
                    event.personId(),
                    names.getOrDefault(event.staffId(), ""),
                    event.occurredAt(),
                    event.reason()))
        .toList();
  }
}

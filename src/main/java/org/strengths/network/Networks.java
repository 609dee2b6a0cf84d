package org.strengths.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The network module's API for other modules (conversations, plans). It does not check who may see
 * the person: callers do that with {@code PersonAccess} first. The ties returned are third-party
 * data about people other than the person.
 */
@Service
public class Networks {

  private final NetworkStore store;
  private final Clock clock;

  Networks(NetworkStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** The person's current relationships, in the order they were added. */
  public List<NetworkMemberView> members(UUID personId) {
    return store.current(personId);
  }

  /** The person's current relationships as ties, for drawing and summaries. */
  public List<Tie> currentTies(UUID personId) {
    return members(personId).stream().map(NetworkMemberView::tie).toList();
  }

  /**
   * The network as it was at the end of {@code date} (UK time), from the latest snapshot taken
   * then or earlier; empty before the first snapshot.
   */
  public List<Tie> tiesOn(UUID personId, LocalDate date) {
    return store
        .tiesBefore(personId, date.plusDays(1).atStartOfDay(clock.getZone()).toInstant())
        .orElse(List.of());
  }

  /** Whether any snapshot had been taken by the end of {@code date}. */
  public boolean recordedBy(UUID personId, LocalDate date) {
    return store
        .tiesBefore(personId, date.plusDays(1).atStartOfDay(clock.getZone()).toInstant())
        .isPresent();
  }
}

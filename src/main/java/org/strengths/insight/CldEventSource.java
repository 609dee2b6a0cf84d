package org.strengths.insight;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A module's part of the one path for Client Level Data: it hands over the CLD events its records
 * yield, with exact defined-list values and stable references, and {@code insight} decides which
 * belong in a return (ADR 0090). Implementations stream from the database and must not collect
 * every event in memory.
 */
public interface CldEventSource {

  /**
   * Passes to {@code sink} every event that may fall in the period {@code from}–{@code to}
   * (inclusive): at least those completed in it and those active at any time in it. Extra events
   * are harmless, because the Release 1 rules are applied afterwards. Events are described as they
   * stood at the end of the period: a service that ended later is still open.
   */
  void events(LocalDate from, LocalDate to, Consumer<CldEvent> sink);

  /**
   * Passes to {@code sink} every completed event (and every service, open or not) of these people,
   * whatever its date, described as it stands on {@code asAt}: for the managers' data-quality page.
   */
  void eventsOf(Collection<UUID> people, LocalDate asAt, Consumer<CldEvent> sink);

  /**
   * Runs a source's query and hands its events to {@code sink} a batch of rows at a time, so a
   * quarter's events are never all in memory: the one way every source streams.
   */
  static void stream(
      JdbcClient.StatementSpec query, RowMapper<CldEvent> rows, Consumer<CldEvent> sink) {
    try (Stream<CldEvent> events = query.withFetchSize(1000).query(rows).stream()) {
      events.forEach(sink);
    }
  }
}

package org.strengths.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The insight module's API for other modules: the CLD events of some people through the one path
 * (every {@link CldEventSource}), as the return would describe them. It does not check who may see
 * the people: callers do.
 */
@Service
public class ClientLevelData {

  private final List<CldEventSource> sources;

  ClientLevelData(List<CldEventSource> sources) {
    this.sources = List.copyOf(sources);
  }

  /**
   * Every event of these people from every module, as it stands on {@code asAt}, cancelled ones
   * left out, by start date then reference.
   */
  public List<CldEvent> eventsOf(Collection<UUID> people, LocalDate asAt) {
    List<CldEvent> events = new ArrayList<>();
    if (people.isEmpty()) {
      return events;
    }
    for (CldEventSource source : sources) {
      source.eventsOf(
          people,
          asAt,
          event -> {
            if (!event.cancelled()) {
              events.add(event);
            }
          });
    }
    events.sort(
        Comparator.comparing(CldEvent::startDate, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(CldEvent::reference));
    return events;
  }
}

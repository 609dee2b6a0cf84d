package org.strengths.home;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.strengths.access.StaffMember;
import org.strengths.network.PersonNetworks;
import org.strengths.person.Caseloads;
import org.strengths.planning.OwnWords;

/**
 * Changes the worker's people asked for on their own pages that wait for the worker's reply (issue
 * 13 items 3 and 5): a change to their plan in their own words, and a new or changed relationship
 * for their network. Oldest first, names and dates only like the other lists; each links to the
 * page where it is accepted or declined, which checks the working relationship and audits the view.
 */
@Service
class ChangesAsked {

  /** What was asked for: a change to the plan, or to the people in the person's life. */
  enum Kind {
    PLAN,
    NETWORK
  }

  /** One change: whose, what kind, when it was asked for, and where it is answered. */
  record Row(String personName, Kind kind, String asked, String link, Instant at) {}

  private final Caseloads caseloads;
  private final OwnWords ownWords;
  private final PersonNetworks networks;
  private final Clock clock;

  ChangesAsked(Caseloads caseloads, OwnWords ownWords, PersonNetworks networks, Clock clock) {
    this.caseloads = caseloads;
    this.ownWords = ownWords;
    this.networks = networks;
    this.clock = clock;
  }

  /** Those asked for by the people allocated to the worker. */
  List<Row> forWorker(StaffMember worker) {
    List<Caseloads.Allocated> mine = caseloads.allocatedTo(worker.id());
    if (mine.isEmpty()) {
      return List.of();
    }
    Map<UUID, String> names = new HashMap<>();
    mine.forEach(person -> names.put(person.personId(), person.name()));
    List<UUID> ids = mine.stream().map(Caseloads.Allocated::personId).toList();
    List<Row> rows = new ArrayList<>();
    for (OwnWords.Waiting waiting : ownWords.waitingFor(ids)) {
      rows.add(
          row(
              names.get(waiting.personId()),
              Kind.PLAN,
              waiting.writtenAt(),
              "/people/" + waiting.personId() + "/own-words"));
    }
    for (PersonNetworks.Waiting waiting : networks.waitingFor(ids)) {
      rows.add(
          row(
              names.get(waiting.personId()),
              Kind.NETWORK,
              waiting.suggestedAt(),
              "/people/" + waiting.personId() + "/network/suggestions/" + waiting.suggestionId()));
    }
    rows.sort(Comparator.comparing(Row::at).thenComparing(Row::link));
    return rows;
  }

  private Row row(String name, Kind kind, Instant at, String link) {
    return new Row(name == null ? "" : name, kind, HomeDates.moment(at, clock.getZone()), link, at);
  }
}

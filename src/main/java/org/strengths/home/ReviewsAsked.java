package org.strengths.home;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.strengths.access.StaffMember;
import org.strengths.person.Caseloads;
import org.strengths.planning.PlanningDue;

/**
 * Reviews people asked for on their own pages that wait for a reply (docs/adr/0114): a worker sees
 * those of their own people, a team manager those of the team's. Names and dates only, like the
 * other lists; the reply page checks the working relationship and audits the view.
 */
@Service
class ReviewsAsked {

  /** One request: who asked and when, linking to the page where it is answered. */
  record Row(String personName, String asked, String link) {}

  private final Caseloads caseloads;
  private final PlanningDue planning;
  private final Clock clock;

  ReviewsAsked(Caseloads caseloads, PlanningDue planning, Clock clock) {
    this.caseloads = caseloads;
    this.planning = planning;
    this.clock = clock;
  }

  /** Those asked by the people allocated to the worker. */
  List<Row> forWorker(StaffMember worker) {
    List<Caseloads.Allocated> mine = caseloads.allocatedTo(worker.id());
    return rows(
        planning.reviewsAsked(mine.stream().map(Caseloads.Allocated::personId).toList()),
        names(mine));
  }

  /** Those asked by anyone in the manager's team. */
  List<Row> forTeam(StaffMember manager) {
    if (manager.teamId() == null) {
      return List.of();
    }
    List<PlanningDue.ReviewAsked> asked = planning.reviewsAskedInTeam(manager.teamId());
    if (asked.isEmpty()) {
      return List.of();
    }
    return rows(
        asked,
        caseloads.names(asked.stream().map(PlanningDue.ReviewAsked::personId).distinct().toList()));
  }

  private List<Row> rows(List<PlanningDue.ReviewAsked> asked, Map<UUID, String> names) {
    return asked.stream()
        .map(
            one ->
                new Row(
                    names.getOrDefault(one.personId(), ""),
                    HomeDates.moment(one.askedAt(), clock.getZone()),
                    one.link()))
        .toList();
  }

  private static Map<UUID, String> names(List<Caseloads.Allocated> people) {
    Map<UUID, String> names = new java.util.HashMap<>();
    people.forEach(person -> names.put(person.personId(), person.name()));
    return names;
  }
}

package org.strengths.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What looks missing or odd about a person's CLD events, as the extract would send them (derived
 * codes with any corrections applied). Each flag is a message key; a manager decides what to do.
 */
final class DataQualityRule {

  private DataQualityRule() {}

  /** An event as it would be sent. */
  record Event(
      String reference,
      String eventType,
      String assessmentType,
      String outcome,
      String routeOfAccess,
      LocalDate startDate,
      LocalDate endDate) {}

  /** The defined lists in force, to check codes against. */
  record Lists(
      Set<String> eventTypes,
      Set<String> assessmentTypes,
      Set<String> outcomes,
      Set<String> routesOfAccess) {}

  /** Flags for {@code event}, given all of the same person's events. */
  static List<String> flags(Event event, List<Event> personsEvents, Lists lists) {
    List<String> flags = new ArrayList<>();
    if (!lists.eventTypes().contains(event.eventType())) {
      flags.add("assessment.dq.flag.eventType");
    }
    boolean request = CldEventRule.REQUEST.equals(event.eventType());
    boolean assessment = CldEventRule.ASSESSMENT.equals(event.eventType());
    if (assessment && !lists.assessmentTypes().contains(event.assessmentType())) {
      flags.add("assessment.dq.flag.assessmentType");
    }
    if (!assessment && event.assessmentType() != null) {
      flags.add("assessment.dq.flag.assessmentTypeNotExpected");
    }
    if (event.outcome() == null) {
      flags.add("assessment.dq.flag.outcomeMissing");
    } else if (!lists.outcomes().contains(event.outcome())) {
      flags.add("assessment.dq.flag.outcomeUnknown");
    }
    if (request && event.routeOfAccess() == null) {
      flags.add("assessment.dq.flag.routeMissing");
    } else if (event.routeOfAccess() != null
        && !lists.routesOfAccess().contains(event.routeOfAccess())) {
      flags.add("assessment.dq.flag.routeUnknown");
    }
    if (event.startDate() != null
        && event.endDate() != null
        && event.endDate().isBefore(event.startDate())) {
      flags.add("assessment.dq.flag.endBeforeStart");
    }
    if (assessment && noEarlierRequest(event, personsEvents)) {
      flags.add("assessment.dq.flag.noRequest");
    }
    return List.copyOf(flags);
  }

  private static boolean noEarlierRequest(Event event, List<Event> personsEvents) {
    return personsEvents.stream()
        .noneMatch(
            other ->
                CldEventRule.REQUEST.equals(other.eventType())
                    && (event.startDate() == null
                        || other.startDate() == null
                        || !other.startDate().isAfter(event.startDate())));
  }
}

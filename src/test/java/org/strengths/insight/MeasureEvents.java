package org.strengths.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-built CLD rows for the measures' known-answer tests. */
final class MeasureEvents {

  private final Map<String, List<MeasureEvent>> people = new LinkedHashMap<>();

  /** A person's fields, shared by all their events. */
  record Person(
      String id,
      int birthYear,
      int birthMonth,
      String clientType,
      String reason,
      String gender,
      String accommodation) {

    static Person aged(String id, int birthYear) {
      return new Person(
          id,
          birthYear,
          1,
          "Service User",
          "Physical Support: Personal care support",
          "Female",
          "Tenant");
    }

    Person withReason(String value) {
      return new Person(id, birthYear, birthMonth, clientType, value, gender, accommodation);
    }

    Person asCarer() {
      return new Person(id, birthYear, birthMonth, "Carer", reason, gender, accommodation);
    }
  }

  static LocalDate d(String date) {
    return LocalDate.parse(date);
  }

  MeasureEvents request(Person p, String start, String end, String route, String outcome) {
    return add(p, "Request", start, end, outcome, route, null, null);
  }

  MeasureEvents assessment(Person p, String start, String end, String outcome) {
    return add(p, "Assessment", start, end, outcome, null, null, null);
  }

  MeasureEvents review(Person p, String start, String end, String outcome) {
    return add(p, "Review", start, end, outcome, null, null, null);
  }

  MeasureEvents service(Person p, String start, String end, String type, String mechanism) {
    return add(
        p,
        "Service",
        start,
        end,
        end == null ? "Provision of service" : "Service ended as planned",
        null,
        type,
        mechanism);
  }

  private MeasureEvents add(
      Person p,
      String type,
      String start,
      String end,
      String outcome,
      String route,
      String serviceType,
      String mechanism) {
    people
        .computeIfAbsent(p.id(), id -> new ArrayList<>())
        .add(
            new MeasureEvent(
                p.id(),
                p.birthYear(),
                p.birthMonth(),
                null,
                p.gender(),
                null,
                p.clientType(),
                p.reason(),
                "No",
                "Unknown",
                p.accommodation(),
                type,
                d(start),
                end == null ? null : d(end),
                outcome,
                route,
                serviceType,
                null,
                mechanism));
    return this;
  }

  List<MeasureEvent> of(String person) {
    return people.get(person);
  }

  List<List<MeasureEvent>> all() {
    return List.copyOf(people.values());
  }
}

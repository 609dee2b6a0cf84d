package org.strengths.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-built CLD rows for the measures' known-answer tests. */
final class MeasureEvents {

  private final Map<String, List<MeasureEvent>> people = new LinkedHashMap<>();
  private final Map<String, List<String>> details = new LinkedHashMap<>();

  /**
   * A person's ethnicity, unpaid carer and employment status on the events added after this (by
   * default: none sent, "No", "Unknown").
   */
  MeasureEvents details(Person p, String ethnicity, String hasUnpaidCarer, String employment) {
    details.put(p.id(), java.util.Arrays.asList(ethnicity, hasUnpaidCarer, employment));
    return this;
  }

  /** A person's fields, shared by all their events; birth year 0 sends no birth year or month. */
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

  MeasureEvents service(
      Person p, String start, String end, String type, String mechanism, String outcome) {
    return add(p, "Service", start, end, outcome, null, type, mechanism);
  }

  /** An open service with a service component (ASCOF 3D reads "Direct Payment" there). */
  MeasureEvents serviceWithComponent(
      Person p, String start, String type, String component, String mechanism) {
    this.component = component;
    add(p, "Service", start, null, "Provision of service", null, type, mechanism);
    this.component = null;
    return this;
  }

  private String component;

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
    List<String> more =
        details.getOrDefault(p.id(), java.util.Arrays.asList(null, "No", "Unknown"));
    people
        .computeIfAbsent(p.id(), id -> new ArrayList<>())
        .add(
            new MeasureEvent(
                p.id(),
                p.birthYear() == 0 ? null : p.birthYear(),
                p.birthYear() == 0 ? null : p.birthMonth(),
                null,
                p.gender(),
                more.get(0),
                p.clientType(),
                p.reason(),
                more.get(1),
                more.get(2),
                p.accommodation(),
                type,
                d(start),
                end == null ? null : d(end),
                outcome,
                route,
                serviceType,
                component,
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

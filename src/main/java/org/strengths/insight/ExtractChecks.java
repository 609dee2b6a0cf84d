package org.strengths.insight;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.strengths.person.CldPerson;
import org.strengths.person.NhsNumber;

/**
 * The checks NHS England's data-quality processing makes on a CLD submission, made on our extract
 * before it is sent: mandatory fields, defined-list values, dates in order and in the period, NHS
 * numbers with a valid check digit, ages that make sense, no events after the person died,
 * duplicate events (by the key NHS England builds, cld-r1 reference §1.1), services with no
 * assessment before them, events with no outcome. Fed every event the sources offer ({@link
 * #candidate}) and every row the extract sends ({@link #row}); {@link #problems} gives what was
 * found, each naming its event and where to put it right.
 */
final class ExtractChecks {

  /** How far before a service starts an assessment must have been completed. */
  static final Period ASSESSMENT_LOOK_BACK = Period.ofYears(1);

  static final int OLDEST_AGE = 115;
  static final int YOUNGEST_AGE = 16;

  /** A problem with one event: a message key with one argument, and the page to put it right. */
  record Problem(
      String reference, String eventType, String key, String detail, String recordPath) {}

  private final ExtractLayout.Submission submission;
  private final Map<String, Set<String>> lists;
  private final Map<UUID, NavigableSet<LocalDate>> assessedOn = new HashMap<>();
  private final List<CldEvent> servicesStarted = new ArrayList<>();
  private final Set<String> keys = new HashSet<>();
  private final Set<String> references = new HashSet<>();
  private final List<Problem> problems = new ArrayList<>();

  /**
   * @param lists for each column checked against a defined list, the values it may take
   */
  ExtractChecks(ExtractLayout.Submission submission, Map<String, Set<String>> lists) {
    this.submission = submission;
    this.lists = lists;
  }

  /** Any event a source offered, sent or not: completed assessments count for later services. */
  void candidate(CldEvent event) {
    if (!event.cancelled()
        && CldEvent.ASSESSMENT.equals(event.eventType())
        && event.endDate() != null) {
      assessedOn.computeIfAbsent(event.personId(), id -> new TreeSet<>()).add(event.endDate());
    }
  }

  /** An event the extract sends, with its person. */
  void row(CldEvent event, CldPerson person) {
    List<String> row = ExtractLayout.row(submission, event, person);
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < row.size(); i++) {
      String value = row.get(i);
      if (value != null && !value.isEmpty()) {
        values.put(ExtractLayout.HEADER.get(i), value);
      }
    }
    for (String column : mandatory(event)) {
      if (!values.containsKey(column)) {
        add(event, "insight.problem.missing", column);
      }
    }
    lists.forEach(
        (column, allowed) -> {
          String value = values.get(column);
          if (value != null && !allowed.contains(value)) {
            add(event, "insight.problem.notInList", column + ": " + value);
          }
        });
    dates(event);
    String nhs = values.get("NHS_Number");
    if (nhs == null) {
      add(event, "insight.problem.noNhsNumber", null);
    } else if (NhsNumber.parse(nhs).isEmpty()) {
      add(event, "insight.problem.nhsNumberCheckDigit", nhs);
    }
    age(event, person);
    death(event, person);
    if (!references.add(event.reference())) {
      add(event, "insight.problem.duplicateReference", event.reference());
    }
    if (!keys.add(key(values))) {
      add(event, "insight.problem.duplicate", null);
    }
    if (!values.containsKey("Event_Outcome")) {
      add(event, "insight.problem.noOutcome", null);
    }
    if (CldEvent.SERVICE.equals(event.eventType())
        && !event.startDate().isBefore(submission.from())) {
      servicesStarted.add(event);
    }
  }

  /**
   * Everything found: first the council's own fields (once, not on every row), then each event's
   * problems in the order found, then services with no assessment before them.
   */
  List<Problem> problems() {
    List<Problem> all = new ArrayList<>();
    for (String column : List.of("LA_Code", "LA_Name")) {
      String value = column.equals("LA_Code") ? submission.laCode() : submission.laName();
      if (value == null || value.isBlank()) {
        all.add(new Problem(null, null, "insight.problem.council", column, null));
      }
    }
    all.addAll(problems);
    for (CldEvent service : servicesStarted) {
      NavigableSet<LocalDate> dates = assessedOn.get(service.personId());
      LocalDate latest = dates == null ? null : dates.floor(service.startDate());
      if (latest == null || latest.isBefore(service.startDate().minus(ASSESSMENT_LOOK_BACK))) {
        all.add(problem(service, "insight.problem.serviceWithoutAssessment", null));
      }
    }
    return all;
  }

  /** The columns an event of its type must fill. */
  static List<String> mandatory(CldEvent event) {
    List<String> columns =
        new ArrayList<>(
            List.of(
                "LA_Person_Unique_Identifier",
                "Birth_Year",
                "Birth_Month",
                "Client_Type",
                "Event_Type",
                "Event_Start_Date",
                "Event_Reference"));
    if (event.eventType() == null) {
      return columns;
    }
    switch (event.eventType()) {
      case CldEvent.REQUEST -> columns.addAll(List.of("Event_End_Date", "Request_Route_of_Access"));
      case CldEvent.ASSESSMENT -> columns.addAll(List.of("Event_End_Date", "Assessment_Type"));
      case CldEvent.REVIEW -> columns.addAll(List.of("Event_End_Date", "Review_Reason"));
      case CldEvent.SERVICE -> {
        columns.addAll(List.of("Service_Type", "Service_Component"));
        if (event.serviceType() != null
            && (event.serviceType().endsWith("Community")
                || event.serviceType().endsWith("Prison"))) {
          columns.add("Delivery_Mechanism");
        }
      }
      default -> {}
    }
    return columns;
  }

  private void dates(CldEvent event) {
    if (event.startDate() == null) {
      return;
    }
    if (event.endDate() != null && event.endDate().isBefore(event.startDate())) {
      add(event, "insight.problem.endBeforeStart", null);
    }
    if (event.startDate().isAfter(submission.to())) {
      add(event, "insight.problem.startsAfterPeriod", event.startDate().toString());
    }
    if (!CldEvent.SERVICE.equals(event.eventType())
        && event.endDate() != null
        && (event.endDate().isBefore(submission.from())
            || event.endDate().isAfter(submission.to()))) {
      add(event, "insight.problem.endsOutsidePeriod", event.endDate().toString());
    }
  }

  private void age(CldEvent event, CldPerson person) {
    if (person == null || person.dateOfBirth() == null || event.startDate() == null) {
      return;
    }
    if (person.dateOfBirth().isAfter(event.startDate())) {
      add(event, "insight.problem.bornAfterEvent", null);
      return;
    }
    int age = Period.between(person.dateOfBirth(), event.startDate()).getYears();
    if (age < YOUNGEST_AGE || age > OLDEST_AGE) {
      add(event, "insight.problem.age", String.valueOf(age));
    }
  }

  /**
   * Events dated after the person died (ADR 0169): one that starts after the date of death, and a
   * service still open after it (or ending after it). NHS England's processing leaves out people
   * who died before a period, so a wrong date of death silently removes their events from the
   * measures; a right one with events after it means a record to put right.
   */
  private void death(CldEvent event, CldPerson person) {
    if (person == null || person.dateOfDeath() == null || event.startDate() == null) {
      return;
    }
    LocalDate died = person.dateOfDeath();
    if (event.startDate().isAfter(died)) {
      add(event, "insight.problem.startsAfterDeath", died.toString());
    } else if (CldEvent.SERVICE.equals(event.eventType())
        && (event.endDate() == null || event.endDate().isAfter(died))) {
      add(event, "insight.problem.serviceAfterDeath", died.toString());
    }
  }

  /**
   * NHS England's own event key (cld-r1 reference §1.1): person, start, client type, event type,
   * service type, component and delivery mechanism, compared case-insensitively.
   */
  private static String key(Map<String, String> values) {
    StringBuilder key = new StringBuilder();
    for (String column :
        List.of(
            "LA_Person_Unique_Identifier",
            "Event_Start_Date",
            "Client_Type",
            "Event_Type",
            "Request_Route_of_Access",
            "Service_Type",
            "Service_Component",
            "Delivery_Mechanism",
            "Assessment_Type")) {
      key.append(values.getOrDefault(column, "").strip().toLowerCase(java.util.Locale.ROOT))
          .append('\u001f');
    }
    return key.toString();
  }

  private void add(CldEvent event, String key, String detail) {
    problems.add(problem(event, key, detail));
  }

  private static Problem problem(CldEvent event, String key, String detail) {
    return new Problem(event.reference(), event.eventType(), key, detail, event.recordPath());
  }
}

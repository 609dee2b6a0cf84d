package org.strengths.person;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;
import org.strengths.platform.ReferenceData;

/**
 * A person's CLD context (Client_Type, Primary_Support_Reason, …). A change adds a row with the
 * date it applies from and never overwrites, so the value on any past date can be told.
 */
@Service
class PersonContext {

  static final int MAX_YEARS_AHEAD = 1;

  private final JdbcClient jdbc;
  private final ReferenceData referenceData;
  private final AuditLog audit;
  private final Chronology chronology;
  private final PersonText text;
  private final Clock clock;

  PersonContext(
      JdbcClient jdbc,
      ReferenceData referenceData,
      AuditLog audit,
      Chronology chronology,
      PersonText text,
      Clock clock) {
    this.jdbc = jdbc;
    this.referenceData = referenceData;
    this.audit = audit;
    this.chronology = chronology;
    this.text = text;
    this.clock = clock;
  }

  /** One recorded value. */
  record Entry(
      CldField field,
      String code,
      String listVersion,
      LocalDate effectiveFrom,
      Instant recordedAt,
      String recordedBy) {}

  /** Every value recorded for the person, the latest effective date first. */
  List<Entry> history(UUID personId) {
    return jdbc.sql(
            """
            SELECT field, code, list_version, effective_from, recorded_at, recorded_by
            FROM person_context WHERE person_id = :person
            ORDER BY effective_from DESC, recorded_at DESC, id DESC
            """)
        .param("person", personId)
        .query(
            (rs, row) ->
                new Entry(
                    CldField.ofListName(rs.getString("field")).orElseThrow(),
                    rs.getString("code"),
                    rs.getString("list_version"),
                    rs.getObject("effective_from", LocalDate.class),
                    rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                    rs.getString("recorded_by")))
        .list();
  }

  /**
   * The value of each field on {@code date}: the one with the latest effective date on or before it
   * (the latest recorded, if two share a date). Fields never recorded are left out.
   */
  Map<CldField, Entry> on(UUID personId, LocalDate date) {
    Map<CldField, Entry> current = new EnumMap<>(CldField.class);
    for (Entry entry : history(personId)) {
      if (!entry.effectiveFrom().isAfter(date)) {
        current.putIfAbsent(entry.field(), entry);
      }
    }
    return current;
  }

  Map<CldField, Entry> today(UUID personId) {
    return on(personId, LocalDate.now(clock));
  }

  /** The values someone can choose for a field on a date (today's list before any release). */
  List<ReferenceData.ListValue> choices(CldField field, LocalDate date) {
    List<ReferenceData.ListValue> values = referenceData.current(field.listName, date);
    return values.isEmpty() ? referenceData.current(field.listName) : values;
  }

  /** What happened when someone saved the context page. */
  record Outcome(Map<String, String> problems, List<CldField> changed) {}

  /**
   * Records the chosen values that differ from those in force on {@code effectiveFrom}. A blank
   * choice leaves the field as it is.
   */
  @Transactional
  Outcome record(
      UUID personId, Map<CldField, String> chosen, LocalDate effectiveFrom, StaffMember by) {
    Map<String, String> problems = new LinkedHashMap<>();
    checkDate(problems, effectiveFrom);
    Map<CldField, ReferenceData.ListValue> values = new EnumMap<>(CldField.class);
    LocalDate listDate = effectiveFrom == null ? LocalDate.now(clock) : effectiveFrom;
    chosen.forEach(
        (field, code) -> {
          if (code == null || code.isBlank()) {
            return;
          }
          choices(field, listDate).stream()
              .filter(value -> value.code().equals(code))
              .findFirst()
              .ifPresentOrElse(
                  value -> values.put(field, value),
                  () -> problems.put(field.formField, text.get("person.error.context.notInList")));
        });
    if (!problems.isEmpty()) {
      return new Outcome(problems, List.of());
    }
    Map<CldField, Entry> before = on(personId, effectiveFrom);
    List<CldField> changed = new ArrayList<>();
    values.forEach(
        (field, value) -> {
          Entry was = before.get(field);
          if (was == null || !was.code().equals(value.code())) {
            changed.add(field);
          }
        });
    if (changed.isEmpty()) {
      problems.put(CldField.CLIENT_TYPE.formField, text.get("person.error.context.unchanged"));
      return new Outcome(problems, List.of());
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    changed.forEach(field -> insert(personId, values.get(field), effectiveFrom, by, now));
    audit.record(personId, "context", "change");
    chronology.add(
        personId,
        "context-changed",
        text.get(
            "person.chronology.contextChanged",
            String.join(", ", changed.stream().map(field -> text.get(field.labelKey())).toList()),
            ChangeHistory.date(effectiveFrom)));
    return new Outcome(Map.of(), changed);
  }

  private void checkDate(Map<String, String> problems, LocalDate effectiveFrom) {
    LocalDate today = LocalDate.now(clock);
    if (effectiveFrom == null) {
      problems.put("effectiveFrom", text.get("person.error.effectiveFrom.required"));
    } else if (effectiveFrom.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
      problems.put("effectiveFrom", text.get("person.error.effectiveFrom.tooFarAhead"));
    } else if (effectiveFrom.isBefore(today.minusYears(PersonRules.MAX_AGE_YEARS))) {
      problems.put("effectiveFrom", text.get("person.error.effectiveFrom.tooOld"));
    }
  }

  private void insert(
      UUID personId,
      ReferenceData.ListValue value,
      LocalDate effectiveFrom,
      StaffMember by,
      Instant now) {
    jdbc.sql(
            """
            INSERT INTO person_context (person_id, field, code, list_version, effective_from,
              recorded_at, recorded_by, recorded_by_username)
            VALUES (:person, :field, :code, :version, :from, :at, :by, :username)
            """)
        .param("person", personId)
        .param("field", value.listName())
        .param("code", value.code())
        .param("version", value.listVersion())
        .param("from", effectiveFrom)
        .param("at", PersonStore.utc(now))
        .param("by", by.displayName())
        .param("username", by.getUsername())
        .update();
  }
}

package org.strengths.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;
import org.strengths.platform.PracticeMetrics;
import org.strengths.platform.ReferenceData;

/**
 * The CLD events derived from practice. Deriving again (the same source) rewrites only the derived
 * codes under the same reference; a manager's correction is kept and still wins.
 */
@Service
class AssessmentCldEvents {

  static final String EVENT_TYPE = "Event_Type";
  static final String ASSESSMENT_TYPE = "Assessment_Type";
  static final String EVENT_OUTCOME = "Event_Outcome";
  static final String ROUTE_OF_ACCESS = "Request_Route_of_Access";

  private final JdbcClient jdbc;
  private final ReferenceData referenceData;
  private final AuditLog audit;
  private final Clock clock;
  private final PracticeMetrics metrics;

  AssessmentCldEvents(
      JdbcClient jdbc,
      ReferenceData referenceData,
      AuditLog audit,
      Clock clock,
      PracticeMetrics metrics) {
    this.metrics = metrics;
    this.jdbc = jdbc;
    this.referenceData = referenceData;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  void derive(UUID personId, CldEventRule.Derived event, String username) {
    jdbc.sql(
            """
            INSERT INTO cld_event (id, reference, person_id, source_kind, source_id, start_date,
              end_date, derived_event_type, derived_assessment_type, derived_description,
              derived_outcome, derived_route_of_access, derived_at, created_at, created_by,
              updated_at, updated_by)
            VALUES (:id, :reference, :person, :kind, :source, :start, :end, :type, :assessmentType,
              :description, :outcome, :route, :now, :now, :by, :now, :by)
            ON CONFLICT (reference) DO UPDATE SET
              start_date = EXCLUDED.start_date, end_date = EXCLUDED.end_date,
              derived_event_type = EXCLUDED.derived_event_type,
              derived_assessment_type = EXCLUDED.derived_assessment_type,
              derived_description = EXCLUDED.derived_description,
              derived_outcome = EXCLUDED.derived_outcome,
              derived_route_of_access = EXCLUDED.derived_route_of_access,
              derived_at = EXCLUDED.derived_at, updated_at = EXCLUDED.updated_at,
              updated_by = EXCLUDED.updated_by, version = cld_event.version + 1
            """)
        .param("id", UUID.randomUUID())
        .param("reference", event.reference())
        .param("person", personId)
        .param("kind", event.sourceKind())
        .param("source", event.sourceId())
        .param("start", event.startDate())
        .param("end", event.endDate())
        .param("type", event.eventType())
        .param("assessmentType", event.assessmentType())
        .param("description", event.description())
        .param("outcome", event.outcome())
        .param("route", event.routeOfAccess())
        .param("now", AssessmentStore.utc(clock.instant()))
        .param("by", username)
        .update();
    metrics.cldEventDerived();
  }

  /** Events of the people allocated to a team, oldest first. */
  List<CldEventView> forTeam(UUID teamId) {
    return jdbc.sql(
            """
            SELECT e.*, p.first_name, p.preferred_name, p.last_name FROM cld_event e
            JOIN person_directory p ON p.id = e.person_id
            WHERE p.team_id = :team ORDER BY e.start_date, e.reference
            """)
        .param("team", teamId)
        .query((rs, row) -> read(rs))
        .list();
  }

  /** The names of the people allocated to a team (from the person module's published view). */
  java.util.Map<UUID, String> teamPeople(UUID teamId) {
    java.util.Map<UUID, String> names = new java.util.LinkedHashMap<>();
    jdbc.sql(
            """
            SELECT id, first_name, preferred_name, last_name FROM person_directory
            WHERE team_id = :team ORDER BY last_name, first_name, id
            """)
        .param("team", teamId)
        .query(
            rs -> {
              String preferred = rs.getString("preferred_name");
              String first =
                  preferred == null || preferred.isBlank() ? rs.getString("first_name") : preferred;
              names.put(rs.getObject("id", UUID.class), first + " " + rs.getString("last_name"));
            });
    return names;
  }

  List<CldEventView> forPerson(UUID personId) {
    return jdbc.sql(
            """
            SELECT e.*, p.first_name, p.preferred_name, p.last_name FROM cld_event e
            JOIN person_directory p ON p.id = e.person_id
            WHERE e.person_id = :person ORDER BY e.start_date, e.reference
            """)
        .param("person", personId)
        .query((rs, row) -> read(rs))
        .list();
  }

  Optional<CldEventView> find(UUID id) {
    return jdbc.sql(
            """
            SELECT e.*, p.first_name, p.preferred_name, p.last_name FROM cld_event e
            JOIN person_directory p ON p.id = e.person_id WHERE e.id = :id
            """)
        .param("id", id)
        .query((rs, row) -> read(rs))
        .optional();
  }

  /** The codes a manager chose, replacing the derived ones, with why. */
  record Correction(
      String eventType,
      String assessmentType,
      String description,
      String outcome,
      String routeOfAccess,
      String reason) {}

  @Transactional
  boolean correct(CldEventView event, int versionSeen, Correction correction, StaffMember staff) {
    int updated =
        jdbc.sql(
                """
                UPDATE cld_event SET corrected_event_type = :type,
                  corrected_assessment_type = :assessmentType, corrected_description = :description,
                  corrected_outcome = :outcome, corrected_route_of_access = :route,
                  correction_reason = :reason, corrected_by = :name, corrected_at = :now,
                  updated_at = :now, updated_by = :by, version = version + 1
                WHERE id = :id AND version = :version
                """)
            .param("type", correction.eventType())
            .param("assessmentType", correction.assessmentType())
            .param("description", correction.description())
            .param("outcome", correction.outcome())
            .param("route", correction.routeOfAccess())
            .param("reason", correction.reason())
            .param("name", staff.displayName())
            .param("now", AssessmentStore.utc(clock.instant()))
            .param("by", staff.getUsername())
            .param("id", event.id())
            .param("version", versionSeen)
            .update();
    if (updated == 1) {
      audit.record(
          event.personId(), "cld-events", "correct", correction.reason(), event.reference());
    }
    return updated == 1;
  }

  /** The defined lists in force on {@code date}, for checking and for the correction form. */
  DataQualityRule.Lists lists(LocalDate date) {
    return new DataQualityRule.Lists(
        codes(EVENT_TYPE, date),
        codes(ASSESSMENT_TYPE, date),
        codes(EVENT_OUTCOME, date),
        codes(ROUTE_OF_ACCESS, date));
  }

  List<ReferenceData.ListValue> choices(String list) {
    return referenceData.current(list);
  }

  private Set<String> codes(String list, LocalDate date) {
    Set<String> codes = new HashSet<>();
    referenceData.current(list, date).forEach(value -> codes.add(value.code()));
    return codes;
  }

  private static CldEventView read(ResultSet rs) throws SQLException {
    OffsetDateTime correctedAt = rs.getObject("corrected_at", OffsetDateTime.class);
    String preferred = rs.getString("preferred_name");
    String first =
        preferred == null || preferred.isBlank() ? rs.getString("first_name") : preferred;
    return new CldEventView(
        rs.getObject("id", UUID.class),
        rs.getString("reference"),
        rs.getObject("person_id", UUID.class),
        first + " " + rs.getString("last_name"),
        rs.getString("source_kind"),
        rs.getObject("source_id", UUID.class),
        rs.getObject("start_date", LocalDate.class),
        rs.getObject("end_date", LocalDate.class),
        rs.getString("derived_event_type"),
        rs.getString("derived_assessment_type"),
        rs.getString("derived_description"),
        rs.getString("derived_outcome"),
        rs.getString("derived_route_of_access"),
        rs.getString("corrected_event_type"),
        rs.getString("corrected_assessment_type"),
        rs.getString("corrected_description"),
        rs.getString("corrected_outcome"),
        rs.getString("corrected_route_of_access"),
        rs.getString("correction_reason"),
        rs.getString("corrected_by"),
        correctedAt == null ? null : correctedAt.toInstant(),
        rs.getInt("version"));
  }
}

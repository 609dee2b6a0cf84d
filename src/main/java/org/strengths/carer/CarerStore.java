package org.strengths.carer;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.platform.statute.WellbeingArea;

/** Reads and writes carers' links and assessments. Saves are guarded by the row's version. */
@Repository
class CarerStore {

  private final JdbcClient jdbc;

  CarerStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // ---- links

  void insertLink(CarerLink link, String by, Instant now) {
    jdbc.sql(
            """
            INSERT INTO carer_link (id, carer_id, cared_for_id, relationship, consent_given,
              consent_date, consent_given_by, created_at, created_by, updated_at, updated_by)
            VALUES (:id, :carer, :caredFor, :relationship, :consent, :consentDate, :consentBy,
              :now, :by, :now, :by)
            """)
        .param("id", link.id())
        .param("carer", link.carerId())
        .param("caredFor", link.caredForId())
        .param("relationship", link.relationship())
        .param("consent", link.consentGiven())
        .param("consentDate", link.consentDate())
        .param("consentBy", link.consentGivenBy())
        .param("now", utc(now))
        .param("by", by)
        .update();
  }

  Optional<CarerLink> link(UUID id) {
    return jdbc.sql("SELECT * FROM carer_link WHERE id = :id")
        .param("id", id)
        .query(CarerStore::link)
        .optional();
  }

  Optional<CarerLink> link(UUID carerId, UUID caredForId) {
    return jdbc.sql("SELECT * FROM carer_link WHERE carer_id = :carer AND cared_for_id = :caredFor")
        .param("carer", carerId)
        .param("caredFor", caredForId)
        .query(CarerStore::link)
        .optional();
  }

  /** Who cares for this person, oldest link first. */
  List<CarerLink> carersOf(UUID caredForId) {
    return jdbc.sql("SELECT * FROM carer_link WHERE cared_for_id = :id ORDER BY created_at, id")
        .param("id", caredForId)
        .query(CarerStore::link)
        .list();
  }

  /** Whom this carer cares for. */
  List<CarerLink> caredForBy(UUID carerId) {
    return jdbc.sql("SELECT * FROM carer_link WHERE carer_id = :id ORDER BY created_at, id")
        .param("id", carerId)
        .query(CarerStore::link)
        .list();
  }

  // ---- assessments

  @Transactional
  void insertAssessment(UUID id, UUID carerId, CarerConversation c, String by, Instant now) {
    jdbc.sql(
            """
            INSERT INTO carer_assessment (id, carer_id, link_id, conversation_date, created_at,
              created_by, updated_at, updated_by)
            VALUES (:id, :carer, :link, :date, :now, :by, :now, :by)
            """)
        .param("id", id)
        .param("carer", carerId)
        .param("link", c.linkId())
        .param("date", c.conversationDate())
        .param("now", utc(now))
        .param("by", by)
        .update();
    writeConversation(id, c);
    writeChildren(id, c);
  }

  /** Saves the conversation if the row is still at {@code version}; false if someone was first. */
  @Transactional
  boolean updateConversation(UUID id, int version, CarerConversation c, String by, Instant now) {
    int updated =
        jdbc.sql(
                """
                UPDATE carer_assessment SET version = version + 1, updated_at = :now,
                  updated_by = :by
                WHERE id = :id AND version = :version
                """)
            .param("id", id)
            .param("version", version)
            .param("now", utc(now))
            .param("by", by)
            .update();
    if (updated == 0) {
      return false;
    }
    writeConversation(id, c);
    jdbc.sql("DELETE FROM carer_assessment_quote WHERE assessment_id = :id")
        .param("id", id)
        .update();
    jdbc.sql("DELETE FROM carer_assessment_wellbeing WHERE assessment_id = :id")
        .param("id", id)
        .update();
    writeChildren(id, c);
    return true;
  }

  @Transactional
  boolean updateEligibility(UUID id, int version, CarerEligibility e, String by, Instant now) {
    CarerEligibility.Decision d = e.decision();
    int updated =
        jdbc.sql(
                """
                UPDATE carer_assessment SET version = version + 1, updated_at = :now,
                  updated_by = :by, necessary_care = :necessary, health_deteriorating = :health,
                  health_notes = :healthNotes, significant_impact = :impact,
                  impact_rationale = :rationale, suggestion = :suggestion,
                  decision_eligible = :eligible, decision_reason = :reason,
                  decided_at = :decidedAt, decided_by = :decidedBy
                WHERE id = :id AND version = :version
                """)
            .param("id", id)
            .param("version", version)
            .param("now", utc(now))
            .param("by", by)
            .param("necessary", e.necessaryCare())
            .param("health", e.healthDeteriorating())
            .param("healthNotes", e.healthNotes())
            .param("impact", e.significantImpact())
            .param("rationale", e.impactRationale())
            .param("suggestion", d == null ? null : d.suggested().name())
            .param("eligible", d == null ? null : d.eligible())
            .param("reason", d == null ? null : d.reason())
            .param("decidedAt", d == null ? null : utc(d.decidedAt()))
            .param("decidedBy", d == null ? null : d.decidedBy())
            .update();
    if (updated == 0) {
      return false;
    }
    jdbc.sql("DELETE FROM carer_assessment_outcome WHERE assessment_id = :id")
        .param("id", id)
        .update();
    e.outcomes()
        .forEach(
            (outcome, answer) ->
                jdbc.sql(
                        """
                        INSERT INTO carer_assessment_outcome (assessment_id, outcome, status,
                          reasons, notes)
                        VALUES (:id, :outcome, :status, :reasons, :notes)
                        """)
                    .param("id", id)
                    .param("outcome", outcome.field())
                    .param("status", answer.status().name())
                    .param(
                        "reasons",
                        answer.reasons().stream().map(Enum::name).sorted().toArray(String[]::new))
                    .param("notes", e.outcomeNotes().get(outcome))
                    .update());
    return true;
  }

  Optional<CarerAssessment> assessment(UUID id) {
    return jdbc.sql("SELECT * FROM carer_assessment WHERE id = :id")
        .param("id", id)
        .query((rs, row) -> assessment(rs, row))
        .optional();
  }

  /** The carer's assessments, newest conversation first. */
  List<CarerAssessment> assessmentsOf(UUID carerId) {
    return jdbc.sql(
            """
            SELECT * FROM carer_assessment WHERE carer_id = :carer
            ORDER BY conversation_date DESC, created_at DESC
            """)
        .param("carer", carerId)
        .query((rs, row) -> assessment(rs, row))
        .list();
  }

  /** Assessments of the people who care for this person, for the carers list. */
  Map<UUID, List<CarerAssessment>> assessmentsByLink(List<UUID> linkIds) {
    Map<UUID, List<CarerAssessment>> byLink = new LinkedHashMap<>();
    if (linkIds.isEmpty()) {
      return byLink;
    }
    jdbc.sql(
            """
            SELECT * FROM carer_assessment WHERE link_id IN (:links)
            ORDER BY conversation_date DESC, created_at DESC
            """)
        .param("links", linkIds)
        .query((rs, row) -> assessment(rs, row))
        .list()
        .forEach(a -> byLink.computeIfAbsent(a.linkId(), k -> new ArrayList<>()).add(a));
    return byLink;
  }

  private void writeConversation(UUID id, CarerConversation c) {
    jdbc.sql(
            """
            UPDATE carer_assessment SET link_id = :link, conversation_date = :date,
              what_matters = :whatMatters, able_now = :ableNow, willing_now = :willingNow,
              able_future = :ableFuture, willing_future = :willingFuture,
              able_willing_notes = :ableWillingNotes, carer_outcomes = :carerOutcomes,
              activities_now = :activitiesNow, activities_wished = :activitiesWished,
              network_support = :networkSupport, people_involved = :peopleInvolved,
              practitioner_summary = :practitionerSummary, fluctuation = :fluctuation,
              record_given_date = :recordGivenDate, record_given_format = :recordGivenFormat
            WHERE id = :id
            """)
        .param("id", id)
        .param("link", c.linkId())
        .param("date", c.conversationDate())
        .param("whatMatters", c.whatMatters())
        .param("ableNow", c.ableNow())
        .param("willingNow", c.willingNow())
        .param("ableFuture", c.ableFuture())
        .param("willingFuture", c.willingFuture())
        .param("ableWillingNotes", c.ableWillingNotes())
        .param("carerOutcomes", c.carerOutcomes())
        .param("activitiesNow", c.activitiesNow())
        .param("activitiesWished", c.activitiesWished())
        .param("networkSupport", c.networkSupport())
        .param("peopleInvolved", c.peopleInvolved())
        .param("practitionerSummary", c.practitionerSummary())
        .param("fluctuation", c.fluctuation())
        .param("recordGivenDate", c.recordGivenDate())
        .param("recordGivenFormat", c.recordGivenFormat())
        .update();
  }

  private void writeChildren(UUID id, CarerConversation c) {
    for (int i = 0; i < c.quotes().size(); i++) {
      CarerConversation.Quote quote = c.quotes().get(i);
      jdbc.sql(
              """
              INSERT INTO carer_assessment_quote (assessment_id, position, quote, said_by)
              VALUES (:id, :position, :quote, :saidBy)
              """)
          .param("id", id)
          .param("position", i)
          .param("quote", quote.quote())
          .param("saidBy", quote.saidBy())
          .update();
    }
    c.wellbeing()
        .forEach(
            (area, impact) ->
                jdbc.sql(
                        """
                        INSERT INTO carer_assessment_wellbeing (assessment_id, area, impact)
                        VALUES (:id, :area, :impact)
                        """)
                    .param("id", id)
                    .param("area", area.name())
                    .param("impact", impact)
                    .update());
  }

  private CarerAssessment assessment(ResultSet rs, int row) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    CarerConversation conversation =
        new CarerConversation(
            rs.getObject("link_id", UUID.class),
            rs.getObject("conversation_date", LocalDate.class),
            rs.getString("what_matters"),
            quotes(id),
            rs.getString("able_now"),
            rs.getString("willing_now"),
            rs.getString("able_future"),
            rs.getString("willing_future"),
            rs.getString("able_willing_notes"),
            wellbeing(id),
            rs.getString("carer_outcomes"),
            rs.getString("activities_now"),
            rs.getString("activities_wished"),
            rs.getString("network_support"),
            rs.getString("people_involved"),
            rs.getString("practitioner_summary"),
            rs.getString("fluctuation"),
            rs.getObject("record_given_date", LocalDate.class),
            rs.getString("record_given_format"));
    return new CarerAssessment(
        id,
        rs.getObject("carer_id", UUID.class),
        rs.getObject("link_id", UUID.class),
        conversation,
        eligibility(id, rs),
        instant(rs, "created_at"),
        rs.getString("created_by"),
        instant(rs, "updated_at"),
        rs.getString("updated_by"),
        rs.getInt("version"));
  }

  private CarerEligibility eligibility(UUID id, ResultSet rs) throws SQLException {
    Map<CarerOutcome, CarerEligibilityRule.OutcomeAnswer> outcomes =
        new EnumMap<>(CarerOutcome.class);
    Map<CarerOutcome, String> notes = new EnumMap<>(CarerOutcome.class);
    jdbc.sql(
            "SELECT outcome, status, reasons, notes FROM carer_assessment_outcome WHERE assessment_id = :id")
        .param("id", id)
        .query(
            (r, n) -> {
              CarerOutcome outcome = CarerOutcome.ofField(r.getString("outcome"));
              if (outcome != null) {
                outcomes.put(
                    outcome,
                    new CarerEligibilityRule.OutcomeAnswer(
                        CarerOutcomeStatus.of(r.getString("status")),
                        reasons(r.getArray("reasons"))));
                if (r.getString("notes") != null) {
                  notes.put(outcome, r.getString("notes"));
                }
              }
              return outcome;
            })
        .list();
    Object eligible = rs.getObject("decision_eligible");
    CarerEligibility.Decision decision =
        eligible == null
            ? null
            : new CarerEligibility.Decision(
                (Boolean) eligible,
                rs.getString("decision_reason"),
                CarerEligibilityRule.Suggestion.valueOf(rs.getString("suggestion")),
                instant(rs, "decided_at"),
                rs.getString("decided_by"));
    return new CarerEligibility(
        (Boolean) rs.getObject("necessary_care"),
        (Boolean) rs.getObject("health_deteriorating"),
        rs.getString("health_notes"),
        outcomes,
        notes,
        (Boolean) rs.getObject("significant_impact"),
        rs.getString("impact_rationale"),
        decision);
  }

  private static Set<CarerUnableReason> reasons(Array array) throws SQLException {
    Set<CarerUnableReason> reasons = new HashSet<>();
    if (array != null) {
      Arrays.stream((String[]) array.getArray())
          .map(CarerUnableReason::of)
          .filter(java.util.Objects::nonNull)
          .forEach(reasons::add);
    }
    return reasons;
  }

  private List<CarerConversation.Quote> quotes(UUID id) {
    return jdbc.sql(
            "SELECT quote, said_by FROM carer_assessment_quote WHERE assessment_id = :id ORDER BY position")
        .param("id", id)
        .query((rs, row) -> new CarerConversation.Quote(rs.getString(1), rs.getString(2)))
        .list();
  }

  private Map<WellbeingArea, String> wellbeing(UUID id) {
    Map<WellbeingArea, String> impacts = new EnumMap<>(WellbeingArea.class);
    jdbc.sql("SELECT area, impact FROM carer_assessment_wellbeing WHERE assessment_id = :id")
        .param("id", id)
        .query((rs, row) -> impacts.put(WellbeingArea.valueOf(rs.getString(1)), rs.getString(2)))
        .list();
    return impacts;
  }

  private static CarerLink link(ResultSet rs, int row) throws SQLException {
    return new CarerLink(
        rs.getObject("id", UUID.class),
        rs.getObject("carer_id", UUID.class),
        rs.getObject("cared_for_id", UUID.class),
        rs.getString("relationship"),
        rs.getBoolean("consent_given"),
        rs.getObject("consent_date", LocalDate.class),
        rs.getString("consent_given_by"),
        instant(rs, "created_at"),
        rs.getString("created_by"),
        rs.getInt("version"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}

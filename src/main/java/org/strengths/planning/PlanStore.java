package org.strengths.planning;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.network.Answer;
import org.strengths.network.CarerCheck;
import org.strengths.platform.Money;
import org.strengths.platform.statute.EligibilityOutcome;
import org.strengths.platform.statute.WellbeingArea;

/** Plans, outcomes and support lines in PostgreSQL. Updates check the version read. */
@Repository
class PlanStore {

  private final JdbcClient jdbc;
  private final Clock clock;

  PlanStore(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  // ---- plans

  Optional<Plan> currentPlan(UUID personId) {
    return jdbc.sql("SELECT * FROM planning_plan WHERE person_id = :person AND status <> 'ENDED'")
        .param("person", personId)
        .query(PlanStore::plan)
        .optional();
  }

  Optional<Plan> plan(UUID planId) {
    return jdbc.sql("SELECT * FROM planning_plan WHERE id = :id")
        .param("id", planId)
        .query(PlanStore::plan)
        .optional();
  }

  UUID insertPlan(UUID personId, LocalDate today, String by) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO planning_plan (id, person_id, status, started_on, created_at, created_by,
              updated_at, updated_by)
            VALUES (:id, :person, 'DRAFT', :today, :now, :by, :now, :by)
            """)
        .param("id", id)
        .param("person", personId)
        .param("today", today)
        .param("now", now())
        .param("by", by)
        .update();
    return id;
  }

  /**
   * Sets the given columns if the plan is still at {@code version}; false if someone saved first.
   * Column names come only from this module's code, never from a request.
   */
  boolean updatePlan(UUID planId, int version, Map<String, Object> columns, String by) {
    StringBuilder sql = new StringBuilder("UPDATE planning_plan SET ");
    columns
        .keySet()
        .forEach(column -> sql.append(column).append(" = :").append(column).append(", "));
    sql.append("updated_at = :now, updated_by = :by, version = version + 1 ")
        .append("WHERE id = :id AND version = :version");
    JdbcClient.StatementSpec statement = jdbc.sql(sql.toString());
    for (Map.Entry<String, Object> column : columns.entrySet()) {
      statement = statement.param(column.getKey(), column.getValue());
    }
    return statement
            .param("now", now())
            .param("by", by)
            .param("id", planId)
            .param("version", version)
            .update()
        == 1;
  }

  /** Bumps the version without other change, so concurrent editors of the plan notice. */
  void touchPlan(UUID planId, String by) {
    jdbc.sql(
            "UPDATE planning_plan SET updated_at = :now, updated_by = :by, version = version + 1"
                + " WHERE id = :id")
        .param("now", now())
        .param("by", by)
        .param("id", planId)
        .update();
  }

  void setSchedule(UUID planId, ReviewSchedule.Due due) {
    jdbc.sql(
            """
            UPDATE planning_plan SET review_kind = :kind, review_opens_on = :opens,
              review_due_on = :due WHERE id = :id
            """)
        .param("kind", due == null ? null : due.kind().name())
        .param("opens", due == null ? null : due.windowOpens())
        .param("due", due == null ? null : due.dueBy())
        .param("id", planId)
        .update();
  }

  void setNextReview(UUID planId, LocalDate date) {
    jdbc.sql("UPDATE planning_plan SET next_review_on = :date WHERE id = :id")
        .param("date", date)
        .param("id", planId)
        .update();
  }

  static Map<String, Object> columns(Object... pairs) {
    Map<String, Object> columns = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      columns.put((String) pairs[i], pairs[i + 1]);
    }
    return columns;
  }

  static Plan plan(ResultSet rs, int row) throws SQLException {
    UUID signOffBy = rs.getObject("sign_off_by", UUID.class);
    PersonalBudget.SignOff signOff =
        signOffBy == null
            ? null
            : new PersonalBudget.SignOff(
                signOffBy,
                rs.getString("sign_off_name"),
                rs.getString("sign_off_reason"),
                money(rs, "sign_off_cost_pence"),
                rs.getObject("sign_off_at", OffsetDateTime.class).toInstant());
    String option = rs.getString("management_option");
    return new Plan(
        rs.getObject("id", UUID.class),
        rs.getObject("person_id", UUID.class),
        Plan.Status.valueOf(rs.getString("status")),
        date(rs, "started_on"),
        date(rs, "agreed_on"),
        date(rs, "last_changed_on"),
        date(rs, "direct_payments_started_on"),
        rs.getString("needs_identified"),
        rs.getString("eligibility"),
        rs.getString("needs_met_how"),
        rs.getString("advice"),
        rs.getString("direct_payment_needs"),
        rs.getString("direct_payment_frequency"),
        rs.getString("involved"),
        (Boolean) rs.getObject("person_agrees"),
        rs.getString("person_view"),
        rs.getString("contingency"),
        date(rs, "next_review_on"),
        date(rs, "copy_given_on"),
        rs.getString("copy_format"),
        money(rs, "indicative_weekly_pence"),
        money(rs, "contribution_weekly_pence"),
        option == null ? null : ManagementOption.valueOf(option),
        signOff,
        rs.getString("review_kind"),
        date(rs, "review_opens_on"),
        date(rs, "review_due_on"),
        rs.getInt("version"),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
        rs.getString("updated_by"),
        date(rs, "ended_by_death_on"));
  }

  // ---- outcomes

  List<Outcome> outcomes(UUID planId) {
    return jdbc.sql("SELECT * FROM planning_outcome WHERE plan_id = :plan ORDER BY position, id")
        .param("plan", planId)
        .query(PlanStore::outcome)
        .list();
  }

  Optional<Outcome> outcome(UUID outcomeId) {
    return jdbc.sql("SELECT * FROM planning_outcome WHERE id = :id")
        .param("id", outcomeId)
        .query(PlanStore::outcome)
        .optional();
  }

  UUID insertOutcome(Plan plan, Outcome typed, String by) {
    UUID id = UUID.randomUUID();
    OffsetDateTime now = now();
    jdbc.sql(
            """
            INSERT INTO planning_outcome (id, plan_id, person_id, words, wellbeing_areas,
              eligibility_outcomes, source_conversation_id, strength_id, gas_minus_2, gas_minus_1, gas_0, gas_plus_1,
              gas_plus_2, gas_weight, position, created_at, created_by, updated_at, updated_by)
            VALUES (:id, :plan, :person, :words, CAST(:areas AS text[]),
              CAST(:eligible AS text[]), :conversation, :strength,
              :g0, :g1, :g2, :g3, :g4, :weight,
              (SELECT coalesce(max(position), 0) + 1 FROM planning_outcome WHERE plan_id = :plan),
              :now, :by, :now, :by)
            """)
        .param("id", id)
        .param("plan", plan.id())
        .param("person", plan.personId())
        .param("words", typed.words())
        .param("areas", areas(typed.wellbeingAreas()))
        .param("eligible", areas(typed.eligibleOutcomes()))
        .param("conversation", typed.sourceConversationId())
        .param("strength", typed.strengthId())
        .param("g0", gas(typed, -2))
        .param("g1", gas(typed, -1))
        .param("g2", gas(typed, 0))
        .param("g3", gas(typed, 1))
        .param("g4", gas(typed, 2))
        .param("weight", typed.gasWeight())
        .param("now", now)
        .param("by", by)
        .update();
    return id;
  }

  boolean updateOutcome(UUID outcomeId, int version, Outcome typed, String by) {
    return jdbc.sql(
                """
                UPDATE planning_outcome SET words = :words, wellbeing_areas = CAST(:areas AS text[]),
                  eligibility_outcomes = CAST(:eligible AS text[]),
                  gas_minus_2 = :g0, gas_minus_1 = :g1, gas_0 = :g2, gas_plus_1 = :g3,
                  gas_plus_2 = :g4, gas_weight = :weight, updated_at = :now, updated_by = :by,
                  version = version + 1
                WHERE id = :id AND version = :version
                """)
            .param("words", typed.words())
            .param("areas", areas(typed.wellbeingAreas()))
            .param("eligible", areas(typed.eligibleOutcomes()))
            .param("g0", gas(typed, -2))
            .param("g1", gas(typed, -1))
            .param("g2", gas(typed, 0))
            .param("g3", gas(typed, 1))
            .param("g4", gas(typed, 2))
            .param("weight", typed.gasWeight())
            .param("now", now())
            .param("by", by)
            .param("id", outcomeId)
            .param("version", version)
            .update()
        == 1;
  }

  private static String gas(Outcome outcome, int level) {
    return outcome.descriptor(level);
  }

  private static String areas(List<? extends Enum<?>> areas) {
    return "{" + String.join(",", areas.stream().map(Enum::name).toList()) + "}";
  }

  private static Outcome outcome(ResultSet rs, int row) throws SQLException {
    List<String> gas = new ArrayList<>();
    for (String column :
        List.of("gas_minus_2", "gas_minus_1", "gas_0", "gas_plus_1", "gas_plus_2")) {
      String value = rs.getString(column);
      if (value != null) {
        gas.add(value);
      }
    }
    Array array = rs.getArray("wellbeing_areas");
    List<WellbeingArea> areas =
        Arrays.stream((String[]) array.getArray())
            .map(WellbeingArea::of)
            .flatMap(Optional::stream)
            .toList();
    List<EligibilityOutcome> eligible =
        Arrays.stream((String[]) rs.getArray("eligibility_outcomes").getArray())
            .map(EligibilityOutcome::of)
            .flatMap(Optional::stream)
            .toList();
    return new Outcome(
        rs.getObject("id", UUID.class),
        rs.getObject("plan_id", UUID.class),
        rs.getObject("person_id", UUID.class),
        rs.getString("words"),
        areas,
        eligible,
        rs.getObject("source_conversation_id", UUID.class),
        rs.getObject("strength_id", UUID.class),
        gas.size() == 5 ? gas : List.of(),
        (Integer) rs.getObject("gas_weight"),
        rs.getInt("position"),
        rs.getInt("version"));
  }

  // ---- support lines

  List<SupportLine> lines(UUID planId) {
    Map<UUID, List<UUID>> links = new LinkedHashMap<>();
    jdbc.sql(
            """
            SELECT l.line_id, l.outcome_id FROM planning_support_line_outcome l
            JOIN planning_outcome o ON o.id = l.outcome_id
            WHERE o.plan_id = :plan ORDER BY o.position
            """)
        .param("plan", planId)
        .query(
            rs -> {
              links
                  .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                  .add(rs.getObject(2, UUID.class));
            });
    return jdbc.sql(
            """
            SELECT * FROM planning_support_line WHERE plan_id = :plan
            ORDER BY array_position(ARRAY['PERSON','NETWORK','COMMUNITY','UNIVERSAL','EQUIPMENT',
              'COMMISSIONED'], kind), created_at, id
            """)
        .param("plan", planId)
        .query((rs, row) -> line(rs, links.getOrDefault(rs.getObject("id", UUID.class), List.of())))
        .list();
  }

  Optional<SupportLine> line(UUID lineId) {
    List<UUID> outcomes =
        jdbc.sql(
                """
                SELECT l.outcome_id FROM planning_support_line_outcome l
                JOIN planning_outcome o ON o.id = l.outcome_id
                WHERE l.line_id = :line ORDER BY o.position
                """)
            .param("line", lineId)
            .query(UUID.class)
            .list();
    return jdbc.sql("SELECT * FROM planning_support_line WHERE id = :id")
        .param("id", lineId)
        .query((rs, row) -> line(rs, outcomes))
        .optional();
  }

  @Transactional
  UUID insertLine(Plan plan, SupportLine typed, String by) {
    UUID id = UUID.randomUUID();
    OffsetDateTime now = now();
    jdbc.sql(
            """
            INSERT INTO planning_support_line (id, plan_id, person_id, kind, help, given_by,
              network_member_id, willing, able, impact_on_them, person_agrees, community_asset_id,
              service_type, service_component, delivery_mechanism, unit_cost_pence, cost_frequency,
              planned_units_per_week, start_on, end_on, suspended_from, suspended_until,
              created_at, created_by, updated_at, updated_by)
            VALUES (:id, :plan, :person, :kind, :help, :givenBy, :member, :willing, :able, :impact,
              :agrees, :asset, :serviceType, :component, :mechanism, :unitCost, :frequency, :units,
              :startOn, :endOn, :suspendedFrom, :suspendedUntil, :now, :by, :now, :by)
            """)
        .param("id", id)
        .param("plan", plan.id())
        .param("person", plan.personId())
        .param("kind", typed.kind().name())
        .params(lineParams(typed))
        .param("now", now)
        .param("by", by)
        .update();
    linkOutcomes(id, typed.outcomeIds());
    return id;
  }

  @Transactional
  boolean updateLine(UUID lineId, int version, SupportLine typed, String by) {
    boolean updated =
        jdbc.sql(
                    """
                    UPDATE planning_support_line SET help = :help, given_by = :givenBy,
                      network_member_id = :member, willing = :willing, able = :able,
                      impact_on_them = :impact, person_agrees = :agrees, community_asset_id = :asset,
                      service_type = :serviceType, service_component = :component,
                      delivery_mechanism = :mechanism, unit_cost_pence = :unitCost,
                      cost_frequency = :frequency, planned_units_per_week = :units,
                      start_on = :startOn, end_on = :endOn, suspended_from = :suspendedFrom,
                      suspended_until = :suspendedUntil, updated_at = :now, updated_by = :by,
                      ended_by_death = false, version = version + 1
                    WHERE id = :id AND version = :version
                    """)
                .params(lineParams(typed))
                .param("now", now())
                .param("by", by)
                .param("id", lineId)
                .param("version", version)
                .update()
            == 1;
    if (updated) {
      jdbc.sql("DELETE FROM planning_support_line_outcome WHERE line_id = :line")
          .param("line", lineId)
          .update();
      linkOutcomes(lineId, typed.outcomeIds());
    }
    return updated;
  }

  private void linkOutcomes(UUID lineId, List<UUID> outcomeIds) {
    for (UUID outcomeId : outcomeIds) {
      jdbc.sql("INSERT INTO planning_support_line_outcome (line_id, outcome_id) VALUES (:l, :o)")
          .param("l", lineId)
          .param("o", outcomeId)
          .update();
    }
  }

  private static Map<String, Object> lineParams(SupportLine line) {
    CarerCheck check = line.check();
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("help", line.help());
    params.put("givenBy", line.givenBy());
    params.put("member", line.networkMemberId());
    params.put("willing", check == null ? null : check.willing().yesNo());
    params.put("able", check == null ? null : check.able().yesNo());
    params.put("impact", check == null ? null : check.impactOnThem());
    params.put("agrees", check == null ? null : check.personAgrees().yesNo());
    params.put("asset", line.communityAssetId());
    params.put("serviceType", line.serviceType() == null ? null : line.serviceType().code());
    params.put("component", line.serviceComponent());
    params.put(
        "mechanism", line.deliveryMechanism() == null ? null : line.deliveryMechanism().code());
    params.put("unitCost", line.unitCost() == null ? null : line.unitCost().pence());
    params.put("frequency", line.costFrequency() == null ? null : line.costFrequency().code());
    params.put("units", line.plannedUnitsPerWeek());
    params.put("startOn", line.startOn());
    params.put("endOn", line.endOn());
    params.put("suspendedFrom", line.suspendedFrom());
    params.put("suspendedUntil", line.suspendedUntil());
    return params;
  }

  static SupportLine line(ResultSet rs, List<UUID> outcomeIds) throws SQLException {
    SupportKind kind = SupportKind.valueOf(rs.getString("kind"));
    CarerCheck check =
        new CarerCheck(
            kind == SupportKind.NETWORK,
            Answer.ofYesNo((Boolean) rs.getObject("willing")),
            Answer.ofYesNo((Boolean) rs.getObject("able")),
            rs.getString("impact_on_them"),
            Answer.ofYesNo((Boolean) rs.getObject("person_agrees")));
    return new SupportLine(
        rs.getObject("id", UUID.class),
        rs.getObject("plan_id", UUID.class),
        kind,
        rs.getString("help"),
        rs.getString("given_by"),
        rs.getObject("network_member_id", UUID.class),
        check,
        rs.getObject("community_asset_id", UUID.class),
        ServiceType.ofCode(rs.getString("service_type")).orElse(null),
        rs.getString("service_component"),
        DeliveryMechanism.ofCode(rs.getString("delivery_mechanism")).orElse(null),
        money(rs, "unit_cost_pence"),
        CostFrequency.ofCode(rs.getString("cost_frequency")).orElse(null),
        rs.getBigDecimal("planned_units_per_week"),
        date(rs, "start_on"),
        date(rs, "end_on"),
        date(rs, "suspended_from"),
        date(rs, "suspended_until"),
        List.copyOf(outcomeIds),
        rs.getInt("version"));
  }

  /** The earliest start of a direct-payment line: when the payments began, for reg 7. */
  LocalDate directPaymentsStarted(UUID planId) {
    return jdbc.sql(
            """
            SELECT min(start_on) FROM planning_support_line
            WHERE plan_id = :plan AND kind = 'COMMISSIONED' AND delivery_mechanism = 'Direct Payment'
            """)
        .param("plan", planId)
        .query(LocalDate.class)
        .optional()
        .orElse(null);
  }

  static Money money(ResultSet rs, String column) throws SQLException {
    long pence = rs.getLong(column);
    return rs.wasNull() ? null : Money.ofPence(pence);
  }

  static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  static BigDecimal decimal(String text) {
    return new BigDecimal(text);
  }

  static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }
}

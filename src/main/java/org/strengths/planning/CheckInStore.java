package org.strengths.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the person says before a review, and the reviews they ask for, in PostgreSQL. */
@Repository
class CheckInStore {

  private final JdbcClient jdbc;

  CheckInStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insertCheckIn(Plan plan, HowItsGoingRules.CheckIn checkIn, Instant at, String byName) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO planning_checkin (id, plan_id, person_id, plan_version, working,
              not_working, life_satisfaction, worthwhile, happy, anxious, written_at,
              written_by_name)
            VALUES (:id, :plan, :person, :version, :working, :notWorking, :life, :worthwhile,
              :happy, :anxious, :at, :by)
            """)
        .param("id", id)
        .param("plan", plan.id())
        .param("person", plan.personId())
        .param("version", plan.version())
        .param("working", checkIn.working())
        .param("notWorking", checkIn.notWorking())
        .param("life", checkIn.ons4().get(Ons4.LIFE_SATISFACTION))
        .param("worthwhile", checkIn.ons4().get(Ons4.WORTHWHILE))
        .param("happy", checkIn.ons4().get(Ons4.HAPPY))
        .param("anxious", checkIn.ons4().get(Ons4.ANXIOUS))
        .param("at", utc(at))
        .param("by", byName)
        .update();
    checkIn
        .ratings()
        .forEach(
            (outcome, rating) ->
                jdbc.sql(
                        "INSERT INTO planning_checkin_rating (checkin_id, outcome_id, rating)"
                            + " VALUES (:c, :o, :r)")
                    .param("c", id)
                    .param("o", outcome)
                    .param("r", rating.name())
                    .update());
  }

  /** When the plan's last review was recorded; check-ins before it belong to that review. */
  Optional<Instant> lastReviewRecorded(UUID planId) {
    return jdbc.sql("SELECT max(created_at) FROM planning_review WHERE plan_id = :plan")
        .param("plan", planId)
        .query(OffsetDateTime.class)
        .optional()
        .map(OffsetDateTime::toInstant);
  }

  /** The newest check-in on the plan written after {@code after} (any, if null). */
  Optional<HowItsGoing.Said> latest(UUID planId, Instant after) {
    Optional<HowItsGoing.Said> said =
        jdbc.sql(
                """
                SELECT * FROM planning_checkin WHERE plan_id = :plan
                  AND (CAST(:after AS timestamptz) IS NULL OR written_at > :after)
                ORDER BY written_at DESC, id LIMIT 1
                """)
            .param("plan", planId)
            .param("after", after == null ? null : utc(after))
            .query((rs, row) -> said(rs))
            .optional();
    return said.map(
        found -> {
          Map<UUID, String> ratings = new LinkedHashMap<>();
          jdbc.sql("SELECT outcome_id, rating FROM planning_checkin_rating WHERE checkin_id = :c")
              .param("c", found.id())
              .query(
                  rs -> {
                    ratings.put(rs.getObject(1, UUID.class), rs.getString(2));
                  });
          return found.withRatings(ratings);
        });
  }

  private static HowItsGoing.Said said(ResultSet rs) throws SQLException {
    Map<String, Integer> ons4 = new LinkedHashMap<>();
    answer(rs, "life_satisfaction", Ons4.LIFE_SATISFACTION, ons4);
    answer(rs, "worthwhile", Ons4.WORTHWHILE, ons4);
    answer(rs, "happy", Ons4.HAPPY, ons4);
    answer(rs, "anxious", Ons4.ANXIOUS, ons4);
    return new HowItsGoing.Said(
        rs.getObject("id", UUID.class),
        rs.getObject("written_at", OffsetDateTime.class).toInstant(),
        rs.getString("written_by_name"),
        Map.of(),
        rs.getString("working"),
        rs.getString("not_working"),
        ons4);
  }

  private static void answer(ResultSet rs, String column, String id, Map<String, Integer> into)
      throws SQLException {
    Object value = rs.getObject(column);
    if (value != null) {
      into.put(id, ((Number) value).intValue());
    }
  }

  void insertAsked(Plan plan, String reason, Instant at, String byName) {
    jdbc.sql(
            """
            INSERT INTO planning_review_asked (id, plan_id, person_id, reason, asked_at,
              asked_by_name) VALUES (:id, :plan, :person, :reason, :at, :by)
            """)
        .param("id", UUID.randomUUID())
        .param("plan", plan.id())
        .param("person", plan.personId())
        .param("reason", reason)
        .param("at", utc(at))
        .param("by", byName)
        .update();
  }

  /** The reviews the person asked for, newest first. */
  List<HowItsGoing.Asked> askedBy(UUID personId) {
    return jdbc.sql(
            "SELECT * FROM planning_review_asked WHERE person_id = :person"
                + " ORDER BY asked_at DESC, id")
        .param("person", personId)
        .query((rs, row) -> asked(rs))
        .list();
  }

  Optional<HowItsGoing.Asked> asked(UUID personId, UUID askedId) {
    return jdbc.sql("SELECT * FROM planning_review_asked WHERE id = :id AND person_id = :person")
        .param("id", askedId)
        .param("person", personId)
        .query((rs, row) -> asked(rs))
        .optional();
  }

  /** Records the decision unless someone decided first; whether it was recorded. */
  boolean decide(
      UUID askedId,
      HowItsGoingRules.Decision decision,
      String reply,
      Instant at,
      String by,
      String byName) {
    return jdbc.sql(
                """
                UPDATE planning_review_asked SET decision = :decision, reply = :reply,
                  decided_at = :at, decided_by = :by, decided_by_name = :name
                WHERE id = :id AND decision IS NULL
                """)
            .param("decision", decision.name())
            .param("reply", reply)
            .param("at", utc(at))
            .param("by", by)
            .param("name", byName)
            .param("id", askedId)
            .update()
        == 1;
  }

  private static HowItsGoing.Asked asked(ResultSet rs) throws SQLException {
    OffsetDateTime decidedAt = rs.getObject("decided_at", OffsetDateTime.class);
    return new HowItsGoing.Asked(
        rs.getObject("id", UUID.class),
        rs.getObject("person_id", UUID.class),
        rs.getObject("asked_at", OffsetDateTime.class).toInstant(),
        rs.getString("asked_by_name"),
        rs.getString("reason"),
        rs.getString("decision"),
        rs.getString("reply"),
        decidedAt == null ? null : decidedAt.toInstant(),
        rs.getString("decided_by_name"));
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}

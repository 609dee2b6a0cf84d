package org.strengths.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reviews, review requests and wellbeing measures in PostgreSQL. */
@Repository
class ReviewStore {

  /** A review as held: what the person said and what it means for the return. */
  record Review(
      UUID id,
      UUID planId,
      LocalDate heldOn,
      PlanningCldEvents.ReviewReason reason,
      String unplannedReason,
      PlanningCldEvents.ReviewMethod method,
      String working,
      String notWorking,
      boolean packageChanged,
      String eventOutcome,
      BigDecimal gasTScore,
      List<Rating> ratings) {}

  /** The person's rating of one outcome at a review. */
  record Rating(UUID outcomeId, OutcomeRating rating, String theirWords, Integer gasScore) {}

  /** One wellbeing measure taken, with its answers by question. */
  record Measure(UUID id, String instrument, LocalDate takenOn, Map<String, Integer> answers) {}

  private final JdbcClient jdbc;

  ReviewStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<LocalDate> lastHeldOn(UUID planId) {
    return jdbc.sql("SELECT max(held_on) FROM planning_review WHERE plan_id = :plan")
        .param("plan", planId)
        .query(LocalDate.class)
        .optional();
  }

  List<ReviewSchedule.UnplannedRequest> openRequests(UUID planId) {
    return jdbc.sql(
            """
            SELECT requested_on, reason FROM planning_review_request
            WHERE plan_id = :plan AND review_id IS NULL ORDER BY requested_on
            """)
        .param("plan", planId)
        .query(
            (rs, row) ->
                new ReviewSchedule.UnplannedRequest(
                    rs.getObject(1, LocalDate.class), rs.getString(2)))
        .list();
  }

  void insertRequest(
      UUID planId, LocalDate requestedOn, String reason, OffsetDateTime now, String by) {
    jdbc.sql(
            """
            INSERT INTO planning_review_request (id, plan_id, requested_on, reason, created_at,
              created_by) VALUES (:id, :plan, :on, :reason, :now, :by)
            """)
        .param("id", UUID.randomUUID())
        .param("plan", planId)
        .param("on", requestedOn)
        .param("reason", reason)
        .param("now", now)
        .param("by", by)
        .update();
  }

  @Transactional
  UUID insertReview(Plan plan, Review review, OffsetDateTime now, String by) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO planning_review (id, plan_id, person_id, held_on, review_reason,
              unplanned_reason, review_method, working, not_working, package_changed,
              event_outcome, gas_t_score, created_at, created_by, updated_at, updated_by)
            VALUES (:id, :plan, :person, :held, :reason, :unplanned, :method, :working,
              :notWorking, :changed, :outcome, :gas, :now, :by, :now, :by)
            """)
        .param("id", id)
        .param("plan", plan.id())
        .param("person", plan.personId())
        .param("held", review.heldOn())
        .param("reason", review.reason().code())
        .param("unplanned", review.unplannedReason())
        .param("method", review.method().code())
        .param("working", review.working())
        .param("notWorking", review.notWorking())
        .param("changed", review.packageChanged())
        .param("outcome", review.eventOutcome())
        .param("gas", review.gasTScore())
        .param("now", now)
        .param("by", by)
        .update();
    for (Rating rating : review.ratings()) {
      jdbc.sql(
              """
              INSERT INTO planning_review_rating (review_id, outcome_id, rating, their_words,
                gas_score) VALUES (:review, :outcome, :rating, :words, :gas)
              """)
          .param("review", id)
          .param("outcome", rating.outcomeId())
          .param("rating", rating.rating().name())
          .param("words", rating.theirWords())
          .param("gas", rating.gasScore())
          .update();
    }
    jdbc.sql(
            "UPDATE planning_review_request SET review_id = :review"
                + " WHERE plan_id = :plan AND review_id IS NULL AND requested_on <= :held")
        .param("review", id)
        .param("plan", plan.id())
        .param("held", review.heldOn())
        .update();
    return id;
  }

  @Transactional
  void insertMeasure(
      Plan plan,
      UUID reviewId,
      WellbeingInstrument instrument,
      LocalDate takenOn,
      Map<String, Integer> answers,
      OffsetDateTime now,
      String by) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO planning_measure (id, person_id, plan_id, review_id, instrument,
              instrument_version, taken_on, created_at, created_by)
            VALUES (:id, :person, :plan, :review, :instrument, :version, :on, :now, :by)
            """)
        .param("id", id)
        .param("person", plan.personId())
        .param("plan", plan.id())
        .param("review", reviewId)
        .param("instrument", instrument.id())
        .param("version", instrument.version())
        .param("on", takenOn)
        .param("now", now)
        .param("by", by)
        .update();
    answers.forEach(
        (question, value) ->
            jdbc.sql(
                    "INSERT INTO planning_measure_answer (measure_id, question_id, value)"
                        + " VALUES (:m, :q, :v)")
                .param("m", id)
                .param("q", question)
                .param("v", value)
                .update());
  }

  /** The person's reviews across all their plans, oldest first, with ratings. */
  List<Review> reviewsOf(UUID personId) {
    Map<UUID, List<Rating>> ratings = new LinkedHashMap<>();
    jdbc.sql(
            """
            SELECT r.review_id, r.outcome_id, r.rating, r.their_words, r.gas_score
            FROM planning_review_rating r JOIN planning_review v ON v.id = r.review_id
            WHERE v.person_id = :person
            """)
        .param("person", personId)
        .query(
            rs -> {
              ratings
                  .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                  .add(
                      new Rating(
                          rs.getObject(2, UUID.class),
                          OutcomeRating.valueOf(rs.getString(3)),
                          rs.getString(4),
                          (Integer) rs.getObject(5)));
            });
    return jdbc.sql(
            "SELECT * FROM planning_review WHERE person_id = :person ORDER BY held_on, created_at")
        .param("person", personId)
        .query(
            (rs, row) -> {
              UUID id = rs.getObject("id", UUID.class);
              return new Review(
                  id,
                  rs.getObject("plan_id", UUID.class),
                  rs.getObject("held_on", LocalDate.class),
                  reason(rs.getString("review_reason")),
                  rs.getString("unplanned_reason"),
                  method(rs.getString("review_method")),
                  rs.getString("working"),
                  rs.getString("not_working"),
                  rs.getBoolean("package_changed"),
                  rs.getString("event_outcome"),
                  rs.getBigDecimal("gas_t_score"),
                  ratings.getOrDefault(id, List.of()));
            })
        .list();
  }

  /** The person's measures of one instrument, oldest first. */
  List<Measure> measuresOf(UUID personId, String instrument) {
    Map<UUID, Map<String, Integer>> answers = new LinkedHashMap<>();
    jdbc.sql(
            """
            SELECT a.measure_id, a.question_id, a.value FROM planning_measure_answer a
            JOIN planning_measure m ON m.id = a.measure_id
            WHERE m.person_id = :person AND m.instrument = :instrument
            """)
        .param("person", personId)
        .param("instrument", instrument)
        .query(
            rs -> {
              answers
                  .computeIfAbsent(rs.getObject(1, UUID.class), k -> new LinkedHashMap<>())
                  .put(rs.getString(2), rs.getInt(3));
            });
    return jdbc.sql(
            """
            SELECT id, instrument, taken_on FROM planning_measure
            WHERE person_id = :person AND instrument = :instrument ORDER BY taken_on, created_at
            """)
        .param("person", personId)
        .param("instrument", instrument)
        .query(
            (rs, row) -> {
              UUID id = rs.getObject(1, UUID.class);
              return new Measure(
                  id,
                  rs.getString(2),
                  rs.getObject(3, LocalDate.class),
                  answers.getOrDefault(id, Map.of()));
            })
        .list();
  }

  private static PlanningCldEvents.ReviewReason reason(String code) {
    return code.equals(PlanningCldEvents.ReviewReason.PLANNED.code())
        ? PlanningCldEvents.ReviewReason.PLANNED
        : PlanningCldEvents.ReviewReason.UNPLANNED;
  }

  private static PlanningCldEvents.ReviewMethod method(String code) {
    for (PlanningCldEvents.ReviewMethod method : PlanningCldEvents.ReviewMethod.values()) {
      if (method.code().equals(code)) {
        return method;
      }
    }
    throw new IllegalStateException("Unknown method of review " + code);
  }
}

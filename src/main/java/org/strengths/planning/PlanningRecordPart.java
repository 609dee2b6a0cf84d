package org.strengths.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strengths.platform.PersonRecordPart;

/**
 * The planning module's part of a person's record: their current outcomes, each with how the person
 * rated it at the latest review, and the plan's next review. One query: the plan in force, its
 * outcomes and each outcome's latest rating.
 */
@Component
class PlanningRecordPart implements PersonRecordPart {

  /**
   * An outcome with its latest progress.
   *
   * @param rating null until a review has rated it
   * @param ratedOn the day of that review
   * @param theirWords what the person said about it then, if anything
   */
  record OutcomeProgress(
      String words, OutcomeRating rating, LocalDate ratedOn, String theirWords) {}

  /** The plan's outcomes, in the plan's order. */
  record Outcomes(boolean agreed, List<OutcomeProgress> outcomes) {}

  /** The plan's next review and whether it is due or overdue today. */
  record NextReview(
      ReviewSchedule.Kind kind, LocalDate opensOn, LocalDate dueOn, ReviewSchedule.Status status) {

    public boolean overdue() {
      return status == ReviewSchedule.Status.OVERDUE;
    }

    public boolean due() {
      return status == ReviewSchedule.Status.DUE;
    }
  }

  private final JdbcClient jdbc;
  private final Clock clock;

  PlanningRecordPart(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  private record Row(
      String status,
      String reviewKind,
      LocalDate opensOn,
      LocalDate dueOn,
      UUID outcomeId,
      OutcomeProgress outcome) {}

  @Override
  public List<Card> cards(Subject person) {
    List<Row> rows =
        jdbc.sql(
                """
                SELECT p.status, p.review_kind, p.review_opens_on, p.review_due_on,
                  o.id AS outcome_id, o.words, r.rating, r.held_on, r.their_words
                FROM planning_plan p
                LEFT JOIN planning_outcome o ON o.plan_id = p.id
                LEFT JOIN LATERAL (
                  SELECT rr.rating, rv.held_on, rr.their_words
                  FROM planning_review_rating rr JOIN planning_review rv ON rv.id = rr.review_id
                  WHERE rr.outcome_id = o.id
                  ORDER BY rv.held_on DESC, rv.created_at DESC
                  LIMIT 1) r ON true
                WHERE p.person_id = :person AND p.status <> 'ENDED'
                ORDER BY o.position
                """)
            .param("person", person.id())
            .query(
                (rs, n) ->
                    new Row(
                        rs.getString("status"),
                        rs.getString("review_kind"),
                        rs.getObject("review_opens_on", LocalDate.class),
                        rs.getObject("review_due_on", LocalDate.class),
                        rs.getObject("outcome_id", UUID.class),
                        new OutcomeProgress(
                            rs.getString("words"),
                            OutcomeRating.of(rs.getString("rating")).orElse(null),
                            rs.getObject("held_on", LocalDate.class),
                            rs.getString("their_words"))))
            .list();
    if (rows.isEmpty()) {
      return List.of();
    }
    Row plan = rows.get(0);
    List<Card> cards = new ArrayList<>();
    cards.add(
        new Card(
            Order.OUTCOMES,
            "planning/record-card",
            "outcomes",
            new Outcomes(
                Plan.Status.AGREED.name().equals(plan.status()),
                rows.stream().filter(row -> row.outcomeId() != null).map(Row::outcome).toList())));
    if (plan.reviewKind() != null && plan.dueOn() != null) {
      ReviewSchedule.Due due =
          new ReviewSchedule.Due(
              ReviewSchedule.Kind.valueOf(plan.reviewKind()), plan.opensOn(), plan.dueOn(), null);
      cards.add(
          new Card(
              Order.NEXT_REVIEW,
              "planning/record-card",
              "review",
              new NextReview(
                  due.kind(), due.windowOpens(), due.dueBy(), due.statusOn(LocalDate.now(clock)))));
    }
    return cards;
  }

  @Override
  public List<Entry> navigation() {
    return List.of(new Entry("plan-link", "planning.record.plan", "plan", 70));
  }
}

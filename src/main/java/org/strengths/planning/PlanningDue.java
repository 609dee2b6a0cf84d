package org.strengths.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What planning has waiting, for lists of work: reviews whose window has opened (from the schedule
 * kept on each plan, as {@link ReviewsDue} reads it) and budgets below the indicative amount that
 * wait for a manager's sign-off. Names are not here: the caller has them from the person module.
 */
@Service
public class PlanningDue {

  /** Plans of the people given. */
  private static final String AMONG = "person_id = ANY(CAST(:ids AS uuid[]))";

  /** Plans of the people in a team, by the person module's published directory. */
  private static final String IN_TEAM =
      "person_id IN (SELECT id FROM person_directory WHERE team_id = :team)";

  /** A review whose window has opened; overdue once {@code dueOn} has passed. */
  public record Review(UUID personId, LocalDate opensOn, LocalDate dueOn, boolean overdue) {}

  /**
   * A budget below the indicative amount that no manager has agreed to at this cost.
   *
   * @param cost the weekly cost, formatted (£)
   * @param indicative the indicative weekly amount, formatted (£)
   */
  public record BudgetToSignOff(UUID personId, String cost, String indicative) {}

  /**
   * A review the person asked for on their own pages that waits for a reply (docs/adr/0114).
   *
   * @param link the page where the practitioner replies
   */
  public record ReviewAsked(UUID personId, java.time.Instant askedAt, String link) {}

  private final JdbcClient jdbc;
  private final java.time.Clock clock;

  PlanningDue(JdbcClient jdbc, java.time.Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Of the people given, the agreed plans whose review window has opened, soonest due first. */
  public List<Review> reviewsOpen(Collection<UUID> personIds) {
    if (personIds.isEmpty()) {
      return List.of();
    }
    return reviews(AMONG, "ids", personIds.toArray(UUID[]::new), false);
  }

  /** The agreed plans of people in the team whose review is overdue, longest overdue first. */
  public List<Review> reviewsOverdue(UUID teamId) {
    return reviews(IN_TEAM, "team", teamId, true);
  }

  /** The next review date of each of the people given who has an agreed plan. */
  public Map<UUID, LocalDate> nextReviews(Collection<UUID> personIds) {
    Map<UUID, LocalDate> due = new HashMap<>();
    if (personIds.isEmpty()) {
      return due;
    }
    jdbc.sql(
            """
            SELECT person_id, review_due_on FROM planning_plan
            WHERE status = 'AGREED' AND review_due_on IS NOT NULL
              AND person_id = ANY(CAST(:ids AS uuid[]))
            """)
        .param("ids", personIds.toArray(UUID[]::new))
        .query(
            rs -> {
              due.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class));
            });
    return due;
  }

  /** Of the people given, the reviews they asked for that wait for a reply, oldest first. */
  public List<ReviewAsked> reviewsAsked(Collection<UUID> personIds) {
    if (personIds.isEmpty()) {
      return List.of();
    }
    return asked(AMONG, "ids", personIds.toArray(UUID[]::new));
  }

  /** The reviews people in the team asked for that wait for a reply, oldest first. */
  public List<ReviewAsked> reviewsAskedInTeam(UUID teamId) {
    return asked(IN_TEAM, "team", teamId);
  }

  private List<ReviewAsked> asked(String whose, String name, Object value) {
    return jdbc.sql(
            "SELECT id, person_id, asked_at FROM planning_review_asked WHERE decision IS NULL AND "
                + whose
                + " ORDER BY asked_at, id")
        .param(name, value)
        .query(
            (rs, row) -> {
              UUID person = rs.getObject("person_id", UUID.class);
              return new ReviewAsked(
                  person,
                  rs.getObject("asked_at", java.time.OffsetDateTime.class).toInstant(),
                  "/people/" + person + "/plan/reviews/asked/" + rs.getObject("id", UUID.class));
            })
        .list();
  }

  private List<Review> reviews(String whose, String name, Object value, boolean overdueOnly) {
    LocalDate today = LocalDate.now(clock);
    return jdbc.sql(
            "SELECT person_id, review_opens_on, review_due_on FROM planning_plan"
                + " WHERE status = 'AGREED' AND review_opens_on <= :today"
                + (overdueOnly ? " AND review_due_on < :today" : "")
                + " AND "
                + whose
                + " ORDER BY review_due_on, person_id")
        .param("today", today)
        .param(name, value)
        .query(
            (rs, row) -> {
              LocalDate due = rs.getObject("review_due_on", LocalDate.class);
              return new Review(
                  rs.getObject("person_id", UUID.class),
                  rs.getObject("review_opens_on", LocalDate.class),
                  due,
                  due.isBefore(today));
            })
        .list();
  }

  /**
   * Plans in force of people in the team whose budget is below the indicative amount and not signed
   * off at its cost (para 11.10). Two queries: the plans with an indicative amount, then their
   * commissioned lines, costed by the same rule as the budget page.
   */
  public List<BudgetToSignOff> budgetsToSignOff(UUID teamId) {
    List<Plan> plans =
        jdbc.sql(
                """
                SELECT * FROM planning_plan
                WHERE status <> 'ENDED' AND indicative_weekly_pence IS NOT NULL
                  AND person_id IN (SELECT id FROM person_directory WHERE team_id = :team)
                ORDER BY updated_at, id
                """)
            .param("team", teamId)
            .query(PlanStore::plan)
            .list();
    if (plans.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<SupportLine>> lines = new HashMap<>();
    jdbc.sql(
            """
            SELECT * FROM planning_support_line
            WHERE kind = 'COMMISSIONED' AND plan_id = ANY(CAST(:plans AS uuid[]))
            """)
        .param("plans", plans.stream().map(Plan::id).toArray(UUID[]::new))
        .query(
            rs -> {
              SupportLine line = PlanStore.line(rs, List.of());
              lines.computeIfAbsent(line.planId(), id -> new ArrayList<>()).add(line);
            });
    LocalDate today = LocalDate.now(clock);
    List<BudgetToSignOff> waiting = new ArrayList<>();
    for (Plan plan : plans) {
      PersonalBudget budget =
          new Plans.Whole(plan, List.of(), lines.getOrDefault(plan.id(), List.of())).budget(today);
      if (budget.needsSignOff()) {
        waiting.add(
            new BudgetToSignOff(
                plan.personId(),
                budget.costWeekly().formatted(),
                budget.indicativeWeekly().formatted()));
      }
    }
    return waiting;
  }
}

package org.strengths.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a death ends in planning (ADR 0174): the person's plan is marked ended by death, so its
 * reviews are no longer due anywhere, and their open services end on the date of death. If the date
 * is removed as recorded in error the plan is reopened and its reviews rescheduled; services ended
 * by it stay ended (they may really have stopped) and the plan lists them to check.
 */
@Service
class PlanDeaths {

  /** A service line ended on a date of death that has since been removed. */
  record LineToCheck(UUID id, String help, LocalDate endOn, LocalDate endOnBefore) {}

  private static final String SYSTEM = "system";

  private final JdbcClient jdbc;
  private final Plans plans;
  private final PlanStore store;

  PlanDeaths(JdbcClient jdbc, Plans plans, PlanStore store) {
    this.jdbc = jdbc;
    this.plans = plans;
    this.store = store;
  }

  @Transactional
  void died(UUID personId, LocalDate diedOn) {
    store
        .currentPlan(personId)
        .ifPresent(
            plan -> {
              jdbc.sql(
                      """
                      UPDATE planning_plan SET ended_by_death_on = :died, updated_at = :now,
                        updated_by = :by, version = version + 1
                      WHERE id = :id
                      """)
                  .param("died", diedOn)
                  .param("now", store.now())
                  .param("by", SYSTEM)
                  .param("id", plan.id())
                  .update();
              plans.reschedule(plan.id());
            });
    record Line(UUID id, LocalDate startOn, LocalDate endOn, boolean endedByDeath) {}
    List<Line> lines =
        jdbc.sql(
                """
                SELECT l.id, l.start_on, l.end_on, l.ended_by_death FROM planning_support_line l
                JOIN planning_plan p ON p.id = l.plan_id
                WHERE l.person_id = :person AND l.kind = 'COMMISSIONED' AND p.status <> 'DRAFT'
                """)
            .param("person", personId)
            .query(
                (rs, row) ->
                    new Line(
                        rs.getObject("id", UUID.class),
                        rs.getObject("start_on", LocalDate.class),
                        rs.getObject("end_on", LocalDate.class),
                        rs.getBoolean("ended_by_death")))
            .list();
    for (Line line : lines) {
      ServiceEndsAtDeath.newEnd(line.startOn(), line.endOn(), line.endedByDeath(), diedOn)
          .ifPresent(
              end ->
                  jdbc.sql(
                          """
                          UPDATE planning_support_line SET end_on = :end,
                            end_on_before_death = CASE WHEN ended_by_death
                              THEN end_on_before_death ELSE end_on END,
                            ended_by_death = true, updated_at = :now, updated_by = :by,
                            version = version + 1
                          WHERE id = :id
                          """)
                      .param("end", end)
                      .param("now", store.now())
                      .param("by", SYSTEM)
                      .param("id", line.id())
                      .update());
    }
  }

  @Transactional
  void deathRemoved(UUID personId) {
    List<UUID> ended =
        jdbc.sql(
                "SELECT id FROM planning_plan WHERE person_id = :person"
                    + " AND ended_by_death_on IS NOT NULL")
            .param("person", personId)
            .query(UUID.class)
            .list();
    for (UUID planId : ended) {
      jdbc.sql(
              """
              UPDATE planning_plan SET ended_by_death_on = NULL, updated_at = :now,
                updated_by = :by, version = version + 1
              WHERE id = :id
              """)
          .param("now", store.now())
          .param("by", SYSTEM)
          .param("id", planId)
          .update();
      plans.reschedule(planId);
    }
  }

  /**
   * Services that a death ended, when the person is no longer recorded as dead: nobody has looked
   * at them since (saving a line clears its mark).
   */
  List<LineToCheck> linesToCheck(Plan plan) {
    if (plan.endedByDeath()) {
      return List.of();
    }
    return jdbc.sql(
            """
            SELECT id, help, end_on, end_on_before_death FROM planning_support_line
            WHERE plan_id = :plan AND ended_by_death ORDER BY end_on, id
            """)
        .param("plan", plan.id())
        .query(
            (rs, row) ->
                new LineToCheck(
                    rs.getObject("id", UUID.class),
                    rs.getString("help"),
                    rs.getObject("end_on", LocalDate.class),
                    rs.getObject("end_on_before_death", LocalDate.class)))
        .list();
  }
}

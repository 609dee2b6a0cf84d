package org.strengths.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Did it work?": of the people whose first request (first conversation) fell in a month, the share
 * who went on to long-term support (a first agreed plan) within 3, 6 and 12 months; the same before
 * and after the date the council set; and the cost that difference would have avoided on the
 * assumptions the analyst gives. All read from the flow read model; observational, never proof (ADR
 * 0131).
 */
@Component
class CohortOutcomes {

  static final List<Integer> WINDOWS = List.of(3, 6, 12);
  static final int MONTHS_SHOWN = 24;

  /** A share that is known only once everyone in it has been followed for long enough. */
  record Share(FlowFigure share, boolean known) {
    public String text() {
      return known ? share.text() : "";
    }
  }

  /** One month's cohort. */
  record Cohort(YearMonth month, FlowFigure people, List<Share> within) {}

  /** Before and after the go-live date, for one follow-up window. */
  record Comparison(
      int months,
      long beforePeople,
      long beforeStarts,
      long afterPeople,
      long afterStarts,
      FlowFigure beforePeopleShown,
      FlowFigure beforeShare,
      FlowFigure afterPeopleShown,
      FlowFigure afterShare) {}

  /** The council's go-live date and what began then. */
  record GoLive(LocalDate on, String what) {}

  /**
   * Cost avoided: the after group's starts had they started at the before rate, less their actual
   * starts, times a package's weekly cost and the weeks it lasts.
   */
  record CostAvoided(
      int months,
      FlowFigure expectedStarts,
      FlowFigure actualStarts,
      FlowFigure avoidedStarts,
      BigDecimal weeklyCost,
      int weeks,
      FlowFigure cost) {}

  private final JdbcClient jdbc;
  private final FlowResults results;

  CohortOutcomes(JdbcClient jdbc, FlowResults results) {
    this.jdbc = jdbc;
    this.results = results;
  }

  Optional<GoLive> goLive() {
    return jdbc.sql(
            "SELECT go_live_on, go_live_what FROM insight_flow_setting"
                + " WHERE id = 1 AND go_live_on IS NOT NULL")
        .query((rs, n) -> new GoLive(rs.getObject(1, LocalDate.class), rs.getString(2)))
        .optional();
  }

  void setGoLive(LocalDate on, String what, String by, java.time.Instant at) {
    jdbc.sql(
            """
            UPDATE insight_flow_setting SET go_live_on = :on, go_live_what = :what,
              updated_at = :at, updated_by = :by WHERE id = 1
            """)
        .param("on", on)
        .param("what", what)
        .param("at", java.sql.Timestamp.from(at))
        .param("by", by)
        .update();
  }

  /** The average weekly cost of the paid services in current plans, from their service lines. */
  @Transactional(readOnly = true)
  Optional<BigDecimal> averageWeeklyPaidCost() {
    return results.keep("averageWeeklyPaidCost", this::workOutAverageWeeklyPaidCost);
  }

  private Optional<BigDecimal> workOutAverageWeeklyPaidCost() {
    BigDecimal pence =
        jdbc.sql(
                "SELECT avg(weekly_paid_pence) FROM insight_flow_plan"
                    + " WHERE current AND weekly_paid_pence > 0")
            .query(BigDecimal.class)
            .optional()
            .orElse(null);
    return Optional.ofNullable(pence)
        .map(value -> value.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
  }

  /** The cohorts of the {@link #MONTHS_SHOWN} months up to today's. */
  @Transactional(readOnly = true)
  List<Cohort> cohorts(LocalDate today, FlowFilters filters) {
    return results.keep(List.of("cohorts", today, filters), () -> workOutCohorts(today, filters));
  }

  private List<Cohort> workOutCohorts(LocalDate today, FlowFilters filters) {
    YearMonth last = YearMonth.from(today);
    YearMonth first = last.minusMonths(MONTHS_SHOWN - 1L);
    Map<String, Object> params = new HashMap<>();
    String where = filters.where(params);
    Map<LocalDate, long[]> counts = new HashMap<>();
    jdbc.sql(
            """
            SELECT date_trunc('month', p.first_conversation_on)::date AS month, count(*) AS people,
              count(*) FILTER (WHERE p.first_plan_on BETWEEN p.first_conversation_on
                AND (p.first_conversation_on + interval '3 months')::date) AS w3,
              count(*) FILTER (WHERE p.first_plan_on BETWEEN p.first_conversation_on
                AND (p.first_conversation_on + interval '6 months')::date) AS w6,
              count(*) FILTER (WHERE p.first_plan_on BETWEEN p.first_conversation_on
                AND (p.first_conversation_on + interval '12 months')::date) AS w12
            FROM insight_flow_person p
            WHERE p.first_conversation_on BETWEEN :first AND :today
            """
                + where
                + " GROUP BY 1")
        .params(params)
        .param("first", first.atDay(1))
        .param("today", today)
        .query()
        .listOfRows()
        .forEach(
            row ->
                counts.put(
                    ((java.sql.Date) row.get("month")).toLocalDate(),
                    new long[] {
                      number(row.get("people")),
                      number(row.get("w3")),
                      number(row.get("w6")),
                      number(row.get("w12"))
                    }));
    List<Cohort> cohorts = new ArrayList<>();
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      long[] c = counts.getOrDefault(month.atDay(1), new long[4]);
      List<Share> within = new ArrayList<>();
      for (int w = 0; w < WINDOWS.size(); w++) {
        boolean known = !month.atEndOfMonth().plusMonths(WINDOWS.get(w)).isAfter(today);
        within.add(new Share(FlowFigure.share(c[w + 1], c[0]), known));
      }
      cohorts.add(new Cohort(month, FlowFigure.count(c[0]), within));
    }
    return cohorts;
  }

  /**
   * Before: people whose first request fell in the 12 months before the go-live date. After: on or
   * after it. In each window only people followed for the whole window (first request at least that
   * many months before today) count.
   */
  @Transactional(readOnly = true)
  List<Comparison> beforeAndAfter(LocalDate goLive, LocalDate today, FlowFilters filters) {
    return results.keep(
        List.of("beforeAndAfter", goLive, today, filters),
        () -> workOutBeforeAndAfter(goLive, today, filters));
  }

  /**
   * One window's counts: people followed for the whole window, before and after the date, and of
   * them those whose first plan was agreed within it.
   */
  private static final String WINDOW_COLUMNS =
      """
      count(*) FILTER (WHERE p.first_conversation_on < :goLive AND FOLLOWED) AS before_people_MONTHS,
      count(*) FILTER (WHERE p.first_conversation_on < :goLive AND FOLLOWED AND STARTED)
        AS before_starts_MONTHS,
      count(*) FILTER (WHERE p.first_conversation_on >= :goLive AND FOLLOWED) AS after_people_MONTHS,
      count(*) FILTER (WHERE p.first_conversation_on >= :goLive AND FOLLOWED AND STARTED)
        AS after_starts_MONTHS
      """
          .replace(
              "FOLLOWED",
              "(p.first_conversation_on + make_interval(months => MONTHS))::date <= :today")
          .replace(
              "STARTED",
              "p.first_plan_on BETWEEN p.first_conversation_on"
                  + " AND (p.first_conversation_on + make_interval(months => MONTHS))::date");

  /** Every window from one pass over the people whose first request fell in the period. */
  private List<Comparison> workOutBeforeAndAfter(
      LocalDate goLive, LocalDate today, FlowFilters filters) {
    Map<String, Object> params = new HashMap<>();
    String where = filters.where(params);
    String columns =
        WINDOWS.stream()
            .map(months -> WINDOW_COLUMNS.replace("MONTHS", String.valueOf(months)))
            .collect(Collectors.joining(", "));
    // WINDOWS are constants of this class, never typed by a user.
    Map<String, Object> row =
        jdbc.sql(
                "SELECT "
                    + columns
                    + " FROM insight_flow_person p"
                    + " WHERE p.first_conversation_on >= (:goLive - interval '12 months')::date"
                    + " AND p.first_conversation_on <= :today"
                    + where)
            .params(params)
            .param("goLive", goLive)
            .param("today", today)
            .query()
            .singleRow();
    List<Comparison> comparisons = new ArrayList<>();
    for (int months : WINDOWS) {
      long beforePeople = number(row.get("before_people_" + months));
      long beforeStarts = number(row.get("before_starts_" + months));
      long afterPeople = number(row.get("after_people_" + months));
      long afterStarts = number(row.get("after_starts_" + months));
      comparisons.add(
          new Comparison(
              months,
              beforePeople,
              beforeStarts,
              afterPeople,
              afterStarts,
              FlowFigure.count(beforePeople),
              FlowFigure.share(beforeStarts, beforePeople),
              FlowFigure.count(afterPeople),
              FlowFigure.share(afterStarts, afterPeople)));
    }
    return comparisons;
  }

  /** The cost avoided for one window's comparison, on the weekly cost and weeks given. */
  static CostAvoided costAvoided(Comparison c, BigDecimal weeklyCost, int weeks) {
    boolean hidden =
        FlowFigure.small(c.beforePeople())
            || FlowFigure.small(c.beforeStarts())
            || FlowFigure.small(c.afterPeople())
            || FlowFigure.small(c.afterStarts())
            || FlowFigure.small(c.beforePeople() - c.beforeStarts())
            || FlowFigure.small(c.afterPeople() - c.afterStarts());
    if (c.beforePeople() == 0 || c.afterPeople() == 0) {
      return new CostAvoided(
          c.months(),
          FlowFigure.NONE,
          FlowFigure.NONE,
          FlowFigure.NONE,
          weeklyCost,
          weeks,
          FlowFigure.NONE);
    }
    double expected = (double) c.afterPeople() * c.beforeStarts() / c.beforePeople();
    double avoided = expected - c.afterStarts();
    FlowFigure cost =
        weeklyCost == null
            ? FlowFigure.NONE
            : new FlowFigure(
                BigDecimal.valueOf(avoided)
                    .multiply(weeklyCost)
                    .multiply(BigDecimal.valueOf(weeks))
                    .setScale(0, RoundingMode.HALF_UP)
                    .doubleValue(),
                false);
    return new CostAvoided(
        c.months(),
        hidden ? FlowFigure.HIDDEN : new FlowFigure(expected, false),
        FlowFigure.count(c.afterStarts()),
        hidden ? FlowFigure.HIDDEN : new FlowFigure(avoided, false),
        weeklyCost,
        weeks,
        hidden ? FlowFigure.HIDDEN : cost);
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}

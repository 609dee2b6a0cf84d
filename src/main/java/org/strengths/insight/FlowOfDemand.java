package org.strengths.insight;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The innovation-site measures (domain reference §3.2) for a period and the period of the same
 * length before it, read from the flow read model ({@link FlowRefresh}), for everyone or the people
 * a {@link FlowFilters} names. Definitions are in ADR 0130; every figure passes through {@link
 * FlowFigure}'s small-numbers rule.
 */
@Component
class FlowOfDemand {

  /**
   * A repeat request within this many days of the person's last conversation counts as 3 months.
   */
  static final int THREE_MONTHS = 91;

  static final int SIX_MONTHS = 182;

  /** One measure, this period and the one before. */
  record Row(String key, FlowFigure current, FlowFigure previous) {}

  /** One week of requests; {@code days} is 7 except, perhaps, for the last. */
  record Week(
      LocalDate from, int days, FlowFigure newRequests, FlowFigure repeats, FlowFigure total) {}

  /** Episodes that ended at one stage. */
  record Stage(
      String code, String label, FlowFigure count, FlowFigure share, FlowFigure previousShare) {}

  /** How long people have been waiting for a first conversation, in bands. */
  record Wait(String key, FlowFigure people) {}

  /** Everything on the page. */
  record Figures(
      LocalDate from,
      LocalDate to,
      LocalDate previousFrom,
      LocalDate previousTo,
      List<Row> period,
      List<Week> weeks,
      List<Stage> stages,
      List<Row> now,
      List<Wait> waits) {}

  private final JdbcClient jdbc;
  private final FlowResults results;

  FlowOfDemand(JdbcClient jdbc, FlowResults results) {
    this.jdbc = jdbc;
    this.results = results;
  }

  /** The figures, kept until the read model changes (docs/adr/0176). */
  @Transactional(readOnly = true)
  Figures figures(LocalDate from, LocalDate to, LocalDate today, FlowFilters filters) {
    return results.keep(
        List.of("figures", from, to, today, filters), () -> workOut(from, to, today, filters));
  }

  private Figures workOut(LocalDate from, LocalDate to, LocalDate today, FlowFilters filters) {
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    LocalDate previousTo = from.minusDays(1);
    LocalDate previousFrom = from.minusDays(days);
    Map<String, Object> params = new HashMap<>();
    String where = filters.where(params);
    Counts current = counts(from, to, filters);
    Counts previous = counts(previousFrom, previousTo, filters);
    double weeks = days / 7.0;
    List<Row> period = new ArrayList<>();
    period.add(row("requestsPerWeek", current, previous, c -> FlowFigure.rate(c.requests, weeks)));
    // New and repeat add up to all requests, so if either would reveal 1-4, both are hidden.
    period.add(
        row(
            "newPerWeek",
            current,
            previous,
            c ->
                FlowFigure.small(c.requests - c.newRequests)
                    ? FlowFigure.HIDDEN
                    : FlowFigure.rate(c.newRequests, weeks)));
    period.add(
        row(
            "repeatPerWeek",
            current,
            previous,
            c ->
                FlowFigure.small(c.newRequests)
                    ? FlowFigure.HIDDEN
                    : FlowFigure.rate(c.requests - c.newRequests, weeks)));
    period.add(row("repeat3", current, previous, c -> FlowFigure.share(c.repeat3, c.requests)));
    period.add(row("repeat6", current, previous, c -> FlowFigure.share(c.repeat6, c.requests)));
    period.add(
        row(
            "daysToFirstMedian",
            current,
            previous,
            c -> FlowFigure.of(c.daysToFirstMedian, c.newRequests)));
    period.add(
        row(
            "daysToFirstP90",
            current,
            previous,
            c -> FlowFigure.of(c.daysToFirstP90, c.newRequests)));
    period.add(row("ltsPerWeek", current, previous, c -> FlowFigure.rate(c.ltsStarts, weeks)));
    period.add(
        row(
            "crisisDaysMedian",
            current,
            previous,
            c -> FlowFigure.of(c.crisisDaysMedian, c.crisisEpisodes)));
    period.add(
        row(
            "handoversPerEpisode",
            current,
            previous,
            c ->
                c.requests == 0
                    ? FlowFigure.NONE
                    : FlowFigure.of((double) c.handovers / c.requests, c.requests)));

    List<Stage> stages = new ArrayList<>();
    for (Map<String, Object> stage : stageRows()) {
      String code = (String) stage.get("code");
      long now = current.stages.getOrDefault(code, 0L);
      long before = previous.stages.getOrDefault(code, 0L);
      stages.add(
          new Stage(
              code,
              (String) stage.get("label"),
              FlowFigure.count(now),
              FlowFigure.share(now, current.requests),
              FlowFigure.share(before, previous.requests)));
    }

    List<Row> nowRows = new ArrayList<>();
    Map<String, Object> waiting =
        jdbc.sql(
                """
                SELECT count(*) AS people,
                       percentile_disc(0.5) WITHIN GROUP (ORDER BY :today - p.opened_on) AS median,
                       count(*) FILTER (WHERE :today - p.opened_on < 14) AS under2,
                       count(*) FILTER (WHERE :today - p.opened_on BETWEEN 14 AND 27) AS under4,
                       count(*) FILTER (WHERE :today - p.opened_on BETWEEN 28 AND 83) AS under12,
                       count(*) FILTER (WHERE :today - p.opened_on >= 84) AS over12
                FROM insight_flow_person p
                WHERE p.first_conversation_on IS NULL AND p.opened_on <= :today
                """
                    + where)
            .params(params)
            .param("today", today)
            .query()
            .singleRow();
    long waitingPeople = number(waiting.get("people"));
    nowRows.add(new Row("waiting", FlowFigure.count(waitingPeople), null));
    nowRows.add(
        new Row(
            "waitingMedian", FlowFigure.of((Number) waiting.get("median"), waitingPeople), null));
    List<Wait> waits =
        List.of(
            new Wait("under2", FlowFigure.count(number(waiting.get("under2")))),
            new Wait("under4", FlowFigure.count(number(waiting.get("under4")))),
            new Wait("under12", FlowFigure.count(number(waiting.get("under12")))),
            new Wait("over12", FlowFigure.count(number(waiting.get("over12")))));

    Map<String, Object> plans =
        jdbc.sql(
                """
                SELECT count(*) FILTER (WHERE pl.review_due_on < :today) AS overdue,
                       count(*) FILTER (WHERE pl.paid_lines + pl.network_community_lines > 0)
                         AS with_lines,
                       count(*) FILTER (WHERE pl.paid_lines = 0 AND pl.network_community_lines > 0)
                         AS unpaid
                FROM insight_flow_plan pl
                """
                    + filters.joinPeople("pl")
                    + " WHERE pl.current AND pl.agreed_on <= :today"
                    + where)
            .params(params)
            .param("today", today)
            .query()
            .singleRow();
    nowRows.add(new Row("reviewsOverdue", FlowFigure.count(number(plans.get("overdue"))), null));
    nowRows.add(
        new Row(
            "networkShare",
            FlowFigure.share(number(plans.get("unpaid")), number(plans.get("with_lines"))),
            null));

    return new Figures(
        from,
        to,
        previousFrom,
        previousTo,
        period,
        weeks(from, to, filters),
        stages,
        nowRows,
        waits);
  }

  /** The values the filters offer: those the people in the read model have. */
  record Options(
      List<String> districts,
      List<String> reasons,
      List<String> ethnicities,
      List<String> genders) {}

  /** The filters' choices: the values the people in the read model have, kept at its rebuild. */
  @Transactional(readOnly = true)
  Options options() {
    Map<String, List<String>> values = new HashMap<>();
    for (Map<String, Object> row :
        jdbc.sql("SELECT filter, value FROM insight_flow_option ORDER BY filter, value")
            .query()
            .listOfRows()) {
      values
          .computeIfAbsent((String) row.get("filter"), filter -> new ArrayList<>())
          .add((String) row.get("value"));
    }
    return new Options(
        List.copyOf(values.getOrDefault("district", List.of())),
        List.copyOf(values.getOrDefault("reason", List.of())),
        List.copyOf(values.getOrDefault("ethnicity", List.of())),
        List.copyOf(values.getOrDefault("gender", List.of())));
  }

  /** The stages an admin has set up, in order (their labels are the council's own). */
  List<Map<String, Object>> stageRows() {
    return jdbc.sql("SELECT code, label FROM conversation_stage_labels ORDER BY sort_order")
        .query()
        .listOfRows();
  }

  private static final class Counts {
    long requests;
    long newRequests;
    long repeat3;
    long repeat6;
    Number daysToFirstMedian;
    Number daysToFirstP90;
    long ltsStarts;
    Number crisisDaysMedian;
    long crisisEpisodes;
    long handovers;
    final Map<String, Long> stages = new LinkedHashMap<>();
  }

  private Counts counts(LocalDate from, LocalDate to, FlowFilters filters) {
    Map<String, Object> params = new HashMap<>();
    String where = filters.where(params);
    Counts counts = new Counts();
    Map<String, Object> episodes =
        jdbc.sql(
                """
                SELECT count(*) AS requests,
                       count(*) FILTER (WHERE e.number = 1) AS new_requests,
                       count(*) FILTER (WHERE e.started_on - e.previous_last_on <= :three)
                         AS repeat3,
                       count(*) FILTER (WHERE e.started_on - e.previous_last_on <= :six)
                         AS repeat6,
                       percentile_disc(0.5) WITHIN GROUP (ORDER BY e.days_to_first)
                         AS first_median,
                       percentile_disc(0.9) WITHIN GROUP (ORDER BY e.days_to_first) AS first_p90,
                       percentile_disc(0.5) WITHIN GROUP (ORDER BY e.crisis_days) AS crisis_median,
                       count(e.crisis_days) AS crisis_episodes,
                       coalesce(sum(e.handovers), 0) AS handovers
                FROM insight_flow_episode e
                """
                    + filters.joinPeople("e")
                    + " WHERE e.started_on BETWEEN :from AND :to"
                    + where)
            .params(params)
            .param("from", from)
            .param("to", to)
            .param("three", THREE_MONTHS)
            .param("six", SIX_MONTHS)
            .query()
            .singleRow();
    counts.requests = number(episodes.get("requests"));
    counts.newRequests = number(episodes.get("new_requests"));
    counts.repeat3 = number(episodes.get("repeat3"));
    counts.repeat6 = number(episodes.get("repeat6"));
    counts.daysToFirstMedian = (Number) episodes.get("first_median");
    counts.daysToFirstP90 = (Number) episodes.get("first_p90");
    counts.crisisDaysMedian = (Number) episodes.get("crisis_median");
    counts.crisisEpisodes = number(episodes.get("crisis_episodes"));
    counts.handovers = number(episodes.get("handovers"));
    jdbc.sql(
            """
            SELECT e.ended_stage AS stage, count(*) AS episodes
            FROM insight_flow_episode e
            """
                + filters.joinPeople("e")
                + " WHERE e.started_on BETWEEN :from AND :to"
                + where
                + " GROUP BY e.ended_stage")
        .params(params)
        .param("from", from)
        .param("to", to)
        .query()
        .listOfRows()
        .forEach(
            row ->
                counts.stages.put(String.valueOf(row.get("stage")), number(row.get("episodes"))));
    counts.ltsStarts =
        number(
            jdbc.sql(
                    "SELECT count(*) FROM insight_flow_person p"
                        + " WHERE p.first_plan_on BETWEEN :from AND :to"
                        + where)
                .params(params)
                .param("from", from)
                .param("to", to)
                .query(Long.class)
                .single());
    return counts;
  }

  private List<Week> weeks(LocalDate from, LocalDate to, FlowFilters filters) {
    Map<String, Object> params = new HashMap<>();
    String where = filters.where(params);
    Map<Integer, long[]> byWeek = new HashMap<>();
    jdbc.sql(
            """
            SELECT (e.started_on - :from) / 7 AS week,
                   count(*) FILTER (WHERE e.number = 1) AS new_requests,
                   count(*) FILTER (WHERE e.number > 1) AS repeats
            FROM insight_flow_episode e
            """
                + filters.joinPeople("e")
                + " WHERE e.started_on BETWEEN :from AND :to"
                + where
                + " GROUP BY 1")
        .params(params)
        .param("from", from)
        .param("to", to)
        .query()
        .listOfRows()
        .forEach(
            row ->
                byWeek.put(
                    (int) number(row.get("week")),
                    new long[] {number(row.get("new_requests")), number(row.get("repeats"))}));
    List<Week> weeks = new ArrayList<>();
    int week = 0;
    for (LocalDate start = from; !start.isAfter(to); start = start.plusDays(7), week++) {
      long[] counts = byWeek.getOrDefault(week, new long[2]);
      int days = (int) Math.min(7, ChronoUnit.DAYS.between(start, to) + 1);
      boolean either = FlowFigure.small(counts[0]) || FlowFigure.small(counts[1]);
      weeks.add(
          new Week(
              start,
              days,
              either ? FlowFigure.HIDDEN : FlowFigure.count(counts[0]),
              either ? FlowFigure.HIDDEN : FlowFigure.count(counts[1]),
              FlowFigure.count(counts[0] + counts[1])));
    }
    return weeks;
  }

  private static Row row(
      String key,
      Counts current,
      Counts previous,
      java.util.function.Function<Counts, FlowFigure> figure) {
    return new Row(key, figure.apply(current), figure.apply(previous));
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}

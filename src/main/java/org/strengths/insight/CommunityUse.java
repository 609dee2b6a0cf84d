package org.strengths.insight;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Community-asset use over time (ADR 0167): for each month, and each kind of asset, the
 * introductions and referrals made, how many the organisation accepted, and how many different
 * people went along (attended, or it is ongoing) through a connection made that month. Read from
 * the views connection and community publish ({@code connection_use}, {@code community_asset_kind})
 * and person's {@code person_flow} for the team; aggregates only, each count from 1 to 4
 * suppressed.
 */
@Component
class CommunityUse {

  /** The kinds of community asset, in the order the pages list them (community's AssetKind). */
  static final List<String> KINDS =
      List.of(
          "ASSOCIATION",
          "INSTITUTION",
          "PHYSICAL",
          "ECONOMIC",
          "CULTURAL",
          "NATURAL",
          "SERVICE",
          "GIFT",
          "UNKNOWN");

  /** The raw counts for one month, kind or both, before suppression. */
  record Counts(long made, long accepted, long connected) {
    static final Counts NONE = new Counts(0, 0, 0);
  }

  /** One line of a table: a month ("2026-07") or a kind, with its published figures. */
  record Line(String key, FlowFigure made, FlowFigure accepted, FlowFigure connected) {

    static Line of(String key, Counts counts) {
      return new Line(
          key,
          FlowFigure.count(counts.made()),
          FlowFigure.count(counts.accepted()),
          FlowFigure.count(counts.connected()));
    }
  }

  /** One month of one kind, for the CSV. */
  record Cell(String month, String kind, Line line) {}

  /**
   * Everything on the page: every month from {@code first} to {@code last} (months with none show
   * 0), every kind that had any, the months by kind, and the whole period.
   */
  record Figures(
      YearMonth first,
      YearMonth last,
      List<Line> months,
      List<Line> kinds,
      List<Cell> cells,
      Line total) {}

  private final JdbcClient jdbc;

  CommunityUse(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The figures for the months {@code first} to {@code last}, for a team and kind if given. */
  @Transactional(readOnly = true)
  Figures figures(YearMonth first, YearMonth last, UUID team, String kind) {
    Map<String, Object> params = new HashMap<>();
    params.put("from", first.atDay(1));
    params.put("to", last.atEndOfMonth());
    StringBuilder where = new StringBuilder();
    String join = "";
    if (team != null) {
      join = " JOIN person_flow p ON p.person_id = u.person_id";
      where.append(" AND p.team_id = :team");
      params.put("team", team);
    }
    if (kind != null) {
      where.append(" AND coalesce(k.kind, 'UNKNOWN') = :kind");
      params.put("kind", kind);
    }
    Map<YearMonth, Counts> byMonth = new HashMap<>();
    Map<String, Counts> byKind = new HashMap<>();
    Map<String, Counts> byCell = new HashMap<>();
    Counts[] total = {Counts.NONE};
    jdbc.sql(
            """
            SELECT month, kind,
                   count(*) FILTER (WHERE introduction) AS made,
                   count(*) FILTER (WHERE accepted) AS accepted,
                   count(DISTINCT person_id) FILTER (WHERE went) AS connected
            FROM (SELECT to_char(u.made_on, 'YYYY-MM') AS month,
                         coalesce(k.kind, 'UNKNOWN') AS kind,
                         u.person_id, u.introduction, u.accepted, u.went
                  FROM connection_use u
                  LEFT JOIN community_asset_kind k ON k.asset_id = u.asset_id"""
                + join
                + """

                  WHERE u.made_on BETWEEN :from AND :to"""
                + where
                + """
                 ) x
            GROUP BY GROUPING SETS ((month, kind), (month), (kind), ())
            """)
        .params(params)
        .query(
            (rs, n) -> {
              String month = rs.getString("month");
              String k = rs.getString("kind");
              Counts counts =
                  new Counts(rs.getLong("made"), rs.getLong("accepted"), rs.getLong("connected"));
              if (month != null && k != null) {
                byCell.put(month + " " + k, counts);
              } else if (month != null) {
                byMonth.put(YearMonth.parse(month), counts);
              } else if (k != null) {
                byKind.put(k, counts);
              } else {
                total[0] = counts;
              }
              return counts;
            })
        .list();
    return of(first, last, byMonth, byKind, byCell, total[0]);
  }

  /**
   * The published figures from the raw counts: every month in order, the kinds that had any in
   * {@link #KINDS} order, and each month of each kind that had any, all with the small-numbers rule
   * applied.
   */
  static Figures of(
      YearMonth first,
      YearMonth last,
      Map<YearMonth, Counts> byMonth,
      Map<String, Counts> byKind,
      Map<String, Counts> byCell,
      Counts total) {
    List<Line> months = new ArrayList<>();
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      months.add(Line.of(month.toString(), byMonth.getOrDefault(month, Counts.NONE)));
    }
    Map<String, Counts> kinds = new LinkedHashMap<>();
    KINDS.stream().filter(byKind::containsKey).forEach(k -> kinds.put(k, byKind.get(k)));
    List<Line> kindLines = new ArrayList<>();
    kinds.forEach((k, counts) -> kindLines.add(Line.of(k, counts)));
    List<Cell> cells = new ArrayList<>();
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      for (String k : kinds.keySet()) {
        Counts counts = byCell.get(month + " " + k);
        if (counts != null) {
          cells.add(new Cell(month.toString(), k, Line.of(k, counts)));
        }
      }
    }
    return new Figures(first, last, months, kindLines, cells, Line.of("all", total));
  }

  /** The twelve months to the one {@code today} is in. */
  static YearMonth[] lastTwelveMonths(LocalDate today) {
    YearMonth last = YearMonth.from(today);
    return new YearMonth[] {last.minusMonths(11), last};
  }
}

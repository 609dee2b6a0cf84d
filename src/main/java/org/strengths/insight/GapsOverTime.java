package org.strengths.insight;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gaps register over time (ADR 0167): for each month, the unmet needs recorded, those marked as
 * met (closed), and those still open at the month's end; and for the whole period, the same by kind
 * of asset needed and by postcode district. Read from the view community publishes ({@code
 * community_gap_flow}: kind, district and days only, never what was written); each count from 1 to
 * 4 suppressed.
 */
@Component
class GapsOverTime {

  /** One gap as the view gives it. */
  record Gap(String kind, String area, LocalDate recordedOn, LocalDate closedOn) {

    /** The kind, or "UNKNOWN" when the practitioner did not say. */
    String kindOrUnknown() {
      return kind == null || kind.isBlank() ? "UNKNOWN" : kind;
    }

    boolean openAt(LocalDate day) {
      return !recordedOn.isAfter(day) && (closedOn == null || closedOn.isAfter(day));
    }
  }

  /** One line of a table: a month ("2026-07"), a kind or a district. */
  record Line(String key, FlowFigure recorded, FlowFigure closed, FlowFigure open) {}

  /**
   * Everything on the page.
   *
   * @param open the gaps open today among those asked about
   */
  record Figures(
      YearMonth first,
      YearMonth last,
      List<Line> months,
      List<Line> kinds,
      List<Line> areas,
      Line total,
      FlowFigure open) {}

  private final JdbcClient jdbc;

  GapsOverTime(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every gap of the kind and district (when given), as recorded. */
  @Transactional(readOnly = true)
  List<Gap> gaps(String kind, String area) {
    return jdbc.sql(
            """
            SELECT kind, area, recorded_on, closed_on FROM community_gap_flow
            WHERE (CAST(:kind AS text) IS NULL OR coalesce(kind, 'UNKNOWN') = :kind)
              AND (CAST(:area AS text) IS NULL OR area = :area)
            """)
        .param("kind", kind)
        .param("area", area)
        .query(Gap.class)
        .list();
  }

  /** The figures for the twelve months to the one {@code today} is in. */
  @Transactional(readOnly = true)
  Figures figures(String kind, String area, LocalDate today) {
    YearMonth[] months = CommunityUse.lastTwelveMonths(today);
    return of(gaps(kind, area), months[0], months[1], today);
  }

  /** The districts any gap was recorded in, for the filter. */
  @Transactional(readOnly = true)
  List<String> areas() {
    return jdbc.sql("SELECT DISTINCT area FROM community_gap_flow ORDER BY area")
        .query(String.class)
        .list();
  }

  /**
   * The published figures: per month, recorded and closed in it and open at its end (or today, for
   * the month today is in); per kind and per district, recorded and closed in the period and open
   * today.
   */
  static Figures of(List<Gap> gaps, YearMonth first, YearMonth last, LocalDate today) {
    LocalDate from = first.atDay(1);
    LocalDate to = last.atEndOfMonth();
    List<Line> months = new ArrayList<>();
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      LocalDate start = month.atDay(1);
      LocalDate end = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
      months.add(
          new Line(
              month.toString(),
              FlowFigure.count(count(gaps, g -> within(g.recordedOn(), start, end))),
              FlowFigure.count(count(gaps, g -> within(g.closedOn(), start, end))),
              FlowFigure.count(count(gaps, g -> g.openAt(end)))));
    }
    return new Figures(
        first,
        last,
        months,
        grouped(gaps, Gap::kindOrUnknown, from, to, today, CommunityUse.KINDS),
        grouped(gaps, Gap::area, from, to, today, null),
        line("all", gaps, from, to, today),
        FlowFigure.count(count(gaps, g -> g.openAt(today))));
  }

  private static List<Line> grouped(
      List<Gap> gaps,
      Function<Gap, String> key,
      LocalDate from,
      LocalDate to,
      LocalDate today,
      List<String> order) {
    Map<String, List<Gap>> groups = new TreeMap<>();
    for (Gap gap : gaps) {
      if (within(gap.recordedOn(), from, to)
          || within(gap.closedOn(), from, to)
          || gap.openAt(today)) {
        groups.computeIfAbsent(key.apply(gap), k -> new ArrayList<>()).add(gap);
      }
    }
    List<String> keys = new ArrayList<>(groups.keySet());
    if (order != null) {
      keys.sort(
          java.util.Comparator.comparingInt(
              k -> order.indexOf(k) < 0 ? Integer.MAX_VALUE : order.indexOf(k)));
    }
    return keys.stream().map(k -> line(k, groups.get(k), from, to, today)).toList();
  }

  private static Line line(
      String key, List<Gap> gaps, LocalDate from, LocalDate to, LocalDate today) {
    return new Line(
        key,
        FlowFigure.count(count(gaps, g -> within(g.recordedOn(), from, to))),
        FlowFigure.count(count(gaps, g -> within(g.closedOn(), from, to))),
        FlowFigure.count(count(gaps, g -> g.openAt(today))));
  }

  private static long count(List<Gap> gaps, java.util.function.Predicate<Gap> test) {
    return gaps.stream().filter(test).count();
  }

  private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
    return day != null && !day.isBefore(from) && !day.isAfter(to);
  }
}

package org.strengths.insight;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.strengths.access.AuditLog;
import org.strengths.platform.chart.BarChart;
import org.strengths.platform.web.Csv;

/**
 * The gaps register over the last twelve months, for analysts (and commissioners, who use that
 * role) and team managers: needs recorded and met each month and open at its end, by kind and by
 * district; a chart, the same figures as tables, and a CSV. Counts only, never what was written
 * (ADR 0167).
 */
@Controller
class GapsOverTimeController {

  static final String PAGE = "/insight/gaps";

  private final GapsOverTime gaps;
  private final AuditLog audit;
  private final InsightText text;

  GapsOverTimeController(GapsOverTime gaps, AuditLog audit, InsightText text) {
    this.gaps = gaps;
    this.audit = audit;
    this.text = text;
  }

  @GetMapping(PAGE)
  @PreAuthorize("hasAnyRole('ANALYST', 'MANAGER')")
  String page(
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String area,
      Model model) {
    List<String> areas = gaps.areas();
    String kindShown = CommunityUseController.kind(kind);
    String areaShown = area(area, areas);
    GapsOverTime.Figures figures = figures(kindShown, areaShown);
    audit.record(null, "gaps-over-time", "view", null, describe(kindShown, areaShown));
    model.addAttribute("figures", figures);
    model.addAttribute("kinds", CommunityUse.KINDS);
    model.addAttribute("kind", kindShown == null ? "" : kindShown);
    model.addAttribute("areas", areas);
    model.addAttribute("area", areaShown == null ? "" : areaShown);
    List<String> labels =
        figures.months().stream()
            .map(line -> YearMonth.parse(line.key()).format(CommunityUseController.SHORT_MONTH))
            .toList();
    model.addAttribute(
        "monthNames", CommunityUseController.monthNames(figures.first(), figures.last()));
    model.addAttribute(
        "recordedChart",
        BarChart.of(
            "recorded-chart",
            text.get("insightHome.gaps.chart.recorded.title"),
            text.get("insightHome.gaps.chart.recorded.desc"),
            labels,
            figures.months().stream().map(GapsOverTime.Line::recorded).toList()));
    model.addAttribute(
        "openChart",
        BarChart.of(
            "open-chart",
            text.get("insightHome.gaps.chart.open.title"),
            text.get("insightHome.gaps.chart.open.desc"),
            labels,
            figures.months().stream().map(GapsOverTime.Line::open).toList()));
    model.addAttribute(
        "csv",
        UriComponentsBuilder.fromPath(PAGE + ".csv")
            .queryParam("kind", kindShown == null ? "" : kindShown)
            .queryParam("area", areaShown == null ? "" : areaShown)
            .encode()
            .build()
            .toUriString());
    return "insight/gaps";
  }

  @GetMapping(PAGE + ".csv")
  @PreAuthorize("hasAnyRole('ANALYST', 'MANAGER')")
  void csv(
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String area,
      HttpServletResponse response)
      throws IOException {
    String kindShown = CommunityUseController.kind(kind);
    String areaShown = area(area, gaps.areas());
    GapsOverTime.Figures figures = figures(kindShown, areaShown);
    audit.record(null, "gaps-over-time", "download", null, describe(kindShown, areaShown));
    Writer out =
        Csv.download(response, "gaps-" + figures.first() + "-to-" + figures.last() + ".csv");
    for (String line : csvLines(figures)) {
      out.write(line);
    }
    out.flush();
  }

  /** One row per month, then per kind and per district over the period, then the total. */
  static List<String> csvLines(GapsOverTime.Figures figures) {
    List<String> lines = new ArrayList<>();
    lines.add(Csv.line(List.of("period", "kind", "area", "recorded", "met", "open_at_end")));
    for (GapsOverTime.Line month : figures.months()) {
      lines.add(row(month.key(), "all", "all", month));
    }
    String period = figures.first() + " to " + figures.last();
    for (GapsOverTime.Line kind : figures.kinds()) {
      lines.add(row(period, kind.key(), "all", kind));
    }
    for (GapsOverTime.Line area : figures.areas()) {
      lines.add(row(period, "all", area.key(), area));
    }
    lines.add(row(period, "all", "all", figures.total()));
    return lines;
  }

  private static String row(String period, String kind, String area, GapsOverTime.Line line) {
    return Csv.line(
        List.of(
            period, kind, area, line.recorded().text(), line.closed().text(), line.open().text()));
  }

  private GapsOverTime.Figures figures(String kind, String area) {
    return gaps.figures(kind, area, text.today());
  }

  /** A district a gap was recorded in, or null (all) for anything else. */
  private static String area(String typed, List<String> areas) {
    if (typed == null) {
      return null;
    }
    String district = typed.trim().toUpperCase(Locale.UK);
    return areas.contains(district) ? district : null;
  }

  private static String describe(String kind, String area) {
    return "kind " + (kind == null ? "all" : kind) + ", area " + (area == null ? "all" : area);
  }
}

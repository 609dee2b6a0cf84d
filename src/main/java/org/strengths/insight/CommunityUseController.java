package org.strengths.insight;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.strengths.access.AuditLog;
import org.strengths.access.Role;
import org.strengths.access.StaffMember;
import org.strengths.access.Teams;
import org.strengths.platform.chart.BarChart;
import org.strengths.platform.web.Csv;

/**
 * Community-asset use over the last twelve months, for analysts (any team, or all) and team
 * managers (their own team's, whatever the address asks for): a chart, the same figures as tables,
 * and a CSV. Aggregates only, small numbers suppressed, no one's identity (ADR 0167).
 */
@Controller
class CommunityUseController {

  static final String PAGE = "/insight/community-use";
  static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);
  static final DateTimeFormatter LONG_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  private final CommunityUse use;
  private final Teams teams;
  private final AuditLog audit;
  private final InsightText text;

  CommunityUseController(CommunityUse use, Teams teams, AuditLog audit, InsightText text) {
    this.use = use;
    this.teams = teams;
    this.audit = audit;
    this.text = text;
  }

  @GetMapping(PAGE)
  @PreAuthorize("hasAnyRole('ANALYST', 'MANAGER')")
  String page(
      @RequestParam(required = false) String team,
      @RequestParam(required = false) String kind,
      @AuthenticationPrincipal StaffMember staff,
      Model model) {
    Optional<Teams.Team> ownTeam = ownTeam(staff);
    UUID teamId = ownTeam.map(Teams.Team::id).orElseGet(() -> id(team));
    String kindShown = kind(kind);
    YearMonth[] months = CommunityUse.lastTwelveMonths(text.today());
    CommunityUse.Figures figures = use.figures(months[0], months[1], teamId, kindShown);
    audit.record(null, "community-use", "view", null, describe(teamId, kindShown));
    model.addAttribute("figures", figures);
    model.addAttribute("teams", teams.all());
    model.addAttribute("ownTeam", ownTeam.orElse(null));
    model.addAttribute("team", teamId == null ? "" : teamId.toString());
    model.addAttribute("kinds", CommunityUse.KINDS);
    model.addAttribute("kind", kindShown == null ? "" : kindShown);
    model.addAttribute(
        "madeChart",
        chart(
            "made-chart",
            "insightHome.use.chart.made",
            figures,
            figures.months().stream().map(CommunityUse.Line::made).toList()));
    model.addAttribute(
        "connectedChart",
        chart(
            "connected-chart",
            "insightHome.use.chart.connected",
            figures,
            figures.months().stream().map(CommunityUse.Line::connected).toList()));
    model.addAttribute("monthNames", monthNames(months[0], months[1]));
    model.addAttribute("csv", link(PAGE + ".csv", teamId, kindShown));
    return "insight/community-use";
  }

  @GetMapping(PAGE + ".csv")
  @PreAuthorize("hasAnyRole('ANALYST', 'MANAGER')")
  void csv(
      @RequestParam(required = false) String team,
      @RequestParam(required = false) String kind,
      @AuthenticationPrincipal StaffMember staff,
      HttpServletResponse response)
      throws IOException {
    UUID teamId = ownTeam(staff).map(Teams.Team::id).orElseGet(() -> id(team));
    String kindShown = kind(kind);
    YearMonth[] months = CommunityUse.lastTwelveMonths(text.today());
    CommunityUse.Figures figures = use.figures(months[0], months[1], teamId, kindShown);
    audit.record(null, "community-use", "download", null, describe(teamId, kindShown));
    Writer out = Csv.download(response, "community-use-" + months[0] + "-to-" + months[1] + ".csv");
    for (String line : csvLines(figures)) {
      out.write(line);
    }
    out.flush();
  }

  /** One row per month (kind "all"), per month and kind, and per kind over the whole period. */
  static List<String> csvLines(CommunityUse.Figures figures) {
    List<String> lines = new ArrayList<>();
    lines.add(
        Csv.line(List.of("month", "kind", "introductions_made", "accepted", "people_connected")));
    for (CommunityUse.Line month : figures.months()) {
      lines.add(row(month.key(), "all", month));
    }
    for (CommunityUse.Cell cell : figures.cells()) {
      lines.add(row(cell.month(), cell.kind(), cell.line()));
    }
    String period = figures.first() + " to " + figures.last();
    for (CommunityUse.Line kind : figures.kinds()) {
      lines.add(row(period, kind.key(), kind));
    }
    lines.add(row(period, "all", figures.total()));
    return lines;
  }

  private static String row(String month, String kind, CommunityUse.Line line) {
    return Csv.line(
        List.of(month, kind, line.made().text(), line.accepted().text(), line.connected().text()));
  }

  private BarChart chart(
      String id, String key, CommunityUse.Figures figures, List<FlowFigure> values) {
    return BarChart.of(
        id,
        text.get(key + ".title"),
        text.get(key + ".desc"),
        figures.months().stream()
            .map(line -> YearMonth.parse(line.key()).format(SHORT_MONTH))
            .toList(),
        values);
  }

  /** "2026-07" to "July 2026", for the tables. */
  static java.util.Map<String, String> monthNames(YearMonth first, YearMonth last) {
    java.util.Map<String, String> names = new java.util.HashMap<>();
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      names.put(month.toString(), month.format(LONG_MONTH));
    }
    return names;
  }

  private Optional<Teams.Team> ownTeam(StaffMember staff) {
    if (staff == null || staff.role() != Role.MANAGER || staff.teamId() == null) {
      return Optional.empty();
    }
    return teams.find(staff.teamId());
  }

  /** A kind from the list, or null (all) for anything else. */
  static String kind(String typed) {
    return typed != null && CommunityUse.KINDS.contains(typed) ? typed : null;
  }

  static UUID id(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(typed.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String describe(UUID team, String kind) {
    return "team " + (team == null ? "all" : team) + ", kind " + (kind == null ? "all" : kind);
  }

  private static String link(String path, UUID team, String kind) {
    return UriComponentsBuilder.fromPath(path)
        .queryParam("team", team == null ? "" : team.toString())
        .queryParam("kind", kind == null ? "" : kind)
        .encode()
        .build()
        .toUriString();
  }
}

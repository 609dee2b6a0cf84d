package org.strengths.practice;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;
import org.strengths.access.Teams;
import org.strengths.platform.chart.BarChart;
import org.strengths.platform.web.Csv;
import org.strengths.platform.web.NotFoundException;

/**
 * Practice quality over time (docs/adr/0160): the case-file audit's computed measures per month for
 * a team or the whole council, as SVG charts with the figures in tables and a CSV download. The
 * page reads only the precomputed read model. Every view and download is audited, and so is a
 * manager's refused request for another team or the council.
 */
@Controller
class QualityController {

  static final String PAGE = "/practice-quality";
  static final String AUDIT_SECTION = "practice-quality";
  static final String COUNCIL = "council";
  static final int MONTHS = 24;

  private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);

  private final QualityStore store;
  private final QualityRefresh refresh;
  private final Teams teams;
  private final AuditLog audit;
  private final PracticeText text;
  private final Clock clock;

  QualityController(
      QualityStore store,
      QualityRefresh refresh,
      Teams teams,
      AuditLog audit,
      PracticeText text,
      Clock clock) {
    this.store = store;
    this.refresh = refresh;
    this.teams = teams;
    this.audit = audit;
    this.text = text;
    this.clock = clock;
  }

  /** What the figures are for: a team, or the council when {@code team} is empty. */
  record Scope(Optional<Teams.Team> team, String name) {

    public UUID readModelId() {
      return team.map(Teams.Team::id).orElse(QualityRefresh.COUNCIL);
    }

    public String param() {
      return team.map(t -> t.id().toString()).orElse(COUNCIL);
    }

    public String audited() {
      return team.map(t -> "team " + t.id()).orElse(COUNCIL);
    }
  }

  /** Charts and tables for the page. */
  record Shown(QualityReport.Series series, BarChart chart, List<String> monthNames) {}

  @ExceptionHandler(QualityRefused.class)
  @ResponseStatus(HttpStatus.FORBIDDEN)
  String refused() {
    return "practice/quality-refused";
  }

  @GetMapping(PAGE)
  @PreAuthorize("hasAnyRole('MANAGER','PRINCIPAL_SOCIAL_WORKER','ANALYST')")
  String page(
      @RequestParam(required = false) String team,
      @AuthenticationPrincipal StaffMember me,
      Model model) {
    Scope scope = scope(me, team, "view");
    audit.record(null, AUDIT_SECTION, "view", null, scope.audited());
    QualityReport report = report(scope);
    List<String> longNames = report.months().stream().map(LONG::format).toList();
    List<String> shortNames = report.months().stream().map(SHORT::format).toList();
    List<Shown> shown =
        report.series().stream()
            .map(
                series ->
                    new Shown(
                        series,
                        BarChart.of(
                                "chart-" + series.measure().key(),
                                text.get(series.measure().titleKey()) + " (" + scope.name() + ")",
                                text.get("quality.chart.description"),
                                shortNames,
                                series.points().stream().map(QualityReport.Point::figure).toList())
                            .labelEvery(3),
                        longNames))
            .toList();
    model.addAttribute("scope", scope);
    model.addAttribute("shown", shown);
    model.addAttribute("from", longNames.get(0));
    model.addAttribute("to", longNames.get(longNames.size() - 1));
    model.addAttribute(
        "teams",
        QualityAccess.mayChoose(me)
            ? teams.all().stream().sorted(Comparator.comparing(Teams.Team::name)).toList()
            : List.of());
    model.addAttribute("mayChoose", QualityAccess.mayChoose(me));
    model.addAttribute("refreshedAt", refresh.refreshedAt().map(text::moment).orElse(null));
    return "practice/quality";
  }

  @GetMapping(PAGE + ".csv")
  @PreAuthorize("hasAnyRole('MANAGER','PRINCIPAL_SOCIAL_WORKER','ANALYST')")
  void download(
      @RequestParam(required = false) String team,
      @AuthenticationPrincipal StaffMember me,
      HttpServletResponse response)
      throws IOException {
    Scope scope = scope(me, team, "download");
    audit.record(null, AUDIT_SECTION, "download", null, scope.audited());
    StringBuilder csv =
        new StringBuilder(
            Csv.line(
                "scope", "measure", "month", "figure", "numerator", "denominator", "worked_from"));
    for (QualityReport.Series series : report(scope).series()) {
      for (QualityReport.Point point : series.points()) {
        csv.append(
            Csv.line(
                scope.name(),
                series.measure().key(),
                point.month().toString(),
                point.figure().text(),
                point.numeratorText(),
                point.denominatorText(),
                point.baseText()));
      }
    }
    byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
    response.setContentType(Csv.CONTENT_TYPE);
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"practice-quality-" + scope.param() + "-" + text.today() + ".csv\"");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
    response.flushBuffer();
  }

  @PostMapping(PAGE + "/refresh")
  @PreAuthorize("hasAnyRole('PRINCIPAL_SOCIAL_WORKER','ANALYST')")
  String refreshNow(@RequestParam(required = false) String team) {
    refresh.refresh();
    audit.record(null, AUDIT_SECTION, "refresh", null, null);
    return "redirect:" + PAGE + (team == null || team.isBlank() ? "" : "?team=" + scopeParam(team));
  }

  private QualityReport report(Scope scope) {
    YearMonth last = YearMonth.now(clock.withZone(text.zone()));
    YearMonth first = last.minusMonths(MONTHS - 1);
    return QualityReport.of(
        last, MONTHS, store.rows(scope.readModelId(), first.atDay(1), last.atDay(1)));
  }

  /**
   * The team or council asked for; by default the council for those who may choose, and a manager's
   * own team. Anything else a manager asks for is refused and the refusal audited.
   */
  private Scope scope(StaffMember me, String typed, String action) {
    boolean council =
        COUNCIL.equals(typed)
            || ((typed == null || typed.isBlank()) && QualityAccess.mayChoose(me));
    UUID teamId = council ? null : SupervisionRules.uuid(typed);
    if (!council && teamId == null) {
      teamId = me.teamId();
    }
    Optional<Teams.Team> team = Optional.empty();
    if (!council) {
      if (teamId == null) {
        throw new NotFoundException();
      }
      team = teams.find(teamId);
      if (team.isEmpty()) {
        throw new NotFoundException();
      }
    }
    if (!QualityAccess.maySee(me, council ? null : teamId)) {
      audit.record(
          null, AUDIT_SECTION, "refused-" + action, null, council ? COUNCIL : "team " + teamId);
      throw new QualityRefused();
    }
    return new Scope(team, team.map(Teams.Team::name).orElse(text.get("quality.council")));
  }

  private static String scopeParam(String team) {
    UUID id = SupervisionRules.uuid(team);
    return id == null ? COUNCIL : id.toString();
  }
}

package org.strengths.insight;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.util.UriComponentsBuilder;
import org.strengths.access.AuditLog;
import org.strengths.access.Role;
import org.strengths.access.StaffMember;
import org.strengths.access.Teams;
import org.strengths.platform.chart.BarChart;
import org.strengths.platform.web.Csv;
import org.strengths.platform.web.DateInput;
import org.strengths.platform.web.FormErrors;

/**
 * The analyst's flow of demand: the innovation-site measures for a period beside the period before
 * it, for everyone or the people of a team, postcode district, support reason, age band, ethnicity
 * or gender. A GET form, so it works without script and a view can be bookmarked; aggregates only,
 * small numbers suppressed, no one's identity (ADR 0130).
 */
@Controller
class FlowController {

  static final String PAGE = "/insight/flow";
  static final int LONGEST_PERIOD_DAYS = 731;
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

  /** The period as typed, and the filters. */
  record FlowForm(
      String fromDay,
      String fromMonth,
      String fromYear,
      String toDay,
      String toMonth,
      String toYear,
      String team,
      String district,
      String reason,
      String age,
      String ethnicity,
      String gender) {

    boolean periodTyped() {
      return !(blank(fromDay) && blank(fromMonth) && blank(fromYear))
          || !(blank(toDay) && blank(toMonth) && blank(toYear));
    }

    FlowForm withPeriod(LocalDate from, LocalDate to) {
      return new FlowForm(
          DateInput.day(from),
          DateInput.month(from),
          DateInput.year(from),
          DateInput.day(to),
          DateInput.month(to),
          DateInput.year(to),
          team,
          district,
          reason,
          age,
          ethnicity,
          gender);
    }

    /** The same form with the team filter set (a team manager sees their own team only). */
    FlowForm withTeam(String teamId) {
      return new FlowForm(
          fromDay, fromMonth, fromYear, toDay, toMonth, toYear, teamId, district, reason, age,
          ethnicity, gender);
    }

    FlowFilters filters() {
      return FlowFilters.of(team, district, reason, age, ethnicity, gender);
    }

    private static boolean blank(String typed) {
      return typed == null || typed.isBlank();
    }
  }

  private final FlowOfDemand flow;
  private final FlowRefresh refresh;
  private final Teams teams;
  private final AuditLog audit;
  private final InsightText text;

  FlowController(
      FlowOfDemand flow, FlowRefresh refresh, Teams teams, AuditLog audit, InsightText text) {
    this.flow = flow;
    this.refresh = refresh;
    this.teams = teams;
    this.audit = audit;
    this.text = text;
  }

  @GetMapping(PAGE)
  @PreAuthorize("hasAnyRole('ANALYST', 'MANAGER')")
  String page(
      @ModelAttribute("form") FlowForm typed,
      @AuthenticationPrincipal StaffMember staff,
      Model model) {
    FlowForm form = scoped(typed, staff);
    FormErrors errors = FormErrors.inFormOrder("from", "to").dateFields("from", "to");
    LocalDate[] period = period(form, errors);
    FlowForm shown = period == null ? form : form.withPeriod(period[0], period[1]);
    model.addAttribute("form", shown);
    model.addAttribute("errors", errors);
    model.addAttribute("teams", teams.all());
    model.addAttribute("ownTeam", ownTeam(staff).orElse(null));
    model.addAttribute("options", flow.options());
    model.addAttribute("ageBands", FlowFilters.AGE_BANDS);
    model.addAttribute("refreshedAt", refresh.refreshedAt().map(text::moment).orElse(null));
    if (period != null) {
      FlowFilters filters = shown.filters();
      FlowOfDemand.Figures figures = flow.figures(period[0], period[1], text.today(), filters);
      audit.record(null, "flow-of-demand", "view", null, period[0] + " to " + period[1]);
      model.addAttribute("figures", figures);
      model.addAttribute("weeksChart", weeksChart(figures));
      model.addAttribute("stagesChart", stagesChart(figures));
      model.addAttribute("csv", link(PAGE + ".csv", shown));
    }
    return "insight/flow";
  }

  @GetMapping(PAGE + ".csv")
  @PreAuthorize("hasAnyRole('ANALYST', 'MANAGER')")
  void csv(
      @ModelAttribute("form") FlowForm typed,
      @AuthenticationPrincipal StaffMember staff,
      HttpServletResponse response)
      throws IOException {
    FlowForm form = scoped(typed, staff);
    FormErrors errors = FormErrors.inFormOrder("from", "to");
    LocalDate[] period = period(form, errors);
    if (period == null) {
      response.sendRedirect(PAGE);
      return;
    }
    FlowOfDemand.Figures figures = flow.figures(period[0], period[1], text.today(), form.filters());
    audit.record(null, "flow-of-demand", "download", null, period[0] + " to " + period[1]);
    Writer out =
        Csv.download(response, "flow-of-demand-" + period[0] + "-to-" + period[1] + ".csv");
    for (String line : csvLines(figures, text.today())) {
      out.write(line);
    }
    out.flush();
  }

  @PostMapping(PAGE + "/refresh")
  @PreAuthorize("hasRole('ANALYST')")
  String refreshNow() {
    refresh.refresh();
    audit.record(null, "flow-of-demand", "refresh", null, null);
    return "redirect:" + PAGE;
  }

  /**
   * A team manager's figures are always their own team's, whatever the address asks for: the
   * aggregates of other teams are the analysts' (ADR 0130).
   */
  private FlowForm scoped(FlowForm form, StaffMember staff) {
    return ownTeam(staff).map(team -> form.withTeam(team.id().toString())).orElse(form);
  }

  private Optional<Teams.Team> ownTeam(StaffMember staff) {
    if (staff == null || staff.role() != Role.MANAGER || staff.teamId() == null) {
      return Optional.empty();
    }
    return teams.find(staff.teamId());
  }

  /** The figures as CSV: measure, period (or "as at" day) and value, "[c]" where suppressed. */
  List<String> csvLines(FlowOfDemand.Figures figures, LocalDate today) {
    String current = figures.from() + " to " + figures.to();
    String previous = figures.previousFrom() + " to " + figures.previousTo();
    String now = "as at " + today;
    List<String> lines = new ArrayList<>();
    lines.add(Csv.line(List.of("measure", "period", "value")));
    for (FlowOfDemand.Row row : figures.period()) {
      String measure = text.get("flow.m." + row.key());
      lines.add(Csv.line(List.of(measure, current, row.current().text())));
      lines.add(Csv.line(List.of(measure, previous, row.previous().text())));
    }
    for (FlowOfDemand.Stage stage : figures.stages()) {
      String measure = text.get("flow.csv.stageShare", stage.label());
      lines.add(Csv.line(List.of(measure, current, stage.share().text())));
      lines.add(Csv.line(List.of(measure, previous, stage.previousShare().text())));
    }
    for (FlowOfDemand.Week week : figures.weeks()) {
      lines.add(
          Csv.line(
              List.of(
                  text.get("flow.csv.weekRequests"),
                  week.from() + " to " + week.from().plusDays(week.days() - 1L),
                  week.total().text())));
    }
    for (FlowOfDemand.Row row : figures.now()) {
      lines.add(Csv.line(List.of(text.get("flow.m." + row.key()), now, row.current().text())));
    }
    for (FlowOfDemand.Wait wait : figures.waits()) {
      lines.add(Csv.line(List.of(text.get("flow.wait." + wait.key()), now, wait.people().text())));
    }
    return lines;
  }

  /** The period typed, or the last 13 weeks to yesterday when none was; null when wrong. */
  private LocalDate[] period(FlowForm form, FormErrors errors) {
    LocalDate today = text.today();
    if (!form.periodTyped()) {
      return new LocalDate[] {today.minusDays(91), today.minusDays(1)};
    }
    DateInput.Result from = DateInput.read(form.fromDay(), form.fromMonth(), form.fromYear());
    DateInput.Result to = DateInput.read(form.toDay(), form.toMonth(), form.toYear());
    check(errors, "from", from, "flow.from");
    check(errors, "to", to, "flow.to");
    if (!errors.isEmpty()) {
      return null;
    }
    if (to.date().isBefore(from.date())) {
      errors.add("to", DateInput.dayBox("to"), text.get("flow.error.toBeforeFrom"));
      return null;
    }
    if (ChronoUnit.DAYS.between(from.date(), to.date()) + 1 > LONGEST_PERIOD_DAYS) {
      errors.add("to", DateInput.dayBox("to"), text.get("flow.error.tooLong"));
      return null;
    }
    return new LocalDate[] {from.date(), to.date()};
  }

  private void check(FormErrors errors, String field, DateInput.Result typed, String nameKey) {
    if (typed.blank()) {
      errors.add(field, DateInput.dayBox(field), text.get("flow.error." + field + "Missing"));
    } else {
      text.dateProblem(typed, nameKey)
          .ifPresent(message -> errors.add(field, DateInput.dayBox(field), message));
    }
  }

  private BarChart weeksChart(FlowOfDemand.Figures figures) {
    return BarChart.of(
        "requests-chart",
        text.get("flow.chart.weeks.title"),
        text.get("flow.chart.weeks.desc"),
        figures.weeks().stream().map(week -> week.from().format(SHORT)).toList(),
        figures.weeks().stream().map(FlowOfDemand.Week::total).toList());
  }

  private BarChart stagesChart(FlowOfDemand.Figures figures) {
    return BarChart.of(
        "stages-chart",
        text.get("flow.chart.stages.title"),
        text.get("flow.chart.stages.desc"),
        figures.stages().stream().map(FlowOfDemand.Stage::label).toList(),
        figures.stages().stream().map(FlowOfDemand.Stage::share).toList());
  }

  private static String link(String path, FlowForm form) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
    uri.queryParam("fromDay", form.fromDay())
        .queryParam("fromMonth", form.fromMonth())
        .queryParam("fromYear", form.fromYear())
        .queryParam("toDay", form.toDay())
        .queryParam("toMonth", form.toMonth())
        .queryParam("toYear", form.toYear());
    form.filters().asParams().forEach((name, value) -> uri.queryParam(name, value));
    return uri.encode().build().toUriString();
  }
}

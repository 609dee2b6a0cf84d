package org.strengths.insight;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;
import org.strengths.access.Teams;
import org.strengths.platform.chart.BarChart;
import org.strengths.platform.web.Csv;
import org.strengths.platform.web.DateInput;
import org.strengths.platform.web.FormErrors;

/**
 * "Did it work?": cohort curves, before and after the council's go-live date, and cost avoided with
 * its assumptions on the page and editable (ADR 0131). Every figure is labelled observational.
 */
@Controller
class CohortController {

  static final String PAGE = "/insight/cohorts";
  static final int DEFAULT_WEEKS = 52;
  static final int DEFAULT_MONTHS = 6;
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);

  /** The assumptions as typed (GET), and the team. */
  record Assumptions(String team, String weeklyCost, String weeks, String months) {}

  /** The go-live date as typed. */
  record GoLiveForm(String onDay, String onMonth, String onYear, String what) {}

  private final CohortOutcomes outcomes;
  private final FlowRefresh refresh;
  private final Teams teams;
  private final AuditLog audit;
  private final InsightText text;
  private final Clock clock;

  CohortController(
      CohortOutcomes outcomes,
      FlowRefresh refresh,
      Teams teams,
      AuditLog audit,
      InsightText text,
      Clock clock) {
    this.outcomes = outcomes;
    this.refresh = refresh;
    this.teams = teams;
    this.audit = audit;
    this.text = text;
    this.clock = clock;
  }

  @GetMapping(PAGE)
  @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
  String page(@ModelAttribute("assumptions") Assumptions typed, Model model) {
    Optional<CohortOutcomes.GoLive> goLive = outcomes.goLive();
    GoLiveForm form =
        goLive
            .map(
                g ->
                    new GoLiveForm(
                        DateInput.day(g.on()),
                        DateInput.month(g.on()),
                        DateInput.year(g.on()),
                        g.what()))
            .orElse(new GoLiveForm("", "", "", ""));
    return show(typed, form, new FormErrors(), model);
  }

  @GetMapping(PAGE + ".csv")
  @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
  void csv(@ModelAttribute("assumptions") Assumptions typed, HttpServletResponse response)
      throws IOException {
    LocalDate today = text.today();
    FlowFilters filters = FlowFilters.of(typed.team(), null, null, null, null, null);
    List<String> lines = new ArrayList<>();
    lines.add(
        Csv.line(
            List.of(
                "cohort_month",
                "people",
                "within_3_months_pct",
                "within_6_months_pct",
                "within_12_months_pct")));
    for (CohortOutcomes.Cohort cohort : outcomes.cohorts(today, filters)) {
      List<String> row = new ArrayList<>();
      row.add(cohort.month().toString());
      row.add(cohort.people().text());
      cohort.within().forEach(share -> row.add(share.text()));
      lines.add(Csv.line(row));
    }
    Optional<CohortOutcomes.GoLive> goLive = outcomes.goLive();
    if (goLive.isPresent()) {
      lines.add(Csv.line(List.of("go_live", goLive.get().on().toString(), "", "", "")));
      for (CohortOutcomes.Comparison c :
          outcomes.beforeAndAfter(goLive.get().on(), today, filters)) {
        lines.add(
            Csv.line(
                List.of(
                    "before_within_" + c.months() + "_months",
                    c.beforePeopleShown().text(),
                    c.beforeShare().text(),
                    "",
                    "")));
        lines.add(
            Csv.line(
                List.of(
                    "after_within_" + c.months() + "_months",
                    c.afterPeopleShown().text(),
                    c.afterShare().text(),
                    "",
                    "")));
      }
    }
    audit.record(null, "cohorts", "download", null, null);
    Writer out = Csv.download(response, "cohorts-" + today + ".csv");
    for (String line : lines) {
      out.write(line);
    }
    out.flush();
  }

  @PostMapping(PAGE + "/go-live")
  @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
  String setGoLive(
      @ModelAttribute("goLive") GoLiveForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model) {
    FormErrors errors = FormErrors.inFormOrder("on", "what").dateFields("on");
    DateInput.Result on = DateInput.read(form.onDay(), form.onMonth(), form.onYear());
    if (on.blank()) {
      errors.add("on", DateInput.dayBox("on"), text.get("cohort.error.onMissing"));
    } else {
      text.dateProblem(on, "cohort.goLive.on")
          .ifPresent(message -> errors.add("on", DateInput.dayBox("on"), message));
    }
    if (errors.isEmpty() && on.date().isAfter(text.today())) {
      errors.add("on", DateInput.dayBox("on"), text.get("cohort.error.onInFuture"));
    }
    String what = form.what() == null ? "" : form.what().trim();
    if (what.length() > 200) {
      errors.add("what", text.get("cohort.error.whatTooLong"));
    }
    if (!errors.isEmpty()) {
      return show(new Assumptions(null, null, null, null), form, errors, model);
    }
    outcomes.setGoLive(
        on.date(), what.isEmpty() ? null : what, staff.displayName(), clock.instant());
    audit.record(null, "cohorts", "set-go-live", null, on.date().toString());
    return "redirect:" + PAGE;
  }

  private String show(Assumptions typed, GoLiveForm form, FormErrors errors, Model model) {
    LocalDate today = text.today();
    FlowFilters filters = FlowFilters.of(typed.team(), null, null, null, null, null);
    List<CohortOutcomes.Cohort> cohorts = outcomes.cohorts(today, filters);
    Optional<BigDecimal> averageCost = outcomes.averageWeeklyPaidCost();
    BigDecimal weeklyCost = averageCost.orElse(null);
    int weeks = DEFAULT_WEEKS;
    int months = DEFAULT_MONTHS;
    if (typed.weeklyCost() != null && !typed.weeklyCost().isBlank()) {
      try {
        BigDecimal cost =
            new BigDecimal(typed.weeklyCost().trim().replace("£", "").replace(",", ""));
        if (cost.signum() < 0 || cost.compareTo(BigDecimal.valueOf(100_000)) > 0) {
          errors.add("weeklyCost", text.get("cohort.error.weeklyCost"));
        } else {
          weeklyCost = cost.setScale(2, java.math.RoundingMode.HALF_UP);
        }
      } catch (NumberFormatException e) {
        errors.add("weeklyCost", text.get("cohort.error.weeklyCost"));
      }
    }
    if (typed.weeks() != null && !typed.weeks().isBlank()) {
      try {
        weeks = Integer.parseInt(typed.weeks().trim());
        if (weeks < 1 || weeks > 520) {
          errors.add("weeks", text.get("cohort.error.weeks"));
          weeks = DEFAULT_WEEKS;
        }
      } catch (NumberFormatException e) {
        errors.add("weeks", text.get("cohort.error.weeks"));
      }
    }
    Integer typedWindow = typed.months() == null ? null : parse(typed.months());
    if (typedWindow != null && CohortOutcomes.WINDOWS.contains(typedWindow)) {
      months = typedWindow;
    }
    Optional<CohortOutcomes.GoLive> goLive = outcomes.goLive();
    model.addAttribute("errors", errors);
    model.addAttribute("goLive", form);
    model.addAttribute("currentGoLive", goLive.orElse(null));
    model.addAttribute("teams", teams.all());
    model.addAttribute("team", filters.team() == null ? "" : filters.team().toString());
    model.addAttribute("cohorts", cohorts);
    model.addAttribute("windows", CohortOutcomes.WINDOWS);
    model.addAttribute(
        "cohortChart",
        BarChart.of(
            "cohort-chart",
            text.get("cohort.chart.title"),
            text.get("cohort.chart.desc"),
            cohorts.stream().map(c -> c.month().format(MONTH)).toList(),
            cohorts.stream()
                .map(c -> c.within().get(1).known() ? c.within().get(1).share() : FlowFigure.NONE)
                .toList()));
    model.addAttribute(
        "weeklyCost",
        typed.weeklyCost() != null && errors.has("weeklyCost")
            ? typed.weeklyCost()
            : weeklyCost == null ? "" : weeklyCost.toPlainString());
    model.addAttribute("averageCost", averageCost.map(BigDecimal::toPlainString).orElse(null));
    model.addAttribute("weeks", errors.has("weeks") ? typed.weeks() : String.valueOf(weeks));
    model.addAttribute("months", months);
    model.addAttribute("refreshedAt", refresh.refreshedAt().map(text::moment).orElse(null));
    if (goLive.isPresent()) {
      List<CohortOutcomes.Comparison> comparisons =
          outcomes.beforeAndAfter(goLive.get().on(), today, filters);
      model.addAttribute("comparisons", comparisons);
      List<String> labels = new ArrayList<>();
      List<FlowFigure> values = new ArrayList<>();
      for (CohortOutcomes.Comparison c : comparisons) {
        labels.add(text.get("cohort.chart.before", c.months()));
        values.add(c.beforeShare());
        labels.add(text.get("cohort.chart.after", c.months()));
        values.add(c.afterShare());
      }
      model.addAttribute(
          "beforeAfterChart",
          BarChart.of(
              "before-after-chart",
              text.get("cohort.chart.beforeAfter.title"),
              text.get("cohort.chart.beforeAfter.desc"),
              labels,
              values));
      int window = months;
      BigDecimal costPerWeek = errors.has("weeklyCost") ? null : weeklyCost;
      int weeksAssumed = weeks;
      comparisons.stream()
          .filter(c -> c.months() == window)
          .findFirst()
          .ifPresent(
              c ->
                  model.addAttribute(
                      "cost", CohortOutcomes.costAvoided(c, costPerWeek, weeksAssumed)));
    }
    audit.record(null, "cohorts", "view", null, null);
    return "insight/cohorts";
  }

  private static Integer parse(String typed) {
    try {
      return Integer.valueOf(typed.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}

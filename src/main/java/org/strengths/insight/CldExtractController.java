package org.strengths.insight;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;
import org.strengths.platform.web.Csv;
import org.strengths.platform.web.DateInput;
import org.strengths.platform.web.FormErrors;

/**
 * The analyst's CLD extract page: choose a reporting period, see what the checks found (each
 * problem linked to where it is put right), download the CSV, and see every extract made. No page
 * here shows who a person is: problems name the event's reference only.
 */
@Controller
class CldExtractController {

  static final String PAGE = "/insight/cld";
  static final int PROBLEMS_SHOWN = 200;
  static final int EXTRACTS_SHOWN = 50;

  /** What was typed into the two GOV.UK date inputs. */
  record PeriodForm(
      String fromDay,
      String fromMonth,
      String fromYear,
      String toDay,
      String toMonth,
      String toYear) {

    static PeriodForm of(LocalDate from, LocalDate to) {
      return new PeriodForm(
          String.valueOf(from.getDayOfMonth()),
          String.valueOf(from.getMonthValue()),
          String.valueOf(from.getYear()),
          String.valueOf(to.getDayOfMonth()),
          String.valueOf(to.getMonthValue()),
          String.valueOf(to.getYear()));
    }
  }

  /** A problem in words. */
  record ProblemRow(String reference, String eventType, String message, String recordPath) {}

  private final CldExtracts extracts;
  private final CldValidation validation;
  private final AuditLog audit;
  private final InsightText text;

  CldExtractController(
      CldExtracts extracts, CldValidation validation, AuditLog audit, InsightText text) {
    this.extracts = extracts;
    this.validation = validation;
    this.audit = audit;
    this.text = text;
  }

  @GetMapping(PAGE)
  @PreAuthorize("hasRole('ANALYST')")
  String page(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Model model) {
    Optional<LocalDate> start = parse(from);
    Optional<LocalDate> end = parse(to);
    if (start.isPresent() && end.isPresent() && periodProblem(start.get(), end.get()) == null) {
      CldValidation.Report report = validation.check(start.get(), end.get());
      audit.record(null, "cld-extract", "validate", null, start.get() + " to " + end.get());
      model.addAttribute("report", report);
      model.addAttribute(
          "problems", report.problems().stream().limit(PROBLEMS_SHOWN).map(this::words).toList());
      model.addAttribute("problemCounts", counts(report));
      model.addAttribute("form", PeriodForm.of(start.get(), end.get()));
    } else {
      LocalDate[] quarter = lastCompleteQuarter(text.today());
      model.addAttribute("form", PeriodForm.of(quarter[0], quarter[1]));
    }
    return show(new FormErrors(), model);
  }

  @PostMapping(PAGE)
  @PreAuthorize("hasRole('ANALYST')")
  String choose(@ModelAttribute("form") PeriodForm form, Model model) {
    FormErrors errors = FormErrors.inFormOrder("from", "to").dateFields("from", "to");
    DateInput.Result from = DateInput.read(form.fromDay(), form.fromMonth(), form.fromYear());
    DateInput.Result to = DateInput.read(form.toDay(), form.toMonth(), form.toYear());
    check(errors, "from", from, "insight.cld.from");
    check(errors, "to", to, "insight.cld.to");
    if (errors.isEmpty()) {
      String problem = periodProblem(from.date(), to.date());
      if (problem != null) {
        errors.add("to", DateInput.dayBox("to"), text.get(problem));
      }
    }
    if (!errors.isEmpty()) {
      model.addAttribute("form", form);
      return show(errors, model);
    }
    return "redirect:" + PAGE + "?from=" + from.date() + "&to=" + to.date();
  }

  @GetMapping(PAGE + "/extract.csv")
  @PreAuthorize("hasRole('ANALYST')")
  String download(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @AuthenticationPrincipal StaffMember staff,
      HttpServletResponse response)
      throws IOException {
    Optional<LocalDate> start = parse(from);
    Optional<LocalDate> end = parse(to);
    if (start.isEmpty() || end.isEmpty() || periodProblem(start.get(), end.get()) != null) {
      return "redirect:" + PAGE;
    }
    response.setContentType(Csv.CONTENT_TYPE);
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"cld-" + start.get() + "-to-" + end.get() + ".csv\"");
    extracts.write(start.get(), end.get(), response.getOutputStream(), staff.displayName());
    response.flushBuffer();
    return null;
  }

  private String show(FormErrors errors, Model model) {
    model.addAttribute("errors", errors);
    model.addAttribute("extracts", extracts.kept(EXTRACTS_SHOWN));
    return "insight/cld";
  }

  private void check(FormErrors errors, String field, DateInput.Result typed, String nameKey) {
    if (typed.blank()) {
      errors.add(
          field, DateInput.dayBox(field), text.get("insight.cld.error." + field + "Missing"));
    } else {
      text.dateProblem(typed, nameKey)
          .ifPresent(message -> errors.add(field, DateInput.dayBox(field), message));
    }
  }

  /** The message key of what is wrong with the period, or null when it can be extracted. */
  static String periodProblem(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return "insight.cld.error.toBeforeFrom";
    }
    if (to.isAfter(from.plusYears(1).minusDays(1))) {
      return "insight.cld.error.tooLong";
    }
    return null;
  }

  /** The latest quarter (April–June, July–September, …) that has ended before {@code today}. */
  static LocalDate[] lastCompleteQuarter(LocalDate today) {
    LocalDate thisQuarter =
        LocalDate.of(today.getYear(), ((today.getMonthValue() - 1) / 3) * 3 + 1, 1);
    return new LocalDate[] {thisQuarter.minusMonths(3), thisQuarter.minusDays(1)};
  }

  private static Optional<LocalDate> parse(String date) {
    if (date == null || date.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(date));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private ProblemRow words(ExtractChecks.Problem problem) {
    return new ProblemRow(
        problem.reference(),
        problem.eventType(),
        problem.detail() == null
            ? text.get(problem.key(), "")
            : text.get(problem.key(), problem.detail()),
        problem.recordPath());
  }

  private Map<String, Long> counts(CldValidation.Report report) {
    Map<String, Long> byKey = new TreeMap<>();
    report.problems().forEach(problem -> byKey.merge(problem.key(), 1L, Long::sum));
    Map<String, Long> counts = new LinkedHashMap<>();
    byKey.forEach((key, count) -> counts.put(text.get(key + ".kind"), count));
    return counts;
  }
}

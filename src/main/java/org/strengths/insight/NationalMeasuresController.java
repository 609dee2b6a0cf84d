package org.strengths.insight;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.strengths.access.AuditLog;
import org.strengths.platform.web.Csv;
import org.strengths.platform.web.DateInput;
import org.strengths.platform.web.FormErrors;
import org.strengths.platform.web.NotFoundException;

/**
 * The analyst's national measures page: choose a period and see the SALT and ASCOF tables NHS
 * England derives from the CLD return, laid out as published, each downloadable as CSV (one row per
 * cell). Aggregates only; no one is named.
 */
@Controller
class NationalMeasuresController {

  static final String PAGE = "/insight/measures";

  private final NationalMeasures measures;
  private final AuditLog audit;
  private final InsightText text;

  NationalMeasuresController(NationalMeasures measures, AuditLog audit, InsightText text) {
    this.measures = measures;
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
    if (start.isPresent()
        && end.isPresent()
        && CldExtractController.periodProblem(start.get(), end.get()) == null) {
      NationalMeasures.Measures result = measures.compute(start.get(), end.get());
      audit.record(null, "cld-measures", "view", null, start.get() + " to " + end.get());
      model.addAttribute("measures", result);
      model.addAttribute("form", CldExtractController.PeriodForm.of(start.get(), end.get()));
    } else {
      LocalDate[] quarter = CldExtractController.lastCompleteQuarter(text.today());
      model.addAttribute("form", CldExtractController.PeriodForm.of(quarter[0], quarter[1]));
    }
    model.addAttribute("errors", new FormErrors());
    return "insight/measures";
  }

  @PostMapping(PAGE)
  @PreAuthorize("hasRole('ANALYST')")
  String choose(@ModelAttribute("form") CldExtractController.PeriodForm form, Model model) {
    FormErrors errors = FormErrors.inFormOrder("from", "to").dateFields("from", "to");
    DateInput.Result from = DateInput.read(form.fromDay(), form.fromMonth(), form.fromYear());
    DateInput.Result to = DateInput.read(form.toDay(), form.toMonth(), form.toYear());
    check(errors, "from", from, "insight.cld.from");
    check(errors, "to", to, "insight.cld.to");
    if (errors.isEmpty()) {
      String problem = CldExtractController.periodProblem(from.date(), to.date());
      if (problem != null) {
        errors.add("to", DateInput.dayBox("to"), text.get(problem));
      }
    }
    if (!errors.isEmpty()) {
      model.addAttribute("form", form);
      model.addAttribute("errors", errors);
      return "insight/measures";
    }
    return "redirect:" + PAGE + "?from=" + from.date() + "&to=" + to.date();
  }

  @GetMapping(PAGE + "/{table}.csv")
  @PreAuthorize("hasRole('ANALYST')")
  String download(
      @PathVariable String table,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      HttpServletResponse response)
      throws IOException {
    Optional<LocalDate> start = parse(from);
    Optional<LocalDate> end = parse(to);
    if (start.isEmpty()
        || end.isEmpty()
        || CldExtractController.periodProblem(start.get(), end.get()) != null) {
      return "redirect:" + PAGE;
    }
    MeasureTable found =
        measures.compute(start.get(), end.get()).tables().stream()
            .filter(t -> t.id().equals(table))
            .findFirst()
            .orElseThrow(NotFoundException::new);
    audit.record(
        null, "cld-measures", "download", null, table + ", " + start.get() + " to " + end.get());
    Writer writer = Csv.download(response, table + "-" + start.get() + "-to-" + end.get() + ".csv");
    writer.write(Csv.line(CldMeasuresCommand.HEADER));
    for (MeasureTable.Cell cell : found.cells()) {
      writer.write(
          Csv.line(
              Arrays.asList(
                  cell.table(),
                  cell.row(),
                  cell.column(),
                  cell.value() == null ? null : cell.value().toPlainString())));
    }
    writer.flush();
    response.flushBuffer();
    return null;
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
}

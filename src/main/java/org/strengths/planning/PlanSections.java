package org.strengths.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.strengths.platform.web.DateInput;
import org.strengths.platform.web.FormErrors;

/** Checks a section page's form and turns it into the plan's columns. */
@Component
class PlanSections {

  static final int LONG_TEXT = 4000;
  static final int SHORT_TEXT = 200;
  static final List<String> COPY_FORMATS =
      List.of("PRINTED", "EASY_READ", "LARGE_PRINT", "EMAIL", "BRAILLE", "AUDIO", "TRANSLATED");

  private final PlanText text;

  PlanSections(PlanText text) {
    this.text = text;
  }

  /** The checked values as columns, or the problems. */
  record Checked(Map<String, Object> columns, FormErrors errors) {}

  static String stored(PlanSection section, Plan plan) {
    return switch (section) {
      case NEEDS -> plan.needsIdentified();
      case ELIGIBILITY -> plan.eligibility();
      case NEEDS_MET -> plan.needsMetHow();
      case ADVICE -> plan.advice();
      case INVOLVED -> plan.involved();
      case CONTINGENCY -> plan.contingency();
      default -> null;
    };
  }

  Checked check(PlanSection section, SectionForm form, LocalDate today) {
    FormErrors errors = new FormErrors();
    Map<String, Object> columns =
        switch (section.page()) {
          case TEXT ->
              PlanStore.columns(section.column(), longText(errors, "text", form.text(), section));
          case DIRECT_PAYMENTS ->
              PlanStore.columns(
                  "direct_payment_needs",
                  longText(errors, "text", form.text(), section),
                  "direct_payment_frequency",
                  shortText(errors, "frequency", form.frequency(), "planning.error.frequency"));
          case AGREEMENT -> agreement(errors, form);
          case DATE -> PlanStore.columns("next_review_on", nextReview(errors, form, today));
          case COPY -> copy(errors, form, today);
          case OWN -> throw new IllegalArgumentException(section.name());
        };
    return new Checked(columns, errors);
  }

  private String longText(FormErrors errors, String field, String typed, PlanSection section) {
    String value = FormErrors.typed(typed);
    if (value == null) {
      errors.add(field, text.get("planning.section." + section.name() + ".required"));
    } else if (value.length() > LONG_TEXT) {
      errors.add(field, text.get("planning.error.tooLong", LONG_TEXT));
    }
    return value;
  }

  private String shortText(FormErrors errors, String field, String typed, String keyPrefix) {
    String value = FormErrors.typed(typed);
    if (value == null) {
      errors.add(field, text.get(keyPrefix + ".required"));
    } else if (value.length() > SHORT_TEXT) {
      errors.add(field, text.get("planning.error.tooLong", SHORT_TEXT));
    }
    return value;
  }

  private Map<String, Object> agreement(FormErrors errors, SectionForm form) {
    Boolean agrees = yesNo(form.agrees());
    String view = FormErrors.typed(form.view());
    if (agrees == null) {
      errors.add("agrees", text.get("planning.error.agrees.required"));
    } else if (!agrees && view == null) {
      errors.add("view", text.get("planning.error.view.required"));
    }
    if (view != null && view.length() > LONG_TEXT) {
      errors.add("view", text.get("planning.error.tooLong", LONG_TEXT));
    }
    return PlanStore.columns("person_agrees", agrees, "person_view", view);
  }

  private LocalDate nextReview(FormErrors errors, SectionForm form, LocalDate today) {
    LocalDate date = date(errors, form, "planning.error.nextReview");
    if (date != null && date.isBefore(today)) {
      errors.add("date", "dateDay", text.get("planning.error.nextReview.past"));
    } else if (date != null && date.isAfter(today.plus(ReviewSchedule.PLANNED_INTERVAL))) {
      errors.add("date", "dateDay", text.get("planning.error.nextReview.tooFar"));
    }
    return date;
  }

  private Map<String, Object> copy(FormErrors errors, SectionForm form, LocalDate today) {
    LocalDate date = date(errors, form, "planning.error.copyDate");
    if (date != null && date.isAfter(today)) {
      errors.add("date", "dateDay", text.get("planning.error.copyDate.future"));
    }
    String format = form.format() == null ? null : form.format().strip();
    if (format == null || !COPY_FORMATS.contains(format)) {
      errors.add("format", "format-PRINTED", text.get("planning.error.copyFormat.required"));
    }
    return PlanStore.columns("copy_given_on", date, "copy_format", format);
  }

  private LocalDate date(FormErrors errors, SectionForm form, String keyPrefix) {
    DateInput.Result typed = DateInput.read(form.day(), form.month(), form.year());
    if (typed.blank()) {
      errors.add("date", "dateDay", text.get(keyPrefix + ".required"));
    }
    text.dateProblem(typed, "planning.date." + keyPrefix.substring(keyPrefix.lastIndexOf('.') + 1))
        .ifPresent(message -> errors.add("date", "dateDay", message));
    return typed.date();
  }

  static Boolean yesNo(String typed) {
    if ("yes".equals(typed)) {
      return true;
    }
    return "no".equals(typed) ? false : null;
  }
}

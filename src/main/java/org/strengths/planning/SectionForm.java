package org.strengths.planning;

import org.strengths.platform.web.DateInput;

/**
 * What was typed on one section page of the plan. Every field is text as typed, so nothing is lost
 * when it is shown again with errors; the page uses the fields its section needs.
 */
record SectionForm(
    String text,
    String frequency,
    String agrees,
    String view,
    String day,
    String month,
    String year,
    String format,
    String version) {

  static SectionForm of(PlanSection section, Plan plan) {
    String version = String.valueOf(plan.version());
    return switch (section.page()) {
      case TEXT ->
          new SectionForm(
              PlanSections.stored(section, plan),
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              version);
      case DIRECT_PAYMENTS ->
          new SectionForm(
              plan.directPaymentNeeds(),
              plan.directPaymentFrequency(),
              null,
              null,
              null,
              null,
              null,
              null,
              version);
      case AGREEMENT ->
          new SectionForm(
              null,
              null,
              plan.personAgrees() == null ? null : plan.personAgrees() ? "yes" : "no",
              plan.personView(),
              null,
              null,
              null,
              null,
              version);
      case DATE ->
          new SectionForm(
              null,
              null,
              null,
              null,
              DateInput.day(plan.nextReviewOn()),
              DateInput.month(plan.nextReviewOn()),
              DateInput.year(plan.nextReviewOn()),
              null,
              version);
      case COPY ->
          new SectionForm(
              null,
              null,
              null,
              null,
              DateInput.day(plan.copyGivenOn()),
              DateInput.month(plan.copyGivenOn()),
              DateInput.year(plan.copyGivenOn()),
              plan.copyFormat(),
              version);
      case OWN -> throw new IllegalArgumentException(section.name());
    };
  }

  SectionForm withVersion(int newVersion) {
    return new SectionForm(
        text, frequency, agrees, view, day, month, year, format, String.valueOf(newVersion));
  }
}

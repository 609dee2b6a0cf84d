package org.strengths.planning;

import java.util.Arrays;
import java.util.Optional;

/**
 * The parts of a care and support plan, in the order of s.25(1)–(2) and the local additions
 * (domain-reference §10 C14). Each is its own page; the plan's task list shows their status.
 */
enum PlanSection {
  NEEDS("needs", Page.TEXT, "needs_identified"),
  ELIGIBILITY("eligibility", Page.TEXT, "eligibility"),
  NEEDS_MET("how-needs-are-met", Page.TEXT, "needs_met_how"),
  OUTCOMES("outcomes", Page.OWN, null),
  WHO_DOES_WHAT("support", Page.OWN, null),
  BUDGET("budget", Page.OWN, null),
  ADVICE("advice", Page.TEXT, "advice"),
  DIRECT_PAYMENTS("direct-payments", Page.DIRECT_PAYMENTS, "direct_payment_needs"),
  INVOLVED("involved", Page.TEXT, "involved"),
  AGREEMENT("agreement", Page.AGREEMENT, "person_agrees"),
  CONTINGENCY("contingency", Page.TEXT, "contingency"),
  NEXT_REVIEW("next-review", Page.DATE, "next_review_on"),
  COPY("copy", Page.COPY, "copy_given_on");

  /** What the section's page asks for. OWN sections have pages of their own elsewhere. */
  enum Page {
    TEXT,
    DIRECT_PAYMENTS,
    AGREEMENT,
    DATE,
    COPY,
    OWN
  }

  enum Status {
    NOT_STARTED,
    COMPLETED,
    NOT_NEEDED,
    CANNOT_START_YET
  }

  private final String slug;
  private final Page page;
  private final String column;

  PlanSection(String slug, Page page, String column) {
    this.slug = slug;
    this.page = page;
    this.column = column;
  }

  public String slug() {
    return slug;
  }

  public Page page() {
    return page;
  }

  String column() {
    return column;
  }

  public String titleKey() {
    return "planning.section." + name() + ".title";
  }

  /** Sections with a page of the generic kind, by the slug in the address. */
  static Optional<PlanSection> editable(String slug) {
    return Arrays.stream(values())
        .filter(section -> section.page != Page.OWN && section.slug.equals(slug))
        .findFirst();
  }

  /** The copy is given once the plan is agreed, so agreeing does not wait for it. */
  boolean neededToAgree() {
    return this != COPY;
  }
}

package org.strengths.planning;

import java.time.LocalDate;
import java.util.List;
import org.strengths.platform.AccessiblePdf;
import org.strengths.platform.Money;

/**
 * "My plan": the plan as the person reads it, one page in plain words. The same content is a
 * printable page and a tagged PDF (PDF/UA, PDF/A-3u) with every font embedded. The person's own
 * pages read it through {@link SupportPlans#myAgreedPlan}.
 */
public record MyPlan(
    String name,
    List<String> outcomes,
    List<String> strengths,
    List<Help> help,
    Money costWeekly,
    Money personPaysWeekly,
    Money councilPaysWeekly,
    String managementOptionKey,
    String contingency,
    LocalDate nextReview,
    List<Part> parts) {

  /** Who helps with what, in the person's plan. */
  public record Help(String who, String what) {}

  /** The slug of the plan's "if things go wrong" part, which has its own place in "My plan". */
  public static final String CONTINGENCY = "contingency";

  /**
   * A written part of the plan (s.25(1)), in the words the practitioner wrote with the person.
   *
   * @param slug the plan section's address, e.g. {@code needs}: unique within the plan
   * @param headingKey the message key of the heading the person reads
   * @param first shown before what matters to the person (the needs, eligibility and how they are
   *     met, as s.25(1)(a)–(c)); the others follow the budget
   */
  public record Part(String slug, String headingKey, String text, boolean first) {}

  /** The written parts shown before what matters to the person. */
  public List<Part> firstParts() {
    return parts.stream().filter(Part::first).toList();
  }

  /** The written parts shown after the budget. */
  public List<Part> laterParts() {
    return parts.stream().filter(part -> !part.first()).toList();
  }

  /**
   * The plan with these written parts left out (withheld from the person; {@link #CONTINGENCY} for
   * "if things go wrong"). Nothing else is left out.
   */
  public MyPlan without(java.util.Set<String> slugs) {
    return new MyPlan(
        name,
        outcomes,
        strengths,
        help,
        costWeekly,
        personPaysWeekly,
        councilPaysWeekly,
        managementOptionKey,
        slugs.contains(CONTINGENCY) ? null : contingency,
        nextReview,
        parts.stream().filter(part -> !slugs.contains(part.slug())).toList());
  }

  static List<Part> parts(Plan plan) {
    List<Part> parts = new java.util.ArrayList<>();
    part(parts, PlanSection.NEEDS, plan.needsIdentified(), true);
    part(parts, PlanSection.ELIGIBILITY, plan.eligibility(), true);
    part(parts, PlanSection.NEEDS_MET, plan.needsMetHow(), true);
    part(parts, PlanSection.ADVICE, plan.advice(), false);
    part(parts, PlanSection.DIRECT_PAYMENTS, plan.directPaymentNeeds(), false);
    part(parts, PlanSection.INVOLVED, plan.involved(), false);
    return List.copyOf(parts);
  }

  private static void part(List<Part> parts, PlanSection section, String text, boolean first) {
    if (text != null && !text.isBlank()) {
      parts.add(
          new Part(section.slug(), "planning.myPlan.part." + section.slug(), text.strip(), first));
    }
  }

  /**
   * @param strengthsNamed the strengths from the person's conversations, by id, so each outcome's
   *     strength can be named
   */
  static MyPlan of(
      String name,
      Plans.Whole whole,
      LocalDate today,
      PlanText text,
      java.util.Map<java.util.UUID, String> strengthsNamed) {
    PersonalBudget budget = whole.budget(today);
    List<Help> help =
        whole.lines().stream()
            .map(
                line ->
                    new Help(
                        line.givenBy() == null ? text.get("planning.myPlan.me") : line.givenBy(),
                        line.help()))
            .toList();
    Plan plan = whole.plan();
    return new MyPlan(
        name,
        whole.outcomes().stream().map(Outcome::words).toList(),
        whole.outcomes().stream()
            .map(Outcome::strengthId)
            .filter(java.util.Objects::nonNull)
            .map(strengthsNamed::get)
            .filter(java.util.Objects::nonNull)
            .distinct()
            .toList(),
        help,
        budget.costWeekly(),
        budget.personPaysWeekly(),
        budget.councilPaysWeekly(),
        plan.managementOption() == null ? null : "planning.option." + plan.managementOption(),
        plan.contingency(),
        plan.reviewDueOn() != null ? plan.reviewDueOn() : plan.nextReviewOn(),
        parts(plan));
  }

  byte[] pdf(PlanText text) {
    return AccessiblePdf.fromHtml(html(text));
  }

  String html(PlanText text) {
    String title = text.get("planning.myPlan.title", name);
    StringBuilder html = new StringBuilder(8192);
    html.append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"UTF-8\"/><title>")
        .append(escape(title))
        .append("</title><meta name=\"author\" content=\"Strengths\"/><meta name=\"subject\"")
        .append(" content=\"")
        .append(escape(text.get("planning.myPlan.subject")))
        .append("\"/><style>@page { size: A4; margin: 18mm 16mm; }")
        .append("body { font-family: '")
        .append(AccessiblePdf.FONT)
        .append("'; font-size: 13pt; line-height: 1.4; color: #0b0c0c; }")
        .append("h1 { font-size: 24pt; font-weight: normal; margin: 0 0 8pt 0; }")
        .append("h2 { font-size: 17pt; font-weight: normal; margin: 14pt 0 4pt 0; }")
        .append("ul { margin: 0; padding-left: 16pt; } li { margin-bottom: 3pt; }")
        .append("</style></head><body><h1>")
        .append(escape(title))
        .append("</h1>");
    written(html, firstParts(), text);
    section(html, text.get("planning.myPlan.matters"), outcomes, text);
    if (!strengths.isEmpty()) {
      section(html, text.get("planning.myPlan.strengths"), strengths, text);
    }
    section(
        html,
        text.get("planning.myPlan.whoHelps"),
        help.stream().map(h -> h.who() + ": " + h.what()).toList(),
        text);
    html.append("<h2>").append(escape(text.get("planning.myPlan.budget"))).append("</h2><p>");
    html.append(
        escape(
            text.get(
                "planning.myPlan.budgetLine",
                costWeekly.formatted(),
                personPaysWeekly.formatted(),
                councilPaysWeekly.formatted())));
    if (managementOptionKey != null) {
      html.append(' ')
          .append(escape(text.get("planning.myPlan.managed", text.get(managementOptionKey))));
    }
    html.append("</p>");
    written(html, laterParts(), text);
    if (contingency != null) {
      html.append("<h2>")
          .append(escape(text.get("planning.myPlan.wrong")))
          .append("</h2><p>")
          .append(escape(contingency))
          .append("</p>");
    }
    html.append("<h2>")
        .append(escape(text.get("planning.myPlan.nextTalk")))
        .append("</h2><p>")
        .append(
            escape(
                nextReview == null
                    ? text.get("planning.myPlan.notSet")
                    : text.get("planning.myPlan.nextTalkBy", text.date(nextReview))))
        .append("</p></body></html>");
    return html.toString();
  }

  private static void written(StringBuilder html, List<Part> parts, PlanText text) {
    for (Part part : parts) {
      html.append("<h2>")
          .append(escape(text.get(part.headingKey())))
          .append("</h2><p>")
          .append(escape(part.text()))
          .append("</p>");
    }
  }

  private static void section(
      StringBuilder html, String heading, List<String> items, PlanText text) {
    html.append("<h2>").append(escape(heading)).append("</h2>");
    if (items.isEmpty()) {
      html.append("<p>").append(escape(text.get("planning.myPlan.nothingYet"))).append("</p>");
      return;
    }
    html.append("<ul>");
    items.forEach(item -> html.append("<li>").append(escape(item)).append("</li>"));
    html.append("</ul>");
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\n' || c == '\t') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}

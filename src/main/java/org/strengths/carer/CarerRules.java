package org.strengths.carer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strengths.person.PreferredFormat;
import org.strengths.platform.statute.WellbeingArea;
import org.strengths.platform.web.FormErrors;

/**
 * The checks a carer's conversation passes, whether typed into the page or sent to the API. Plain
 * Java: problems come back as field → {@link Problem}, in form order, for the caller to word.
 */
final class CarerRules {

  /** A carer form's errors: dates link to their day box. */
  static FormErrors errors() {
    return new FormErrors().dateFields("conversationDate", "recordGiven", "consentDate");
  }

  static final int NARRATIVE_LIMIT = 10_000;
  static final int SHORT_LIMIT = 200;

  private CarerRules() {}

  /** A message key with the field's name key and a number for it, e.g. a length limit. */
  record Problem(String key, String nameKey, int number) {
    static Problem of(String key) {
      return new Problem(key, null, 0);
    }
  }

  /** Trims every text, turns blanks into nulls and drops empty quotes and wellbeing areas. */
  static CarerConversation normalise(CarerConversation typed) {
    List<CarerConversation.Quote> quotes = new ArrayList<>();
    for (CarerConversation.Quote quote : typed.quotes()) {
      if (quote == null) {
        continue;
      }
      String words = FormErrors.typed(quote.quote());
      String saidBy = FormErrors.typed(quote.saidBy());
      if (words != null || saidBy != null) {
        quotes.add(new CarerConversation.Quote(words, saidBy));
      }
    }
    Map<WellbeingArea, String> wellbeing = new EnumMap<>(WellbeingArea.class);
    for (WellbeingArea area : WellbeingArea.values()) {
      String impact = FormErrors.typed(typed.wellbeing().get(area));
      if (impact != null) {
        wellbeing.put(area, impact);
      }
    }
    return new CarerConversation(
        typed.linkId(),
        typed.conversationDate(),
        FormErrors.typed(typed.whatMatters()),
        quotes,
        FormErrors.typed(typed.ableNow()),
        FormErrors.typed(typed.willingNow()),
        FormErrors.typed(typed.ableFuture()),
        FormErrors.typed(typed.willingFuture()),
        FormErrors.typed(typed.ableWillingNotes()),
        wellbeing,
        FormErrors.typed(typed.carerOutcomes()),
        FormErrors.typed(typed.activitiesNow()),
        FormErrors.typed(typed.activitiesWished()),
        FormErrors.typed(typed.networkSupport()),
        FormErrors.typed(typed.peopleInvolved()),
        FormErrors.typed(typed.practitionerSummary()),
        FormErrors.typed(typed.fluctuation()),
        typed.recordGivenDate(),
        FormErrors.typed(typed.recordGivenFormat()));
  }

  /** Problems with a normalised conversation, as field → problem, in the order of the form. */
  static Map<String, Problem> problems(CarerConversation c, LocalDate today) {
    Map<String, Problem> problems = new LinkedHashMap<>();
    if (c.conversationDate() == null) {
      problems.put("conversationDate", Problem.of("carer.error.conversationDate.required"));
    } else if (c.conversationDate().isAfter(today)) {
      problems.put("conversationDate", Problem.of("carer.error.conversationDate.future"));
    } else if (c.conversationDate().isBefore(today.minusYears(5))) {
      problems.put("conversationDate", Problem.of("carer.error.conversationDate.tooOld"));
    }
    if (c.whatMatters() == null) {
      problems.put("whatMatters", Problem.of("carer.error.whatMatters.required"));
    }
    narrative(problems, "whatMatters", c.whatMatters());
    quotes(problems, c.quotes());
    ability(problems, "ableNow", c.ableNow());
    ability(problems, "willingNow", c.willingNow());
    ability(problems, "ableFuture", c.ableFuture());
    ability(problems, "willingFuture", c.willingFuture());
    narrative(problems, "ableWillingNotes", c.ableWillingNotes());
    for (WellbeingArea area : WellbeingArea.values()) {
      String impact = c.wellbeing().get(area);
      if (impact != null && impact.length() > NARRATIVE_LIMIT) {
        problems.put(
            "wellbeing-" + area.camelName(),
            new Problem("carer.error.tooLong", area.messageKey(), NARRATIVE_LIMIT));
      }
    }
    narrative(problems, "carerOutcomes", c.carerOutcomes());
    narrative(problems, "activitiesNow", c.activitiesNow());
    narrative(problems, "activitiesWished", c.activitiesWished());
    narrative(problems, "networkSupport", c.networkSupport());
    shortText(problems, "peopleInvolved", c.peopleInvolved());
    narrative(problems, "practitionerSummary", c.practitionerSummary());
    shortText(problems, "fluctuation", c.fluctuation());
    recordGiven(problems, c, today);
    return problems;
  }

  /**
   * Problems with the eligibility answers and decision: an "unable" outcome needs a reason (reg.
   * 3(3)), and a decision that differs from the suggestion needs the practitioner's reason.
   *
   * @param decision the practitioner's decision, {@code null} when not decided yet
   */
  static Map<String, Problem> eligibilityProblems(
      CarerEligibility answers, Boolean decision, String decisionReason) {
    Map<String, Problem> problems = new LinkedHashMap<>();
    narrative(problems, "healthNotes", answers.healthNotes());
    for (CarerOutcome outcome : CarerOutcome.values()) {
      CarerEligibilityRule.OutcomeAnswer answer = answers.outcomes().get(outcome);
      if (answer != null && answer.unableWithoutReason()) {
        problems.put("outcome-" + outcome.field(), Problem.of("carer.error.outcome.reason"));
      }
      String notes = answers.outcomeNotes().get(outcome);
      if (notes != null && notes.length() > NARRATIVE_LIMIT) {
        problems.put(
            "notes-" + outcome.field(),
            new Problem("carer.error.tooLong", outcome.labelKey(), NARRATIVE_LIMIT));
      }
    }
    narrative(problems, "impactRationale", answers.impactRationale());
    if (decision != null
        && decisionReason == null
        && CarerEligibilityRule.decisionNeedsReason(
            CarerEligibilityRule.suggest(answers.facts()).suggestion(), decision)) {
      problems.put("decisionReason", Problem.of("carer.error.decisionReason.required"));
    }
    narrative(problems, "decisionReason", decisionReason);
    return problems;
  }

  /** Problems with a new link between a carer and the person they care for. */
  static Map<String, Problem> linkProblems(
      String relationship,
      Boolean consentGiven,
      LocalDate consentDate,
      String consentGivenBy,
      LocalDate today) {
    Map<String, Problem> problems = new LinkedHashMap<>();
    if (relationship == null) {
      problems.put("relationship", Problem.of("carer.error.relationship.required"));
    }
    shortText(problems, "relationship", relationship);
    if (consentGiven == null) {
      problems.put("consentGiven", Problem.of("carer.error.consentGiven.required"));
    } else if (!consentGiven) {
      problems.put("consentGiven", Problem.of("carer.error.consentGiven.no"));
    }
    if (consentDate == null) {
      problems.put("consentDate", Problem.of("carer.error.consentDate.required"));
    } else if (consentDate.isAfter(today)) {
      problems.put("consentDate", Problem.of("carer.error.consentDate.future"));
    }
    if (consentGivenBy == null) {
      problems.put("consentGivenBy", Problem.of("carer.error.consentGivenBy.required"));
    }
    shortText(problems, "consentGivenBy", consentGivenBy);
    return problems;
  }

  private static void quotes(Map<String, Problem> problems, List<CarerConversation.Quote> quotes) {
    for (int i = 0; i < quotes.size(); i++) {
      CarerConversation.Quote quote = quotes.get(i);
      String words = "quotes-" + i + "-quote";
      String saidBy = "quotes-" + i + "-saidBy";
      if (quote.quote() == null) {
        problems.put(words, Problem.of("carer.error.quote.required"));
      } else if (quote.quote().length() > NARRATIVE_LIMIT) {
        problems.put(
            words, new Problem("carer.error.tooLong", "carer.name.quote", NARRATIVE_LIMIT));
      }
      if (quote.saidBy() == null) {
        problems.put(saidBy, Problem.of("carer.error.saidBy.required"));
      } else if (quote.saidBy().length() > SHORT_LIMIT) {
        problems.put(saidBy, new Problem("carer.error.tooLong", "carer.name.saidBy", SHORT_LIMIT));
      }
    }
  }

  private static void recordGiven(
      Map<String, Problem> problems, CarerConversation c, LocalDate today) {
    if (c.recordGivenDate() != null && c.recordGivenDate().isAfter(today)) {
      problems.put("recordGiven", Problem.of("carer.error.recordGiven.future"));
    }
    String format = c.recordGivenFormat();
    if (format != null && !isFormat(format)) {
      problems.put("recordGivenFormat", Problem.of("carer.error.choice"));
    } else if (format == null && c.recordGivenDate() != null) {
      problems.put("recordGivenFormat", Problem.of("carer.error.recordGivenFormat.required"));
    } else if (format != null && c.recordGivenDate() == null) {
      problems.put("recordGiven", Problem.of("carer.error.recordGiven.required"));
    }
  }

  static boolean isFormat(String format) {
    for (PreferredFormat candidate : PreferredFormat.values()) {
      if (candidate.name().equals(format)) {
        return true;
      }
    }
    return false;
  }

  private static void ability(Map<String, Problem> problems, String field, String value) {
    if (value != null && CarerAbility.of(value) == null) {
      problems.put(field, Problem.of("carer.error.choice"));
    }
  }

  static void narrative(Map<String, Problem> problems, String field, String value) {
    limit(problems, field, value, NARRATIVE_LIMIT);
  }

  static void shortText(Map<String, Problem> problems, String field, String value) {
    limit(problems, field, value, SHORT_LIMIT);
  }

  private static void limit(Map<String, Problem> problems, String field, String value, int max) {
    if (value != null && value.length() > max && !problems.containsKey(field)) {
      problems.put(field, new Problem("carer.error.tooLong", "carer.name." + field, max));
    }
  }
}

package org.strengths.portal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The question pages of "Ask for support", one thing per page, in the order they are asked: what
 * matters and what is going well come first, then what would help, then who the person is and how
 * to reach whoever asked. Each page's address is its slug under {@code /ask-for-support/}.
 */
enum AskForSupportQuestion {
  WHO_FOR("who-for", "whoFor"),
  WHAT_MATTERS("what-matters", "whatMatters"),
  GOING_WELL("going-well", "goingWell"),
  WHAT_WOULD_HELP("what-would-help", "whatWouldHelp"),
  NAME("name", "firstName", "lastName"),
  DATE_OF_BIRTH("date-of-birth", "dateOfBirth"),
  NHS_NUMBER("nhs-number", "nhsNumber"),
  POSTCODE("postcode", "postcode"),
  CONTACT("contact", "contactName", "email", "phone");

  private final String slug;
  private final List<String> fields;

  AskForSupportQuestion(String slug, String... fields) {
    this.slug = slug;
    this.fields = List.of(fields);
  }

  String slug() {
    return slug;
  }

  /** The fields the page asks, in form order (the date of birth is one field of three boxes). */
  List<String> fields() {
    return fields;
  }

  /** The page after this one, or empty after the last (then comes "Check your answers"). */
  Optional<AskForSupportQuestion> next() {
    int next = ordinal() + 1;
    return next < values().length ? Optional.of(values()[next]) : Optional.empty();
  }

  /** The page before this one, or empty for the first (whose back link is the start page). */
  Optional<AskForSupportQuestion> previous() {
    return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
  }

  static Optional<AskForSupportQuestion> of(String slug) {
    return Arrays.stream(values()).filter(question -> question.slug.equals(slug)).findFirst();
  }
}

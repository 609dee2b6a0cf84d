package org.strengths.portal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.strengths.person.NhsNumber;
import org.strengths.person.Postcode;
import org.strengths.platform.web.DateInput;
import org.strengths.platform.web.WebCode;

/**
 * The rules for each page of "Ask for support", in plain Java: what is required, how long answers
 * may be, what a real date of birth, NHS number, postcode, email address and phone number look
 * like, and that no answer carries web code. Problems come back as field to message key (in {@code
 * messages/askforsupport.properties}); nothing is saved while there are any, and the page shows
 * what was typed.
 */
final class SupportRequestRules {

  static final int MAX_STORY = 2000;
  static final int MAX_NAME = 100;
  static final int MAX_EMAIL = 254;
  static final int MAX_PHONE = 30;
  static final int MAX_AGE_YEARS = 120;

  static final Set<String> WHO_FOR =
      Set.of(
          SupportRequestAnswers.MYSELF,
          SupportRequestAnswers.SOMEONE_I_KNOW,
          SupportRequestAnswers.CARER);

  // An opening or closing tag, a comment or a doctype: "<script", "</b", "<!--". A lone "<" (as in
  // "I walk < 1 mile") is fine.
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>.]{2,}$");
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{10,}$");

  private SupportRequestRules() {}

  /**
   * What the page's answers make of the request, or the problems with them.
   *
   * @param typed the form's parameters by name (a date as {@code dateOfBirthDay} and so on)
   */
  record Checked(SupportRequestAnswers answers, Map<String, String> problems) {
    boolean ok() {
      return problems.isEmpty();
    }
  }

  static Checked check(
      AskForSupportQuestion question,
      Function<String, String> typed,
      SupportRequestAnswers answers,
      LocalDate today) {
    Map<String, String> problems = new LinkedHashMap<>();
    SupportRequestAnswers next =
        switch (question) {
          case WHO_FOR -> {
            String value = clean(typed.apply("whoFor"));
            if (value == null) {
              problems.put("whoFor", "ask.error.whoFor.required");
            } else if (!WHO_FOR.contains(value)) {
              problems.put("whoFor", "ask.error.whoFor.required");
            }
            yield answers.withWhoFor(value);
          }
          case WHAT_MATTERS -> answers.withWhatMatters(story(problems, "whatMatters", typed, true));
          case GOING_WELL -> answers.withGoingWell(story(problems, "goingWell", typed, false));
          case WHAT_WOULD_HELP ->
              answers.withWhatWouldHelp(story(problems, "whatWouldHelp", typed, true));
          case NAME ->
              answers.withName(
                  name(problems, "firstName", typed, true),
                  name(problems, "lastName", typed, true));
          case DATE_OF_BIRTH -> answers.withDateOfBirth(dateOfBirth(problems, typed, today));
          case NHS_NUMBER -> answers.withNhsNumber(nhsNumber(problems, typed));
          case POSTCODE -> answers.withPostcode(postcode(problems, typed));
          case CONTACT -> contact(problems, typed, answers);
        };
    return new Checked(next, problems);
  }

  /** Free text as stored: line breaks one way, no surrounding space, null when blank. */
  static String clean(String value) {
    if (value == null) {
      return null;
    }
    String text = value.replace("\r\n", "\n").strip();
    return text.isEmpty() ? null : text;
  }

  private static String story(
      Map<String, String> problems,
      String field,
      Function<String, String> typed,
      boolean required) {
    String value = clean(typed.apply(field));
    if (value == null) {
      if (required) {
        problems.put(field, "ask.error." + field + ".required");
      }
    } else if (value.length() > MAX_STORY) {
      problems.put(field, "ask.error." + field + ".tooLong");
    } else if (WebCode.in(value)) {
      problems.put(field, "ask.error.webCode");
    }
    return value;
  }

  private static String name(
      Map<String, String> problems,
      String field,
      Function<String, String> typed,
      boolean required) {
    String value = clean(typed.apply(field));
    if (value == null) {
      if (required) {
        problems.put(field, "ask.error." + field + ".required");
      }
    } else if (value.length() > MAX_NAME) {
      problems.put(field, "ask.error." + field + ".tooLong");
    } else if (WebCode.in(value) || value.contains("\n")) {
      problems.put(field, "ask.error.webCode");
    }
    return value;
  }

  private static LocalDate dateOfBirth(
      Map<String, String> problems, Function<String, String> typed, LocalDate today) {
    DateInput.Result date =
        DateInput.read(
            typed.apply("dateOfBirthDay"),
            typed.apply("dateOfBirthMonth"),
            typed.apply("dateOfBirthYear"));
    if (date.blank()) {
      problems.put("dateOfBirth", "ask.error.dateOfBirth.required");
      return null;
    }
    if (date.problem() != null) {
      problems.put("dateOfBirth", "ask.error.dateOfBirth." + date.problem().name());
      return null;
    }
    if (!date.date().isBefore(today)) {
      problems.put("dateOfBirth", "ask.error.dateOfBirth.future");
      return null;
    }
    if (date.date().isBefore(today.minusYears(MAX_AGE_YEARS))) {
      problems.put("dateOfBirth", "ask.error.dateOfBirth.tooOld");
      return null;
    }
    return date.date();
  }

  private static String nhsNumber(Map<String, String> problems, Function<String, String> typed) {
    String value = clean(typed.apply("nhsNumber"));
    if (value == null) {
      return null;
    }
    if (!NhsNumber.looksLikeOne(value)) {
      problems.put("nhsNumber", "ask.error.nhsNumber.format");
      return value;
    }
    return NhsNumber.parse(value)
        .map(NhsNumber::digits)
        .orElseGet(
            () -> {
              problems.put("nhsNumber", "ask.error.nhsNumber.checkDigit");
              return value;
            });
  }

  private static String postcode(Map<String, String> problems, Function<String, String> typed) {
    String value = clean(typed.apply("postcode"));
    if (value == null) {
      problems.put("postcode", "ask.error.postcode.required");
      return null;
    }
    return Postcode.parse(value)
        .map(Postcode::value)
        .orElseGet(
            () -> {
              problems.put("postcode", "ask.error.postcode.invalid");
              return value.length() > MAX_NAME ? value.substring(0, MAX_NAME) : value;
            });
  }

  private static SupportRequestAnswers contact(
      Map<String, String> problems, Function<String, String> typed, SupportRequestAnswers answers) {
    String contactName = null;
    if (answers.forSomeoneElse()) {
      contactName = name(problems, "contactName", typed, true);
    }
    String email = clean(typed.apply("email"));
    String phone = clean(typed.apply("phone"));
    if (email == null && phone == null) {
      problems.put("email", "ask.error.contact.required");
    }
    if (email != null) {
      email = email.toLowerCase(Locale.UK);
      if (email.length() > MAX_EMAIL) {
        problems.put("email", "ask.error.email.tooLong");
      } else if (!EMAIL.matcher(email).matches()) {
        problems.put("email", "ask.error.email.invalid");
      }
    }
    if (phone != null) {
      if (phone.length() > MAX_PHONE) {
        problems.put("phone", "ask.error.phone.tooLong");
      } else if (!PHONE.matcher(phone).matches()) {
        problems.put("phone", "ask.error.phone.invalid");
      }
    }
    return answers.withContact(contactName, email, phone);
  }
}

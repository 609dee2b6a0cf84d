package org.strengths.person;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The rules for a person's details, in plain Java: what is required, how long text may be, and
 * which formats are accepted. Problems come back as field name → message key.
 */
final class PersonRules {

  static final int MAX_AGE_YEARS = 120;
  static final String ETHNICITY_LIST = "ETHNICITY";

  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()\\-]{7,}$");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  /** Text limits: long enough for real names and addresses, short enough to keep pages usable. */
  static final Map<String, Integer> MAX_LENGTHS =
      Map.ofEntries(
          Map.entry("firstName", 100),
          Map.entry("lastName", 100),
          Map.entry("preferredName", 100),
          Map.entry("pronouns", 50),
          Map.entry("addressLine1", 200),
          Map.entry("addressLine2", 200),
          Map.entry("town", 100),
          Map.entry("phone", 30),
          Map.entry("email", 254),
          Map.entry("gender", 100),
          Map.entry("mainLanguage", 100),
          Map.entry("communicationNeeds", 2000));

  private PersonRules() {}

  /** Trims text, turns blanks into nothing, and writes NHS numbers and postcodes one way. */
  static NewPerson normalise(NewPerson typed) {
    String nhs = clean(typed.nhsNumber());
    String postcode = clean(typed.postcode());
    return new NewPerson(
        clean(typed.firstName()),
        clean(typed.lastName()),
        clean(typed.preferredName()),
        clean(typed.pronouns()),
        typed.dateOfBirth(),
        NhsNumber.parse(nhs).map(NhsNumber::digits).orElse(nhs),
        clean(typed.addressLine1()),
        clean(typed.addressLine2()),
        clean(typed.town()),
        Postcode.parse(postcode).map(Postcode::value).orElse(postcode),
        clean(typed.phone()),
        clean(typed.email()),
        clean(typed.gender()),
        clean(typed.ethnicity()),
        clean(typed.mainLanguage()),
        typed.interpreterNeeded(),
        cleanKeepingLines(typed.communicationNeeds()),
        clean(typed.preferredFormat()),
        typed.advocateNeeded(),
        typed.teamId(),
        typed.workerId());
  }

  /**
   * Problems with the details (not the allocation) of a normalised {@link NewPerson}, in form
   * order.
   */
  static Map<String, String> checkDetails(
      NewPerson person, LocalDate today, Predicate<String> knownEthnicity) {
    Map<String, String> problems = new LinkedHashMap<>();
    required(problems, "firstName", person.firstName());
    required(problems, "lastName", person.lastName());
    length(problems, "preferredName", person.preferredName());
    length(problems, "pronouns", person.pronouns());
    dateOfBirth(problems, person.dateOfBirth(), today);
    nhsNumber(problems, person.nhsNumber());
    length(problems, "addressLine1", person.addressLine1());
    length(problems, "addressLine2", person.addressLine2());
    length(problems, "town", person.town());
    if (person.postcode() != null && Postcode.parse(person.postcode()).isEmpty()) {
      problems.put("postcode", "person.error.postcode.invalid");
    }
    formatted(problems, "phone", person.phone(), PHONE);
    formatted(problems, "email", person.email(), EMAIL);
    length(problems, "gender", person.gender());
    if (person.ethnicity() != null && !knownEthnicity.test(person.ethnicity())) {
      problems.put("ethnicity", "person.error.ethnicity.invalid");
    }
    length(problems, "mainLanguage", person.mainLanguage());
    length(problems, "communicationNeeds", person.communicationNeeds());
    if (person.preferredFormat() != null
        && PreferredFormat.of(person.preferredFormat()).isEmpty()) {
      problems.put("preferredFormat", "person.error.preferredFormat.invalid");
    }
    return problems;
  }

  private static void required(Map<String, String> problems, String field, String value) {
    if (value == null) {
      problems.put(field, "person.error." + field + ".required");
    } else {
      length(problems, field, value);
    }
  }

  private static void length(Map<String, String> problems, String field, String value) {
    if (value != null && value.length() > MAX_LENGTHS.get(field)) {
      problems.put(field, "person.error." + field + ".tooLong");
    }
  }

  private static void formatted(
      Map<String, String> problems, String field, String value, Pattern pattern) {
    if (value == null) {
      return;
    }
    if (value.length() > MAX_LENGTHS.get(field)) {
      problems.put(field, "person.error." + field + ".tooLong");
    } else if (!pattern.matcher(value).matches()) {
      problems.put(field, "person.error." + field + ".invalid");
    }
  }

  private static void dateOfBirth(Map<String, String> problems, LocalDate date, LocalDate today) {
    if (date == null) {
      return;
    }
    if (!date.isBefore(today)) {
      problems.put("dateOfBirth", "person.error.dateOfBirth.future");
    } else if (date.isBefore(today.minusYears(MAX_AGE_YEARS))) {
      problems.put("dateOfBirth", "person.error.dateOfBirth.tooOld");
    }
  }

  private static void nhsNumber(Map<String, String> problems, String nhs) {
    if (nhs == null) {
      return;
    }
    if (!NhsNumber.looksLikeOne(nhs)) {
      problems.put("nhsNumber", "person.error.nhsNumber.format");
    } else if (NhsNumber.parse(nhs).isEmpty()) {
      problems.put("nhsNumber", "person.error.nhsNumber.checkDigit");
    }
  }

  static String clean(String text) {
    if (text == null) {
      return null;
    }
    // Control characters (a NUL byte above all, which PostgreSQL refuses) are never meant.
    String trimmed = CONTROL.matcher(text).replaceAll("").strip();
    return trimmed.isEmpty() ? null : trimmed;
  }

  /** As {@link #clean}, keeping the line breaks someone typed but writing them one way. */
  static String cleanKeepingLines(String text) {
    String cleaned = clean(text);
    return cleaned == null ? null : cleaned.replace("\r\n", "\n");
  }
}

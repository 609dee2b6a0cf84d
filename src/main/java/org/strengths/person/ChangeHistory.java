package org.strengths.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.strengths.platform.Display;

/**
 * Works out which of a person's details changed, as readable values ("12 March 1948", "Yes", "Large
 * print"), so the history reads the way the record does and survives later changes to how values
 * are stored.
 */
final class ChangeHistory {

  /** The detail fields in the order the form shows them. */
  static final List<String> FIELDS =
      List.of(
          "firstName",
          "lastName",
          "preferredName",
          "pronouns",
          "dateOfBirth",
          "nhsNumber",
          "addressLine1",
          "addressLine2",
          "town",
          "postcode",
          "phone",
          "email",
          "gender",
          "ethnicity",
          "mainLanguage",
          "interpreterNeeded",
          "communicationNeeds",
          "preferredFormat",
          "advocateNeeded");

  /** One changed field. Values are {@code null} when blank. */
  record FieldChange(String field, String oldValue, String newValue) {}

  private ChangeHistory() {}

  /**
   * The details as readable text, field by field. {@code text} turns a message key (for yes/no and
   * format names) into words.
   */
  static Map<String, String> readable(NewPerson person, Function<String, String> text) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("firstName", person.firstName());
    values.put("lastName", person.lastName());
    values.put("preferredName", person.preferredName());
    values.put("pronouns", person.pronouns());
    values.put("dateOfBirth", date(person.dateOfBirth()));
    values.put(
        "nhsNumber",
        NhsNumber.parse(person.nhsNumber()).map(NhsNumber::formatted).orElse(person.nhsNumber()));
    values.put("addressLine1", person.addressLine1());
    values.put("addressLine2", person.addressLine2());
    values.put("town", person.town());
    values.put("postcode", person.postcode());
    values.put("phone", person.phone());
    values.put("email", person.email());
    values.put("gender", person.gender());
    values.put("ethnicity", person.ethnicity());
    values.put("mainLanguage", person.mainLanguage());
    values.put("interpreterNeeded", text.apply(yesNo(person.interpreterNeeded())));
    values.put("communicationNeeds", person.communicationNeeds());
    values.put(
        "preferredFormat",
        PreferredFormat.of(person.preferredFormat())
            .map(format -> text.apply(format.labelKey()))
            .orElse(person.preferredFormat()));
    values.put("advocateNeeded", text.apply(yesNo(person.advocateNeeded())));
    return values;
  }

  /** The fields whose readable value differs, in form order. */
  static List<FieldChange> diff(Map<String, String> before, Map<String, String> after) {
    List<FieldChange> changes = new ArrayList<>();
    for (String field : union(before, after)) {
      String old = blankToNull(before.get(field));
      String now = blankToNull(after.get(field));
      if (!Objects.equals(old, now)) {
        changes.add(new FieldChange(field, old, now));
      }
    }
    return changes;
  }

  private static List<String> union(Map<String, String> before, Map<String, String> after) {
    List<String> fields = new ArrayList<>(before.keySet());
    after.keySet().stream().filter(field -> !before.containsKey(field)).forEach(fields::add);
    return fields;
  }

  static String yesNo(boolean value) {
    return value ? "person.yes" : "person.no";
  }

  static String date(LocalDate date) {
    return date == null ? null : Display.dateOf(date);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}

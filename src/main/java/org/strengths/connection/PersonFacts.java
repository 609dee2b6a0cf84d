package org.strengths.connection;

import java.time.LocalDate;

/**
 * The details on a person's record that may be shared with an organisation, each {@code null} when
 * the record has none.
 *
 * @param address the address on one line
 * @param mainLanguage the person's main language, with whether they need an interpreter
 */
record PersonFacts(
    String name,
    String phone,
    String email,
    String address,
    LocalDate dateOfBirth,
    String mainLanguage) {

  /** The value of a field copied from the record, or {@code null} if the record has none. */
  public String valueOf(SharedField field) {
    return switch (field) {
      case NAME -> name;
      case PHONE -> phone;
      case EMAIL -> email;
      case ADDRESS -> address;
      case DATE_OF_BIRTH -> dateOfBirth == null ? null : dateOfBirth.toString();
      case MAIN_LANGUAGE -> mainLanguage;
      case WHAT_MATTERS, ACCESS_NEEDS -> null;
    };
  }
}

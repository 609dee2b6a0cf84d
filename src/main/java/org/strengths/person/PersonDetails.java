package org.strengths.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A person's record as stored: identity, demographics, communication needs and allocation. Blank
 * optional fields are {@code null}; {@code nhsNumber} holds the ten digits without spaces; {@code
 * dateOfDeath} is null while the person is alive or their death is not recorded.
 */
public record PersonDetails(
    UUID id,
    String firstName,
    String lastName,
    String preferredName,
    String pronouns,
    LocalDate dateOfBirth,
    String nhsNumber,
    String addressLine1,
    String addressLine2,
    String town,
    String postcode,
    String phone,
    String email,
    String gender,
    String ethnicity,
    String mainLanguage,
    boolean interpreterNeeded,
    String communicationNeeds,
    String preferredFormat,
    boolean advocateNeeded,
    UUID teamId,
    UUID workerId,
    int version,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy,
    LocalDate dateOfDeath) {

  /** The name the person goes by: their preferred name, else their first name, then last name. */
  public String displayName() {
    return displayName(firstName, preferredName, lastName);
  }

  /** Whether a date of death is recorded. */
  public boolean died() {
    return dateOfDeath != null;
  }

  /** The NHS number shown 3-3-4, if the record has one. */
  public Optional<String> formattedNhsNumber() {
    return NhsNumber.parse(nhsNumber).map(NhsNumber::formatted);
  }

  static String displayName(String firstName, String preferredName, String lastName) {
    String first = preferredName == null || preferredName.isBlank() ? firstName : preferredName;
    return first + " " + lastName;
  }

  /** The details as they would be typed again, for comparing with what someone typed. */
  NewPerson asTyped() {
    return new NewPerson(
        firstName,
        lastName,
        preferredName,
        pronouns,
        dateOfBirth,
        nhsNumber,
        addressLine1,
        addressLine2,
        town,
        postcode,
        phone,
        email,
        gender,
        ethnicity,
        mainLanguage,
        interpreterNeeded,
        communicationNeeds,
        preferredFormat,
        advocateNeeded,
        teamId,
        workerId);
  }
}

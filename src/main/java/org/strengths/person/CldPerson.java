package org.strengths.person;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the Client Level Data return needs to know about a person on a date: identity, demographics
 * as recorded (with the date of death, null while alive), and the CLD context values in force then
 * (null when never recorded).
 */
public record CldPerson(
    UUID id,
    String nhsNumber,
    LocalDate dateOfBirth,
    String gender,
    String ethnicity,
    String clientType,
    String primarySupportReason,
    String accommodationStatus,
    String employmentStatus,
    String hasUnpaidCarer,
    LocalDate dateOfDeath) {

  /** A person with no date of death recorded. */
  public CldPerson(
      UUID id,
      String nhsNumber,
      LocalDate dateOfBirth,
      String gender,
      String ethnicity,
      String clientType,
      String primarySupportReason,
      String accommodationStatus,
      String employmentStatus,
      String hasUnpaidCarer) {
    this(
        id,
        nhsNumber,
        dateOfBirth,
        gender,
        ethnicity,
        clientType,
        primarySupportReason,
        accommodationStatus,
        employmentStatus,
        hasUnpaidCarer,
        null);
  }
}

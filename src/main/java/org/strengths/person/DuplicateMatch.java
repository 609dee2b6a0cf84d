package org.strengths.person;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * An existing record that may be the same person as one about to be added.
 *
 * @param nhsNumber the ten digits, or {@code null}
 * @param sameNhsNumber matched because the NHS numbers are the same
 * @param similarNameAndDateOfBirth matched because the names are alike and the dates of birth equal
 */
public record DuplicateMatch(
    UUID id,
    String name,
    LocalDate dateOfBirth,
    String nhsNumber,
    String postcode,
    boolean sameNhsNumber,
    boolean similarNameAndDateOfBirth) {

  public Optional<String> formattedNhsNumber() {
    return NhsNumber.parse(nhsNumber).map(NhsNumber::formatted);
  }
}

package org.strengths.person;

import java.util.Optional;

/**
 * Why a date of death is being removed (ADR 0174): a reason must be given, and fit in the
 * chronology line it becomes.
 */
final class DeathRemovalRule {

  static final int MAX_LENGTH = 500;
  static final String REQUIRED = "person.error.deathRemoval.required";
  static final String TOO_LONG = "person.error.deathRemoval.tooLong";

  private DeathRemovalRule() {}

  static Optional<String> problem(String reason) {
    if (reason == null || reason.isBlank()) {
      return Optional.of(REQUIRED);
    }
    if (reason.strip().length() > MAX_LENGTH) {
      return Optional.of(TOO_LONG);
    }
    return Optional.empty();
  }
}

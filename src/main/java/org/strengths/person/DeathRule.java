package org.strengths.person;

import java.time.LocalDate;
import java.util.Optional;
import org.strengths.platform.web.DateInput;

/**
 * What a date of death may be, in plain Java: typed in full, a real date, not in the future and not
 * before the person was born. The problem comes back as a message key (a date input's own problems,
 * from {@link DateInput}, are the platform's keys).
 */
final class DeathRule {

  static final String REQUIRED = "person.error.dateOfDeath.required";
  static final String FUTURE = "person.error.dateOfDeath.future";
  static final String BEFORE_BIRTH = "person.error.dateOfDeath.beforeBirth";

  private DeathRule() {}

  static Optional<String> problem(DateInput.Result typed, LocalDate born, LocalDate today) {
    if (typed.blank()) {
      return Optional.of(REQUIRED);
    }
    if (typed.problem() != null) {
      return typed.problemKey();
    }
    if (typed.date().isAfter(today)) {
      return Optional.of(FUTURE);
    }
    if (born != null && typed.date().isBefore(born)) {
      return Optional.of(BEFORE_BIRTH);
    }
    return Optional.empty();
  }
}

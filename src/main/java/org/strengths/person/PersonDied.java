package org.strengths.person;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A date of death was recorded on a person's record, or changed (ADR 0174). Published after the
 * record is saved; other modules end what the death ends in their own transactions.
 *
 * @param diedOn the date of death now recorded
 * @param previously the date recorded before, if this changed one; else null
 */
public record PersonDied(UUID personId, LocalDate diedOn, LocalDate previously) {}

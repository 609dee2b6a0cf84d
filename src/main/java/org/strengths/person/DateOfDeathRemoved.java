package org.strengths.person;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A date of death recorded in error was removed from a person's record (ADR 0174): other modules
 * undo what they ended because of it, where that is safe, or show what to check.
 *
 * @param diedOn the date that had been recorded
 * @param reason why it was removed, as the practitioner typed it
 */
public record DateOfDeathRemoved(UUID personId, LocalDate diedOn, String reason) {}

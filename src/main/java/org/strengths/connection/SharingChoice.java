package org.strengths.connection;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the practitioner chose when connecting a person: how, on what lawful basis, and what to
 * share. Text is already trimmed, with blanks as {@code null}.
 *
 * @param providesCare whether the organisation provides care to the person; {@code null} if not
 *     answered
 * @param consentDate when the person gave explicit consent; {@code null} if not given or not a real
 *     date
 * @param consentDateProblem a message key when what was typed as the consent date is not a date
 */
record SharingChoice(
    ConnectionMethod method,
    Boolean providesCare,
    LawfulBasis lawfulBasis,
    LocalDate consentDate,
    String consentDateProblem,
    String consentScope,
    Set<SharedField> fields,
    String whatMatters,
    String accessNeeds,
    String message) {}

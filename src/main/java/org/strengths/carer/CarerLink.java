package org.strengths.carer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The carer's record linked to the record of the person they care for, with the consent to link
 * them: given or not, when, and by whom.
 */
record CarerLink(
    UUID id,
    UUID carerId,
    UUID caredForId,
    String relationship,
    boolean consentGiven,
    LocalDate consentDate,
    String consentGivenBy,
    Instant createdAt,
    String createdBy,
    int version) {}

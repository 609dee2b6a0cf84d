package org.strengths.carer;

import java.time.Instant;
import java.util.UUID;

/** A carer's assessment as stored, on the carer's own record. */
record CarerAssessment(
    UUID id,
    UUID carerId,
    UUID linkId,
    CarerConversation conversation,
    CarerEligibility eligibility,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy,
    int version) {}

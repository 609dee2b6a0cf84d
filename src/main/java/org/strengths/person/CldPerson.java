package org.strengths.person;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the Client Level Data return needs to know about a person on a date: identity, demographics
 * as recorded, and the CLD context values in force then (null when never recorded).
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
    String hasUnpaidCarer) {}

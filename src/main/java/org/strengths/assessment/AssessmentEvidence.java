package org.strengths.assessment;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Whether a needs assessment holds what s.9(4) requires, for a case-file audit: flags only, none of
 * the assessment's text.
 *
 * @param wellbeingImpact (a) the impact of the needs on the wellbeing areas is recorded for at
 *     least one area
 * @param outcomesWanted (b) the outcomes the person wants to achieve are recorded
 * @param careCouldContribute (c) whether, and how far, care and support could contribute is
 *     recorded
 */
public record AssessmentEvidence(
    UUID assessmentId,
    LocalDate startedOn,
    boolean wellbeingImpact,
    boolean outcomesWanted,
    boolean careCouldContribute) {}

package org.strengths.practice;

/**
 * Thrown where the signed-in member of staff may not see or change a development record, the
 * capability of a team or the statements' wording; the controllers answer with a 403 page saying
 * who may, after auditing the attempt.
 */
final class SelfAssessmentRefused extends RuntimeException {
  SelfAssessmentRefused() {
    super(
        "Development records are private to the worker, their supervisor and the PSW",
        null,
        false,
        false);
  }
}

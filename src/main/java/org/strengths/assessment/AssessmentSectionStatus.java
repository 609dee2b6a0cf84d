package org.strengths.assessment;

/** A task's status on the task list (GOV.UK "complete multiple tasks" pattern). */
enum AssessmentSectionStatus {
  NOT_STARTED,
  IN_PROGRESS,
  COMPLETED,
  CANNOT_START_YET,
  AWAITING_SIGN_OFF,
  RETURNED;

  public String messageKey() {
    return "assessment.status." + name();
  }
}

package org.strengths.assessment;

/** Where an eligibility determination is on its way to sign-off. */
enum EligibilityStatus {
  DRAFT,
  SUBMITTED,
  RETURNED,
  SIGNED_OFF;

  /** The practitioner may still change the answers and the decision. */
  public boolean editable() {
    return this == DRAFT || this == RETURNED;
  }
}

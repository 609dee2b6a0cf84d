package org.strengths.connection;

/**
 * What is typed on the forms that move a connection on: the organisation's response (decision and
 * decline reason) or what happened (status and the person's feedback), with the version seen.
 */
class StatusForm {

  private String decision;
  private String declineReason;
  private String status;
  private String feedback;
  private String version;

  public String getDecision() {
    return decision;
  }

  public void setDecision(String decision) {
    this.decision = decision;
  }

  public String getDeclineReason() {
    return declineReason;
  }

  public void setDeclineReason(String declineReason) {
    this.declineReason = declineReason;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getFeedback() {
    return feedback;
  }

  public void setFeedback(String feedback) {
    this.feedback = feedback;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }
}

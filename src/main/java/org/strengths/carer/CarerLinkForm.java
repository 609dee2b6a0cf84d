package org.strengths.carer;

import org.strengths.platform.web.DateInput;
import org.strengths.platform.web.FormErrors;

/** The "link a carer" form as typed. */
class CarerLinkForm {

  private String carerId;
  private String relationship;
  private String consentGiven;
  private String consentDateDay;
  private String consentDateMonth;
  private String consentDateYear;
  private String consentGivenBy;

  DateInput.Result consentDate() {
    return DateInput.read(consentDateDay, consentDateMonth, consentDateYear);
  }

  Boolean consent() {
    return "yes".equals(consentGiven)
        ? Boolean.TRUE
        : "no".equals(consentGiven) ? Boolean.FALSE : null;
  }

  CarerLinks.NewLink toNewLink() {
    return new CarerLinks.NewLink(
        FormErrors.typed(relationship),
        consent(),
        consentDate().date(),
        FormErrors.typed(consentGivenBy));
  }

  public String getCarerId() {
    return carerId;
  }

  public void setCarerId(String carerId) {
    this.carerId = carerId;
  }

  public String getRelationship() {
    return relationship;
  }

  public void setRelationship(String relationship) {
    this.relationship = relationship;
  }

  public String getConsentGiven() {
    return consentGiven;
  }

  public void setConsentGiven(String consentGiven) {
    this.consentGiven = consentGiven;
  }

  public String getConsentDateDay() {
    return consentDateDay;
  }

  public void setConsentDateDay(String value) {
    this.consentDateDay = value;
  }

  public String getConsentDateMonth() {
    return consentDateMonth;
  }

  public void setConsentDateMonth(String value) {
    this.consentDateMonth = value;
  }

  public String getConsentDateYear() {
    return consentDateYear;
  }

  public void setConsentDateYear(String value) {
    this.consentDateYear = value;
  }

  public String getConsentGivenBy() {
    return consentGivenBy;
  }

  public void setConsentGivenBy(String consentGivenBy) {
    this.consentGivenBy = consentGivenBy;
  }
}

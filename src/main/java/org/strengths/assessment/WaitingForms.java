package org.strengths.assessment;

/** The waiting-well forms, as typed (kept as typed when there is a problem). */
final class WaitingForms {

  private WaitingForms() {}

  /**
   * A triage decision: the level, why, and (if not the level's default) how many days between
   * contacts; {@code version} is the schedule's version the user saw (blank before the first).
   */
  static class Triage {
    private String level;
    private String reason;
    private String everyDays;
    private String version;

    public String getLevel() {
      return level;
    }

    public void setLevel(String level) {
      this.level = level;
    }

    public String getReason() {
      return reason;
    }

    public void setReason(String reason) {
      this.reason = reason;
    }

    public String getEveryDays() {
      return everyDays;
    }

    public void setEveryDays(String everyDays) {
      this.everyDays = everyDays;
    }

    public String getVersion() {
      return version;
    }

    public void setVersion(String version) {
      this.version = version;
    }
  }

  /** A keep-in-touch contact: when, how, what was said and whether anything changed. */
  static class Contact {
    private String contactedOnDay;
    private String contactedOnMonth;
    private String contactedOnYear;
    private String how;
    private String said;
    private String changed;
    private String version;

    public String getContactedOnDay() {
      return contactedOnDay;
    }

    public void setContactedOnDay(String contactedOnDay) {
      this.contactedOnDay = contactedOnDay;
    }

    public String getContactedOnMonth() {
      return contactedOnMonth;
    }

    public void setContactedOnMonth(String contactedOnMonth) {
      this.contactedOnMonth = contactedOnMonth;
    }

    public String getContactedOnYear() {
      return contactedOnYear;
    }

    public void setContactedOnYear(String contactedOnYear) {
      this.contactedOnYear = contactedOnYear;
    }

    public String getHow() {
      return how;
    }

    public void setHow(String how) {
      this.how = how;
    }

    public String getSaid() {
      return said;
    }

    public void setSaid(String said) {
      this.said = said;
    }

    public String getChanged() {
      return changed;
    }

    public void setChanged(String changed) {
      this.changed = changed;
    }

    public String getVersion() {
      return version;
    }

    public void setVersion(String version) {
      this.version = version;
    }
  }
}

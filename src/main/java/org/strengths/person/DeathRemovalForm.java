package org.strengths.person;

import org.strengths.platform.web.FormVersions;

/**
 * Removing a date of death recorded in error: why, and the version of the record it was read at.
 */
class DeathRemovalForm {

  private String version;
  private String reason;

  static DeathRemovalForm of(PersonDetails person) {
    DeathRemovalForm form = new DeathRemovalForm();
    form.version = String.valueOf(person.version());
    return form;
  }

  /** The version the user saw; -1 (always stale) when missing or not a number. */
  int versionSeen() {
    return FormVersions.seen(version);
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}

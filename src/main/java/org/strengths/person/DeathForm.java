package org.strengths.person;

import org.strengths.platform.web.DateInput;
import org.strengths.platform.web.FormVersions;

/** The date-of-death form, as typed, with the version of the record it was read at. */
class DeathForm {

  private String version;
  private String diedOnDay;
  private String diedOnMonth;
  private String diedOnYear;

  /** The form for a record as stored: its version, and its date of death if one is recorded. */
  static DeathForm of(PersonDetails person) {
    DeathForm form = new DeathForm();
    form.version = String.valueOf(person.version());
    form.diedOnDay = DateInput.day(person.dateOfDeath());
    form.diedOnMonth = DateInput.month(person.dateOfDeath());
    form.diedOnYear = DateInput.year(person.dateOfDeath());
    return form;
  }

  DateInput.Result diedOn() {
    return DateInput.read(diedOnDay, diedOnMonth, diedOnYear);
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

  public String getDiedOnDay() {
    return diedOnDay;
  }

  public void setDiedOnDay(String diedOnDay) {
    this.diedOnDay = diedOnDay;
  }

  public String getDiedOnMonth() {
    return diedOnMonth;
  }

  public void setDiedOnMonth(String diedOnMonth) {
    this.diedOnMonth = diedOnMonth;
  }

  public String getDiedOnYear() {
    return diedOnYear;
  }

  public void setDiedOnYear(String diedOnYear) {
    this.diedOnYear = diedOnYear;
  }
}

package org.strengths.person;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.strengths.platform.web.DateInput;

/** The CLD context form, as typed: one choice per field and the date they apply from. */
class ContextForm {

  private String clientType;
  private String primarySupportReason;
  private String accommodationStatus;
  private String employmentStatus;
  private String hasUnpaidCarer;
  private String effectiveFromDay;
  private String effectiveFromMonth;
  private String effectiveFromYear;

  /** The form showing the values in force today, applying from today. */
  static ContextForm of(Map<CldField, PersonContext.Entry> current, LocalDate today) {
    ContextForm form = new ContextForm();
    current.forEach((field, entry) -> form.set(field, entry.code()));
    form.effectiveFromDay = String.valueOf(today.getDayOfMonth());
    form.effectiveFromMonth = String.valueOf(today.getMonthValue());
    form.effectiveFromYear = String.valueOf(today.getYear());
    return form;
  }

  Map<CldField, String> chosen() {
    Map<CldField, String> chosen = new EnumMap<>(CldField.class);
    for (CldField field : CldField.values()) {
      chosen.put(field, get(field));
    }
    return chosen;
  }

  DateInput.Result effectiveFrom() {
    return DateInput.read(effectiveFromDay, effectiveFromMonth, effectiveFromYear);
  }

  public String get(CldField field) {
    return switch (field) {
      case CLIENT_TYPE -> clientType;
      case PRIMARY_SUPPORT_REASON -> primarySupportReason;
      case ACCOMMODATION_STATUS -> accommodationStatus;
      case EMPLOYMENT_STATUS -> employmentStatus;
      case HAS_UNPAID_CARER -> hasUnpaidCarer;
    };
  }

  private void set(CldField field, String code) {
    switch (field) {
      case CLIENT_TYPE -> clientType = code;
      case PRIMARY_SUPPORT_REASON -> primarySupportReason = code;
      case ACCOMMODATION_STATUS -> accommodationStatus = code;
      case EMPLOYMENT_STATUS -> employmentStatus = code;
      case HAS_UNPAID_CARER -> hasUnpaidCarer = code;
    }
  }

  public String getClientType() {
    return clientType;
  }

  public void setClientType(String clientType) {
    this.clientType = clientType;
  }

  public String getPrimarySupportReason() {
    return primarySupportReason;
  }

  public void setPrimarySupportReason(String primarySupportReason) {
    this.primarySupportReason = primarySupportReason;
  }

  public String getAccommodationStatus() {
    return accommodationStatus;
  }

  public void setAccommodationStatus(String accommodationStatus) {
    this.accommodationStatus = accommodationStatus;
  }

  public String getEmploymentStatus() {
    return employmentStatus;
  }

  public void setEmploymentStatus(String employmentStatus) {
    this.employmentStatus = employmentStatus;
  }

  public String getHasUnpaidCarer() {
    return hasUnpaidCarer;
  }

  public void setHasUnpaidCarer(String hasUnpaidCarer) {
    this.hasUnpaidCarer = hasUnpaidCarer;
  }

  public String getEffectiveFromDay() {
    return effectiveFromDay;
  }

  public void setEffectiveFromDay(String effectiveFromDay) {
    this.effectiveFromDay = effectiveFromDay;
  }

  public String getEffectiveFromMonth() {
    return effectiveFromMonth;
  }

  public void setEffectiveFromMonth(String effectiveFromMonth) {
    this.effectiveFromMonth = effectiveFromMonth;
  }

  public String getEffectiveFromYear() {
    return effectiveFromYear;
  }

  public void setEffectiveFromYear(String effectiveFromYear) {
    this.effectiveFromYear = effectiveFromYear;
  }
}

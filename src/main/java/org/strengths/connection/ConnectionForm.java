package org.strengths.connection;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.strengths.platform.web.DateInput;

/** What the practitioner types on the "Connect to" form, exactly as typed. */
class ConnectionForm {

  private String asset;
  private String method;
  private String providesCare;
  private String lawfulBasis;
  private String consentDateDay;
  private String consentDateMonth;
  private String consentDateYear;
  private String consentScope;
  private List<String> shared = new ArrayList<>();
  private String whatMatters;
  private String accessNeeds;
  private String message;

  /** The choice in the rules' terms: unknown values are ignored and then reported as missing. */
  SharingChoice toChoice() {
    DateInput.Result consent = DateInput.read(consentDateDay, consentDateMonth, consentDateYear);
    Set<SharedField> fields = EnumSet.noneOf(SharedField.class);
    if (shared != null) {
      shared.forEach(value -> SharedField.parse(value).ifPresent(fields::add));
    }
    return new SharingChoice(
        ConnectionMethod.parse(method).orElse(null),
        "yes".equals(providesCare)
            ? Boolean.TRUE
            : "no".equals(providesCare) ? Boolean.FALSE : null,
        LawfulBasis.parse(lawfulBasis).orElse(null),
        consent.date(),
        consent.problemKey().orElse(null),
        Typed.text(consentScope),
        fields,
        Typed.text(whatMatters),
        Typed.text(accessNeeds),
        Typed.text(message));
  }

  public boolean isShared(String field) {
    return shared != null && shared.contains(field);
  }

  public String getAsset() {
    return asset;
  }

  public void setAsset(String asset) {
    this.asset = asset;
  }

  public String getMethod() {
    return method;
  }

  public void setMethod(String method) {
    this.method = method;
  }

  public String getProvidesCare() {
    return providesCare;
  }

  public void setProvidesCare(String providesCare) {
    this.providesCare = providesCare;
  }

  public String getLawfulBasis() {
    return lawfulBasis;
  }

  public void setLawfulBasis(String lawfulBasis) {
    this.lawfulBasis = lawfulBasis;
  }

  public String getConsentDateDay() {
    return consentDateDay;
  }

  public void setConsentDateDay(String consentDateDay) {
    this.consentDateDay = consentDateDay;
  }

  public String getConsentDateMonth() {
    return consentDateMonth;
  }

  public void setConsentDateMonth(String consentDateMonth) {
    this.consentDateMonth = consentDateMonth;
  }

  public String getConsentDateYear() {
    return consentDateYear;
  }

  public void setConsentDateYear(String consentDateYear) {
    this.consentDateYear = consentDateYear;
  }

  public String getConsentScope() {
    return consentScope;
  }

  public void setConsentScope(String consentScope) {
    this.consentScope = consentScope;
  }

  public List<String> getShared() {
    return shared;
  }

  public void setShared(List<String> shared) {
    this.shared = shared == null ? new ArrayList<>() : new ArrayList<>(shared);
  }

  public String getWhatMatters() {
    return whatMatters;
  }

  public void setWhatMatters(String whatMatters) {
    this.whatMatters = whatMatters;
  }

  public String getAccessNeeds() {
    return accessNeeds;
  }

  public void setAccessNeeds(String accessNeeds) {
    this.accessNeeds = accessNeeds;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }
}

package org.strengths.community;

import java.util.ArrayList;
import java.util.List;

/** What the add/edit asset form holds, as typed. */
class AssetForm {
  private String kind;
  private String name;
  private String description;
  private String offers;
  private String organisationId;
  private String minimumAge;
  private String maximumAge;
  private String languages;
  private String conditions;
  private List<String> access = new ArrayList<>();
  private String accessibilityNotes;
  private String cost;
  private String costDetails;
  private List<String> days = new ArrayList<>();
  private String opensAt;
  private String closesAt;
  private String scheduleNotes;
  private String addressLine1;
  private String addressLine2;
  private String town;
  private String postcode;
  private String contactName;
  private String email;
  private String phone;
  private String website;
  private String howToConnect;
  private String status;
  private String termId;
  private boolean giftConsent;
  private Integer version;

  static AssetForm of(Asset a) {
    AssetForm f = new AssetForm();
    f.kind = a.kind().name();
    f.name = a.name();
    f.description = a.description();
    f.offers = a.offers();
    f.organisationId = a.organisationId() == null ? null : a.organisationId().toString();
    f.minimumAge =
        a.minimumAge() == null ? null : a.minimumAge().stripTrailingZeros().toPlainString();
    f.maximumAge =
        a.maximumAge() == null ? null : a.maximumAge().stripTrailingZeros().toPlainString();
    f.languages = String.join(", ", a.languages());
    f.conditions = a.conditions();
    if (a.stepFree()) {
      f.access.add("step-free");
    }
    if (a.hearingLoop()) {
      f.access.add("hearing-loop");
    }
    if (a.accessibleToilet()) {
      f.access.add("accessible-toilet");
    }
    if (a.bsl()) {
      f.access.add("bsl");
    }
    f.accessibilityNotes = a.accessibilityNotes();
    f.cost = a.cost();
    f.costDetails = a.costDetails();
    a.sessions().forEach(s -> f.days.add(s.day()));
    if (!a.sessions().isEmpty()) {
      Asset.Session first = a.sessions().get(0);
      f.opensAt = first.opensAt() == null ? null : first.opensAt().toString();
      f.closesAt = first.closesAt() == null ? null : first.closesAt().toString();
    }
    f.scheduleNotes = a.scheduleNotes();
    f.addressLine1 = a.addressLine1();
    f.addressLine2 = a.addressLine2();
    f.town = a.town();
    f.postcode = a.postcode();
    f.contactName = a.contactName();
    f.email = a.email();
    f.phone = a.phone();
    f.website = a.website();
    f.howToConnect = a.howToConnect().name();
    f.status = a.status();
    f.termId = a.terms().isEmpty() ? null : a.terms().get(0).id().toString();
    f.giftConsent = a.giftConsentOn() != null;
    f.version = a.version();
    return f;
  }

  // Getters and setters for binding.
  public String getKind() {
    return kind;
  }

  public void setKind(String v) {
    kind = v;
  }

  public String getName() {
    return name;
  }

  public void setName(String v) {
    name = v;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String v) {
    description = v;
  }

  public String getOffers() {
    return offers;
  }

  public void setOffers(String v) {
    offers = v;
  }

  public String getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(String v) {
    organisationId = v;
  }

  public String getMinimumAge() {
    return minimumAge;
  }

  public void setMinimumAge(String v) {
    minimumAge = v;
  }

  public String getMaximumAge() {
    return maximumAge;
  }

  public void setMaximumAge(String v) {
    maximumAge = v;
  }

  public String getLanguages() {
    return languages;
  }

  public void setLanguages(String v) {
    languages = v;
  }

  public String getConditions() {
    return conditions;
  }

  public void setConditions(String v) {
    conditions = v;
  }

  public List<String> getAccess() {
    return access;
  }

  public void setAccess(List<String> v) {
    access = v == null ? new ArrayList<>() : v;
  }

  public String getAccessibilityNotes() {
    return accessibilityNotes;
  }

  public void setAccessibilityNotes(String v) {
    accessibilityNotes = v;
  }

  public String getCost() {
    return cost;
  }

  public void setCost(String v) {
    cost = v;
  }

  public String getCostDetails() {
    return costDetails;
  }

  public void setCostDetails(String v) {
    costDetails = v;
  }

  public List<String> getDays() {
    return days;
  }

  public void setDays(List<String> v) {
    days = v == null ? new ArrayList<>() : v;
  }

  public String getOpensAt() {
    return opensAt;
  }

  public void setOpensAt(String v) {
    opensAt = v;
  }

  public String getClosesAt() {
    return closesAt;
  }

  public void setClosesAt(String v) {
    closesAt = v;
  }

  public String getScheduleNotes() {
    return scheduleNotes;
  }

  public void setScheduleNotes(String v) {
    scheduleNotes = v;
  }

  public String getAddressLine1() {
    return addressLine1;
  }

  public void setAddressLine1(String v) {
    addressLine1 = v;
  }

  public String getAddressLine2() {
    return addressLine2;
  }

  public void setAddressLine2(String v) {
    addressLine2 = v;
  }

  public String getTown() {
    return town;
  }

  public void setTown(String v) {
    town = v;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String v) {
    postcode = v;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String v) {
    contactName = v;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String v) {
    email = v;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String v) {
    phone = v;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String v) {
    website = v;
  }

  public String getHowToConnect() {
    return howToConnect;
  }

  public void setHowToConnect(String v) {
    howToConnect = v;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String v) {
    status = v;
  }

  public String getTermId() {
    return termId;
  }

  public void setTermId(String v) {
    termId = v;
  }

  public boolean isGiftConsent() {
    return giftConsent;
  }

  public void setGiftConsent(boolean v) {
    giftConsent = v;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer v) {
    version = v;
  }
}

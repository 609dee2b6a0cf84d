package org.strengths.connection;

import java.util.ArrayList;
import java.util.List;
import org.strengths.community.OwnerUpdate;

/** What a partner types to keep one of its directory entries current. */
class DirectoryForm {
  private String offers;
  private String description;
  private String status;
  private List<String> days = new ArrayList<>();
  private String opensAt;
  private String closesAt;
  private String scheduleNotes;
  private String cost;
  private String costDetails;
  private String contactName;
  private String email;
  private String phone;
  private String website;
  private String howToConnect;
  private List<String> access = new ArrayList<>();
  private String version;

  static DirectoryForm of(OwnerUpdate u, int version) {
    DirectoryForm f = new DirectoryForm();
    f.offers = u.offers();
    f.description = u.description();
    f.status = u.status();
    f.days = new ArrayList<>(u.days());
    f.opensAt = u.opensAt();
    f.closesAt = u.closesAt();
    f.scheduleNotes = u.scheduleNotes();
    f.cost = u.cost();
    f.costDetails = u.costDetails();
    f.contactName = u.contactName();
    f.email = u.email();
    f.phone = u.phone();
    f.website = u.website();
    f.howToConnect = u.howToConnect();
    f.access = new ArrayList<>(u.access());
    f.version = String.valueOf(version);
    return f;
  }

  OwnerUpdate update() {
    return new OwnerUpdate(
        offers,
        description,
        status,
        days,
        opensAt,
        closesAt,
        scheduleNotes,
        cost,
        costDetails,
        contactName,
        email,
        phone,
        website,
        howToConnect,
        access);
  }

  public String getOffers() {
    return offers;
  }

  public void setOffers(String v) {
    offers = v;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String v) {
    description = v;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String v) {
    status = v;
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

  public List<String> getAccess() {
    return access;
  }

  public void setAccess(List<String> v) {
    access = v == null ? new ArrayList<>() : v;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String v) {
    version = v;
  }
}

package org.strengths.person;

import java.util.List;
import org.strengths.access.Role;
import org.strengths.access.StaffMember;
import org.strengths.platform.web.DateInput;
import org.strengths.platform.web.FormVersions;
import org.strengths.platform.web.Ids;

/**
 * The add-a-person and edit-details forms, exactly as typed: every field is text so that nothing
 * someone typed is lost or turns into a binding error, however wrong it is.
 */
class PersonForm {

  static final String YES = "yes";
  static final String NO = "no";

  /** The fields sent again, hidden, by the duplicate warning's "carry on" button. */
  static final List<String> FIELDS =
      List.of(
          "firstName",
          "lastName",
          "preferredName",
          "pronouns",
          "dateOfBirthDay",
          "dateOfBirthMonth",
          "dateOfBirthYear",
          "nhsNumber",
          "addressLine1",
          "addressLine2",
          "town",
          "postcode",
          "phone",
          "email",
          "gender",
          "ethnicity",
          "mainLanguage",
          "interpreterNeeded",
          "communicationNeeds",
          "preferredFormat",
          "advocateNeeded",
          "teamId",
          "workerId");

  private String firstName;
  private String lastName;
  private String preferredName;
  private String pronouns;
  private String dateOfBirthDay;
  private String dateOfBirthMonth;
  private String dateOfBirthYear;
  private String nhsNumber;
  private String addressLine1;
  private String addressLine2;
  private String town;
  private String postcode;
  private String phone;
  private String email;
  private String gender;
  private String ethnicity;
  private String mainLanguage;
  private String interpreterNeeded;
  private String communicationNeeds;
  private String preferredFormat;
  private String advocateNeeded;
  private String teamId;
  private String workerId;
  private String version;
  private String duplicatesChecked;

  /** A blank form for a new person, allocated by default to whoever is adding them. */
  static PersonForm newFor(StaffMember staff) {
    PersonForm form = new PersonForm();
    form.interpreterNeeded = NO;
    form.advocateNeeded = NO;
    form.teamId = staff.teamId() == null ? null : staff.teamId().toString();
    form.workerId = staff.role() == Role.PRACTITIONER ? staff.id().toString() : null;
    return form;
  }

  /** The form filled in with a person's saved details, for editing. */
  static PersonForm of(PersonDetails person) {
    PersonForm form = new PersonForm();
    form.firstName = person.firstName();
    form.lastName = person.lastName();
    form.preferredName = person.preferredName();
    form.pronouns = person.pronouns();
    if (person.dateOfBirth() != null) {
      form.dateOfBirthDay = String.valueOf(person.dateOfBirth().getDayOfMonth());
      form.dateOfBirthMonth = String.valueOf(person.dateOfBirth().getMonthValue());
      form.dateOfBirthYear = String.valueOf(person.dateOfBirth().getYear());
    }
    form.nhsNumber = person.formattedNhsNumber().orElse(person.nhsNumber());
    form.addressLine1 = person.addressLine1();
    form.addressLine2 = person.addressLine2();
    form.town = person.town();
    form.postcode = person.postcode();
    form.phone = person.phone();
    form.email = person.email();
    form.gender = person.gender();
    form.ethnicity = person.ethnicity();
    form.mainLanguage = person.mainLanguage();
    form.interpreterNeeded = person.interpreterNeeded() ? YES : NO;
    form.communicationNeeds = person.communicationNeeds();
    form.preferredFormat = person.preferredFormat();
    form.advocateNeeded = person.advocateNeeded() ? YES : NO;
    form.teamId = person.teamId() == null ? null : person.teamId().toString();
    form.workerId = person.workerId() == null ? null : person.workerId().toString();
    form.version = String.valueOf(person.version());
    return form;
  }

  DateInput.Result dateOfBirth() {
    return DateInput.read(dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear);
  }

  /** What was typed, as the module's API takes it; a date that is not one becomes no date. */
  NewPerson toNewPerson() {
    return new NewPerson(
        firstName,
        lastName,
        preferredName,
        pronouns,
        dateOfBirth().date(),
        nhsNumber,
        addressLine1,
        addressLine2,
        town,
        postcode,
        phone,
        email,
        gender,
        ethnicity,
        mainLanguage,
        YES.equals(interpreterNeeded),
        communicationNeeds,
        preferredFormat,
        YES.equals(advocateNeeded),
        Ids.orNull(teamId),
        Ids.orNull(workerId));
  }

  /** The hidden version, or -1 (never a real version) if it was tampered with. */
  int versionSeen() {
    return FormVersions.seen(version);
  }

  boolean carriesOn() {
    return "true".equals(duplicatesChecked);
  }

  /** The value of a field by name, for writing the form out again as hidden fields. */
  public String value(String field) {
    return switch (field) {
      case "firstName" -> firstName;
      case "lastName" -> lastName;
      case "preferredName" -> preferredName;
      case "pronouns" -> pronouns;
      case "dateOfBirthDay" -> dateOfBirthDay;
      case "dateOfBirthMonth" -> dateOfBirthMonth;
      case "dateOfBirthYear" -> dateOfBirthYear;
      case "nhsNumber" -> nhsNumber;
      case "addressLine1" -> addressLine1;
      case "addressLine2" -> addressLine2;
      case "town" -> town;
      case "postcode" -> postcode;
      case "phone" -> phone;
      case "email" -> email;
      case "gender" -> gender;
      case "ethnicity" -> ethnicity;
      case "mainLanguage" -> mainLanguage;
      case "interpreterNeeded" -> interpreterNeeded;
      case "communicationNeeds" -> communicationNeeds;
      case "preferredFormat" -> preferredFormat;
      case "advocateNeeded" -> advocateNeeded;
      case "teamId" -> teamId;
      case "workerId" -> workerId;
      case "version" -> version;
      case "duplicatesChecked" -> duplicatesChecked;
      default -> null;
    };
  }

  boolean teamTypedButUnknown() {
    return teamId != null && !teamId.isBlank() && Ids.orNull(teamId) == null;
  }

  boolean workerTypedButUnknown() {
    return workerId != null && !workerId.isBlank() && Ids.orNull(workerId) == null;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getPreferredName() {
    return preferredName;
  }

  public void setPreferredName(String preferredName) {
    this.preferredName = preferredName;
  }

  public String getPronouns() {
    return pronouns;
  }

  public void setPronouns(String pronouns) {
    this.pronouns = pronouns;
  }

  public String getDateOfBirthDay() {
    return dateOfBirthDay;
  }

  public void setDateOfBirthDay(String dateOfBirthDay) {
    this.dateOfBirthDay = dateOfBirthDay;
  }

  public String getDateOfBirthMonth() {
    return dateOfBirthMonth;
  }

  public void setDateOfBirthMonth(String dateOfBirthMonth) {
    this.dateOfBirthMonth = dateOfBirthMonth;
  }

  public String getDateOfBirthYear() {
    return dateOfBirthYear;
  }

  public void setDateOfBirthYear(String dateOfBirthYear) {
    this.dateOfBirthYear = dateOfBirthYear;
  }

  public String getNhsNumber() {
    return nhsNumber;
  }

  public void setNhsNumber(String nhsNumber) {
    this.nhsNumber = nhsNumber;
  }

  public String getAddressLine1() {
    return addressLine1;
  }

  public void setAddressLine1(String addressLine1) {
    this.addressLine1 = addressLine1;
  }

  public String getAddressLine2() {
    return addressLine2;
  }

  public void setAddressLine2(String addressLine2) {
    this.addressLine2 = addressLine2;
  }

  public String getTown() {
    return town;
  }

  public void setTown(String town) {
    this.town = town;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String postcode) {
    this.postcode = postcode;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getGender() {
    return gender;
  }

  public void setGender(String gender) {
    this.gender = gender;
  }

  public String getEthnicity() {
    return ethnicity;
  }

  public void setEthnicity(String ethnicity) {
    this.ethnicity = ethnicity;
  }

  public String getMainLanguage() {
    return mainLanguage;
  }

  public void setMainLanguage(String mainLanguage) {
    this.mainLanguage = mainLanguage;
  }

  public String getInterpreterNeeded() {
    return interpreterNeeded;
  }

  public void setInterpreterNeeded(String interpreterNeeded) {
    this.interpreterNeeded = interpreterNeeded;
  }

  public String getCommunicationNeeds() {
    return communicationNeeds;
  }

  public void setCommunicationNeeds(String communicationNeeds) {
    this.communicationNeeds = communicationNeeds;
  }

  public String getPreferredFormat() {
    return preferredFormat;
  }

  public void setPreferredFormat(String preferredFormat) {
    this.preferredFormat = preferredFormat;
  }

  public String getAdvocateNeeded() {
    return advocateNeeded;
  }

  public void setAdvocateNeeded(String advocateNeeded) {
    this.advocateNeeded = advocateNeeded;
  }

  public String getTeamId() {
    return teamId;
  }

  public void setTeamId(String teamId) {
    this.teamId = teamId;
  }

  public String getWorkerId() {
    return workerId;
  }

  public void setWorkerId(String workerId) {
    this.workerId = workerId;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public String getDuplicatesChecked() {
    return duplicatesChecked;
  }

  public void setDuplicatesChecked(String duplicatesChecked) {
    this.duplicatesChecked = duplicatesChecked;
  }
}

package org.strengths.insight;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.strengths.person.CldPerson;

/**
 * The columns of the CLD Release 1 extract and how an event and its person fill them (ADR 0090).
 * First the columns NHS England's SALT/ASCOF processing reads, spelled as it reads them, with the
 * council's own {@code NHS_Number}, {@code LA_Person_Unique_Identifier}, {@code Birth_Year} and
 * {@code Birth_Month} where that processing has its centrally derived {@code Der_…} columns; then
 * the Release 1 fields it does not read. {@code ImportDate} and {@code Der_Unique_Record_ID} are
 * added on import, not by the council, so they are not in the file.
 */
final class ExtractLayout {

  static final List<String> HEADER =
      List.of(
          "LA_Code",
          "LA_Name",
          "Reporting_Period_Start_Date",
          "Reporting_Period_End_Date",
          "NHS_Number",
          "LA_Person_Unique_Identifier",
          "Birth_Year",
          "Birth_Month",
          "Date_of_Death",
          "Gender",
          "Ethnicity",
          "Client_Type",
          "Primary_Support_Reason",
          "Has_Unpaid_Carer",
          "Employment_Status",
          "Accommodation_Status",
          "Event_Type",
          "Event_Start_Date",
          "Event_End_Date",
          "Event_Outcome",
          "Request_Route_of_Access",
          "Service_Type",
          "Service_Component",
          "Delivery_Mechanism",
          "Event_Reference",
          "Event_Description",
          "Assessment_Type",
          "Review_Reason",
          "Review_Outcomes_Achieved",
          "Unit_Cost",
          "Cost_Frequency",
          "Planned_Units_Per_Week",
          "Linked_Person_LA_Unique_Identifier");

  static final String SERVICE_USER = "Service User";
  static final String UNKNOWN = "Unknown";
  static final String CARER_SUPPORT_REASON = "Social Support: Support to Carer";
  static final String CARER_ROUTE = "Community / Other route";
  static final String ETHNICITY_NOT_KNOWN = "No data - Undeclared or Not known";
  static final String ETHNICITY_REFUSED = "No data - Refused";

  /**
   * Outcomes whose spelling in our list differs from the one NHS England's processing matches
   * (cld-r1 reference §3.6): sent as the processing spells them, or they fall out of its mapping.
   */
  static final Map<String, String> OUTCOME_SPELLING = Map.of("NFA - Other", "NFA- Other");

  /**
   * The ONS 2021 census categories the person record uses, as the CLD Ethnicity list (NHS England's
   * {@code #REF_Ethnicity}) spells them.
   */
  static final Map<String, String> ETHNICITY =
      Map.ofEntries(
          Map.entry(
              "Asian, Asian British or Asian Welsh - Bangladeshi",
              "Asian or Asian British - Bangladeshi"),
          Map.entry(
              "Asian, Asian British or Asian Welsh - Chinese", "Asian or Asian British - Chinese"),
          Map.entry(
              "Asian, Asian British or Asian Welsh - Indian", "Asian or Asian British - Indian"),
          Map.entry(
              "Asian, Asian British or Asian Welsh - Pakistani",
              "Asian or Asian British - Pakistani"),
          Map.entry(
              "Asian, Asian British or Asian Welsh - Other Asian",
              "Asian or Asian British - Any other Asian background"),
          Map.entry(
              "Black, Black British, Black Welsh, Caribbean or African - African",
              "Black, Black British, Caribbean or African - African"),
          Map.entry(
              "Black, Black British, Black Welsh, Caribbean or African - Caribbean",
              "Black, Black British, Caribbean or African - Caribbean"),
          Map.entry(
              "Black, Black British, Black Welsh, Caribbean or African - Other Black",
              "Black, Black British, Caribbean or African - Any other Black, Black British or"
                  + " Caribbean background"),
          Map.entry(
              "Mixed or Multiple ethnic groups - White and Asian",
              "Mixed or multiple ethnic groups - White and Asian"),
          Map.entry(
              "Mixed or Multiple ethnic groups - White and Black African",
              "Mixed or multiple ethnic groups - White and Black African"),
          Map.entry(
              "Mixed or Multiple ethnic groups - White and Black Caribbean",
              "Mixed or multiple ethnic groups - White and Black Caribbean"),
          Map.entry(
              "Mixed or Multiple ethnic groups - Other Mixed or Multiple ethnic groups",
              "Mixed or multiple ethnic groups - Any other Mixed or multiple ethnic background"),
          Map.entry(
              "White - English, Welsh, Scottish, Northern Irish or British",
              "White - English, Welsh, Scottish, Northern Irish or British"),
          Map.entry("White - Irish", "White - Irish"),
          Map.entry("White - Gypsy or Irish Traveller", "White - Gypsy or Irish Traveller"),
          Map.entry("White - Roma", "White - Roma"),
          Map.entry("White - Other White", "White - Any other White background"),
          Map.entry("Other ethnic group - Arab", "Other ethnic group - Arab"),
          Map.entry(
              "Other ethnic group - Any other ethnic group",
              "Other ethnic group - Any other ethnic group"));

  private ExtractLayout() {}

  /** The council and period every row names. */
  record Submission(String laCode, String laName, LocalDate from, LocalDate to) {}

  /** One row, in {@link #HEADER} order; empty strings for fields with no value. */
  static List<String> row(Submission submission, CldEvent event, CldPerson person) {
    boolean carer = CldEvent.CARER.equals(clientType(event, person));
    List<String> row = new ArrayList<>(HEADER.size());
    row.add(submission.laCode());
    row.add(submission.laName());
    row.add(submission.from().toString());
    row.add(submission.to().toString());
    row.add(person == null ? null : person.nhsNumber());
    row.add(event.personId().toString());
    LocalDate born = person == null ? null : person.dateOfBirth();
    row.add(born == null ? null : String.valueOf(born.getYear()));
    row.add(born == null ? null : String.valueOf(born.getMonthValue()));
    row.add(date(person == null ? null : person.dateOfDeath()));
    row.add(gender(person == null ? null : person.gender()));
    row.add(ethnicity(person == null ? null : person.ethnicity()));
    row.add(clientType(event, person));
    row.add(
        carer
            ? CARER_SUPPORT_REASON
            : orUnknown(person == null ? null : person.primarySupportReason()));
    row.add(orUnknown(person == null ? null : person.hasUnpaidCarer()));
    row.add(orUnknown(person == null ? null : person.employmentStatus()));
    row.add(orUnknown(person == null ? null : person.accommodationStatus()));
    row.add(event.eventType());
    row.add(date(event.startDate()));
    row.add(date(event.endDate()));
    row.add(outcome(event, person));
    row.add(routeOfAccess(event, carer));
    row.add(event.serviceType());
    row.add(event.serviceComponent());
    row.add(event.deliveryMechanism());
    row.add(event.reference());
    row.add(event.description());
    row.add(event.assessmentType());
    row.add(event.reviewReason());
    row.add(event.reviewOutcomesAchieved());
    row.add(number(event.unitCost()));
    row.add(event.costFrequency());
    row.add(number(event.plannedUnitsPerWeek()));
    row.add(event.linkedPersonId() == null ? null : event.linkedPersonId().toString());
    return row;
  }

  /**
   * The event as NHS England's SALT/ASCOF processing reads its {@link #row}: the same values, built
   * without the row (an empty value is no value, as in the file). {@code intern} shares equal
   * strings, for a period's events held in memory at once.
   */
  static MeasureEvent measureEvent(
      CldEvent event, CldPerson person, Function<String, String> intern) {
    String clientType = clientType(event, person);
    boolean carer = CldEvent.CARER.equals(clientType);
    String nhs = person == null ? null : person.nhsNumber();
    LocalDate born = person == null ? null : person.dateOfBirth();
    return new MeasureEvent(
        // P1: the NHS number where there is one, else the council's own identifier
        nhs == null || nhs.isBlank() ? event.personId().toString() : nhs,
        born == null ? null : born.getYear(),
        born == null ? null : born.getMonthValue(),
        person == null ? null : person.dateOfDeath(),
        value(gender(person == null ? null : person.gender()), intern),
        value(ethnicity(person == null ? null : person.ethnicity()), intern),
        value(clientType, intern),
        value(
            carer
                ? CARER_SUPPORT_REASON
                : orUnknown(person == null ? null : person.primarySupportReason()),
            intern),
        value(orUnknown(person == null ? null : person.hasUnpaidCarer()), intern),
        value(orUnknown(person == null ? null : person.employmentStatus()), intern),
        value(orUnknown(person == null ? null : person.accommodationStatus()), intern),
        value(event.eventType(), intern),
        event.startDate(),
        event.endDate(),
        value(outcome(event, person), intern),
        value(routeOfAccess(event, carer), intern),
        value(event.serviceType(), intern),
        value(event.serviceComponent(), intern),
        value(event.deliveryMechanism(), intern));
  }

  /** A field as read from the file: an empty value is no value. */
  private static String value(String field, Function<String, String> intern) {
    return field == null || field.isEmpty() ? null : intern.apply(field);
  }

  /** The event's own client type (a carer's event), else the person's, else a service user. */
  static String clientType(CldEvent event, CldPerson person) {
    if (event.clientType() != null) {
      return event.clientType();
    }
    return person == null || person.clientType() == null ? SERVICE_USER : person.clientType();
  }

  /** Requests only; a carer's request without one comes by the community route (§7.2). */
  static String routeOfAccess(CldEvent event, boolean carer) {
    if (!CldEvent.REQUEST.equals(event.eventType())) {
      return event.routeOfAccess();
    }
    return event.routeOfAccess() == null && carer ? CARER_ROUTE : event.routeOfAccess();
  }

  /** Gender as recorded, in the values NHS England's processing compares with. */
  static String gender(String recorded) {
    if (recorded == null || recorded.isBlank()) {
      return UNKNOWN;
    }
    return switch (recorded.strip().toLowerCase(Locale.ROOT)) {
      case "male", "man" -> "Male";
      case "female", "woman" -> "Female";
      case "unknown", "not known", "not stated" -> UNKNOWN;
      default -> "Other";
    };
  }

  static String ethnicity(String recorded) {
    if (recorded == null || recorded.isBlank()) {
      return ETHNICITY_NOT_KNOWN;
    }
    if (ETHNICITY.containsValue(recorded)
        || recorded.equals(ETHNICITY_NOT_KNOWN)
        || recorded.equals(ETHNICITY_REFUSED)) {
      return recorded;
    }
    return ETHNICITY.getOrDefault(recorded, ETHNICITY_NOT_KNOWN);
  }

  static final String SERVICE_ENDED_AS_PLANNED = "Service ended as planned";
  static final String DECEASED = "NFA - Deceased";

  /**
   * The event's outcome as sent; a service that ended on the day the person died ended because they
   * died, so "Service ended as planned" is sent as "NFA - Deceased" (ADR 0169).
   */
  static String outcome(CldEvent event, CldPerson person) {
    if (CldEvent.SERVICE.equals(event.eventType())
        && person != null
        && person.dateOfDeath() != null
        && person.dateOfDeath().equals(event.endDate())
        && SERVICE_ENDED_AS_PLANNED.equalsIgnoreCase(event.outcome())) {
      return DECEASED;
    }
    return outcome(event.outcome());
  }

  static String outcome(String outcome) {
    return outcome == null ? null : OUTCOME_SPELLING.getOrDefault(outcome, outcome);
  }

  private static String orUnknown(String value) {
    return value == null || value.isBlank() ? UNKNOWN : value;
  }

  private static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static String number(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros().toPlainString();
  }
}

package org.strengths.person;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Client Level Data person context fields. Each takes its values from the reference list of the
 * same name and is kept with the date it applies from.
 */
enum CldField {
  CLIENT_TYPE("Client_Type", "clientType"),
  PRIMARY_SUPPORT_REASON("Primary_Support_Reason", "primarySupportReason"),
  ACCOMMODATION_STATUS("Accommodation_Status", "accommodationStatus"),
  EMPLOYMENT_STATUS("Employment_Status", "employmentStatus"),
  HAS_UNPAID_CARER("Has_Unpaid_Carer", "hasUnpaidCarer");

  /** The CLD field name, which is also the name of its reference list. */
  final String listName;

  /** The name of its form field on the context page. */
  final String formField;

  CldField(String listName, String formField) {
    this.listName = listName;
    this.formField = formField;
  }

  static Optional<CldField> ofListName(String listName) {
    return Arrays.stream(values()).filter(field -> field.listName.equals(listName)).findFirst();
  }

  public String formField() {
    return formField;
  }

  public String labelKey() {
    return "person.context." + formField;
  }
}

package org.strengths.connection;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A piece of information the practitioner may share with the organisation. Most are copied from the
 * person's record; two are written by the practitioner for the organisation.
 */
enum SharedField {
  NAME,
  PHONE,
  EMAIL,
  ADDRESS,
  DATE_OF_BIRTH,
  MAIN_LANGUAGE,
  WHAT_MATTERS,
  ACCESS_NEEDS;

  static final Set<SharedField> CONTACT_ROUTES = EnumSet.of(PHONE, EMAIL, ADDRESS);
  static final Set<SharedField> WRITTEN = EnumSet.of(WHAT_MATTERS, ACCESS_NEEDS);

  /** The name of the form field (checkbox value and error anchor). */
  public String formName() {
    return switch (this) {
      case NAME -> "shareName";
      case PHONE -> "sharePhone";
      case EMAIL -> "shareEmail";
      case ADDRESS -> "shareAddress";
      case DATE_OF_BIRTH -> "shareDateOfBirth";
      case MAIN_LANGUAGE -> "shareMainLanguage";
      case WHAT_MATTERS -> "whatMatters";
      case ACCESS_NEEDS -> "accessNeeds";
    };
  }

  /** The id of this field's checkbox on the form. */
  public String checkboxId() {
    String camel = formName().startsWith("share") ? formName().substring(5) : formName();
    return "share" + Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
  }

  /** Whether the practitioner writes it for the organisation (not copied from the record). */
  public boolean written() {
    return WRITTEN.contains(this);
  }

  public String labelKey() {
    return "connection.field." + name();
  }

  /**
   * What a new connection shares unless the practitioner changes it: the name and one way to
   * contact the person (phone, else email, else address).
   */
  static Set<SharedField> defaults(PersonFacts person) {
    Set<SharedField> chosen = new LinkedHashSet<>(List.of(NAME));
    defaultContactRoute(person).ifPresent(chosen::add);
    return chosen;
  }

  static Optional<SharedField> defaultContactRoute(PersonFacts person) {
    if (person.phone() != null) {
      return Optional.of(PHONE);
    }
    if (person.email() != null) {
      return Optional.of(EMAIL);
    }
    return person.address() != null ? Optional.of(ADDRESS) : Optional.empty();
  }

  static Optional<SharedField> parse(String text) {
    return Enums.parse(SharedField.class, text);
  }
}

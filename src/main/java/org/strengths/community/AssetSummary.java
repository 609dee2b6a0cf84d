package org.strengths.community;

import java.util.UUID;

/**
 * What another module needs to know about a community asset to connect a person to it.
 *
 * @param status ACTIVE, PAUSED or CLOSED
 * @param contact how to reach it, in words (a name, email or phone), or {@code null}
 */
public record AssetSummary(
    UUID id,
    String name,
    AssetKind kind,
    UUID organisationId,
    String organisationName,
    HowToConnect howToConnect,
    String status,
    String contactName,
    String email,
    String phone,
    String postcode) {

  /** The best single contact route: email, else phone, else the contact's name. */
  public String contact() {
    if (email != null) {
      return email;
    }
    return phone != null ? phone : contactName;
  }
}

package org.strengths.connection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A connection as stored. Names of the asset and organisation are as they were when sent. */
record Connection(
    UUID id,
    UUID personId,
    UUID assetId,
    String assetName,
    UUID organisationId,
    String organisationName,
    ConnectionMethod method,
    LawfulBasis lawfulBasis,
    boolean providesCare,
    LocalDate consentDate,
    String consentScope,
    String message,
    ConnectionStatus status,
    String declineReason,
    String feedback,
    Instant sentAt,
    UUID sentById,
    String sentByName,
    Instant updatedAt,
    String updatedBy,
    int version,
    Instant consentWithdrawnAt) {

  /** Whether the organisation sees this connection in its portal. */
  public boolean sentToOrganisation() {
    return method.sharesData() && organisationId != null;
  }

  /** Whether the person has withdrawn their consent for future sharing (docs/adr/0117). */
  public boolean consentWithdrawn() {
    return consentWithdrawnAt != null;
  }

  boolean sentTo(UUID organisation) {
    return sentToOrganisation() && organisationId.equals(organisation);
  }
}

package org.strengths.community;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** A community asset as stored. Blank optional fields are {@code null}. */
record Asset(
    UUID id,
    AssetKind kind,
    String name,
    String description,
    String offers,
    UUID organisationId,
    String organisationName,
    BigDecimal minimumAge,
    BigDecimal maximumAge,
    List<String> languages,
    String conditions,
    boolean stepFree,
    boolean hearingLoop,
    boolean accessibleToilet,
    boolean bsl,
    String accessibilityNotes,
    String cost,
    String costDetails,
    String scheduleNotes,
    String addressLine1,
    String addressLine2,
    String town,
    String postcode,
    Double latitude,
    Double longitude,
    String contactName,
    String email,
    String phone,
    String website,
    HowToConnect howToConnect,
    String status,
    LocalDate lastVerifiedOn,
    String lastVerifiedBy,
    LocalDate giftConsentOn,
    String giftConsentBy,
    UUID locationId,
    UUID serviceAtLocationId,
    String source,
    String sourceId,
    Instant updatedAt,
    String updatedBy,
    int version,
    List<Session> sessions,
    List<Term> terms) {

  /** A regular weekly session: a day (MO…SU) and, if known, its times. */
  record Session(UUID id, String day, LocalTime opensAt, LocalTime closesAt) {}

  record Term(UUID id, String name, String description, UUID taxonomyId, String taxonomyName) {}

  /** The address on one line, parts that are missing left out. */
  public String address() {
    return String.join(
        ", ",
        java.util.stream.Stream.of(addressLine1, addressLine2, town, postcode)
            .filter(java.util.Objects::nonNull)
            .toList());
  }

  public boolean isGift() {
    return kind == AssetKind.GIFT;
  }

  public boolean verificationDue(LocalDate today) {
    return Verification.due(lastVerifiedOn, today);
  }
}

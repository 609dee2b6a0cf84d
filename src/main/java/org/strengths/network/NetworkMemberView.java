package org.strengths.network;

import java.time.Instant;
import java.util.UUID;

/**
 * One current member of a person's network with everything recorded about the relationship. Names
 * and details of anyone other than the person are third-party data ({@code thirdParty}): show them
 * only to staff who may see the person.
 *
 * @param label the name or a short description (kept to the minimum needed)
 * @param specificTie for family and others, e.g. "daughter"
 * @param linkedPersonId the member's own record, when they are known to the service; show it only
 *     to staff who may see that record too
 * @param wantsChange whether the person wants this relationship to change
 * @param changeWanted how they want it to change, in their words
 * @param createdByName who recorded it, as their name was then
 */
public record NetworkMemberView(
    UUID id,
    UUID personId,
    TieKind kind,
    String label,
    String specificTie,
    UUID linkedPersonId,
    TieStrength strength,
    boolean stressful,
    SupportDirection direction,
    ContactFrequency contactFrequency,
    Answer wantsChange,
    String changeWanted,
    boolean givesCare,
    Answer willing,
    Answer able,
    String impactOnThem,
    Answer personAgrees,
    Answer consentToContact,
    boolean thirdParty,
    Instant createdAt,
    String createdBy,
    String createdByName,
    Instant updatedAt,
    String updatedBy,
    String updatedByName,
    int version) {

  public Tie tie() {
    return new Tie(id, label, kind, strength, stressful, direction, givesCare);
  }

  public CarerCheck carerCheck() {
    return new CarerCheck(givesCare, willing, able, impactOnThem, personAgrees);
  }
}

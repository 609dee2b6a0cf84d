package org.strengths.network;

import java.util.UUID;

/** What is saved about a relationship, once the form or API request has been checked. */
record MemberDetails(
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
    Answer consentToContact) {

  /** Pets and places are not people, so what is recorded about them is not third-party data. */
  boolean thirdParty() {
    return kind != TieKind.PET && kind != TieKind.PLACE;
  }

  static MemberDetails of(NetworkMemberView member) {
    return new MemberDetails(
        member.kind(),
        member.label(),
        member.specificTie(),
        member.linkedPersonId(),
        member.strength(),
        member.stressful(),
        member.direction(),
        member.contactFrequency(),
        member.wantsChange(),
        member.changeWanted(),
        member.givesCare(),
        member.willing(),
        member.able(),
        member.impactOnThem(),
        member.personAgrees(),
        member.consentToContact());
  }
}

package org.strengths.network;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the person may suggest about their network from their own pages, and how the practitioner
 * decides (docs/adr/0117). Plain Java: text is already trimmed, with blanks as {@code null}.
 * Problems are message keys by form field, in the order of the form.
 */
final class SuggestionRules {

  static final int NOTE_MAX = 500;
  static final int REASON_MAX = 1000;

  /** The answer on the change form meaning "no longer part of my life". */
  static final String ENDS = "ENDS";

  private SuggestionRules() {}

  /** Someone new, as checked: what the practitioner will be asked to add. */
  record NewTie(
      String label, TieKind kind, String specificTie, TieStrength strength, String note) {}

  /** A change to a current relationship: a new strength, or that it has ended. */
  record ChangedTie(UUID memberId, TieStrength strength, boolean ends, String note) {}

  /** The problems with a suggestion of someone new; empty when it can be saved. */
  static Map<String, String> newTieProblems(
      String label, String kind, String specificTie, String strength, String note) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (label == null) {
      problems.put("label", "network.suggest.error.label.required");
    } else if (label.length() > MemberForm.LABEL_MAX) {
      problems.put("label", "network.suggest.error.label.tooLong");
    }
    if (parse(TieKind.class, kind).isEmpty()) {
      problems.put("kind", "network.suggest.error.kind.required");
    }
    if (specificTie != null && specificTie.length() > MemberForm.SPECIFIC_TIE_MAX) {
      problems.put("specificTie", "network.suggest.error.specificTie.tooLong");
    }
    if (parse(TieStrength.class, strength).isEmpty()) {
      problems.put("strength", "network.suggest.error.strength.required");
    }
    noteProblem(note, problems);
    return problems;
  }

  static NewTie newTie(
      String label, String kind, String specificTie, String strength, String note) {
    return new NewTie(
        label, TieKind.valueOf(kind), specificTie, TieStrength.valueOf(strength), note);
  }

  /**
   * The problems with a suggested change; empty when it can be saved.
   *
   * @param current the ids of the person's current relationships: only those can be changed
   */
  static Map<String, String> changeProblems(
      String member, Set<UUID> current, String change, String note) {
    Map<String, String> problems = new LinkedHashMap<>();
    Optional<UUID> id = uuid(member);
    if (id.isEmpty() || !current.contains(id.get())) {
      problems.put("member", "network.suggest.error.member.required");
    }
    if (!ENDS.equals(change) && parse(TieStrength.class, change).isEmpty()) {
      problems.put("change", "network.suggest.error.change.required");
    }
    noteProblem(note, problems);
    return problems;
  }

  static ChangedTie changedTie(String member, String change, String note) {
    boolean ends = ENDS.equals(change);
    return new ChangedTie(
        UUID.fromString(member), ends ? null : TieStrength.valueOf(change), ends, note);
  }

  /**
   * Why the practitioner's decision cannot be saved, as a message key; empty if it can.
   *
   * @param confirm true to confirm onto the network, false to decline, null if not chosen
   */
  static Optional<String> decisionProblem(Boolean confirm, String reason) {
    if (confirm == null) {
      return Optional.of("network.suggestion.error.decision.required");
    }
    if (!confirm && reason == null) {
      return Optional.of("network.suggestion.error.reason.required");
    }
    if (!confirm && reason.length() > REASON_MAX) {
      return Optional.of("network.suggestion.error.reason.tooLong");
    }
    return Optional.empty();
  }

  /** What a confirmed change does to the relationship as it is now. */
  static MemberDetails applied(MemberDetails now, ChangedTie change) {
    return new MemberDetails(
        now.kind(),
        now.label(),
        now.specificTie(),
        now.linkedPersonId(),
        change.strength() == null ? now.strength() : change.strength(),
        now.stressful(),
        now.direction(),
        now.contactFrequency(),
        now.wantsChange(),
        now.changeWanted(),
        now.givesCare(),
        now.willing(),
        now.able(),
        now.impactOnThem(),
        now.personAgrees(),
        now.consentToContact());
  }

  /**
   * What a confirmed new relationship records: what the person said, support both ways (the
   * practitioner can change it with them), nothing asked yet about care or contact.
   */
  static MemberDetails details(NewTie tie) {
    boolean person = tie.kind() != TieKind.PLACE && tie.kind() != TieKind.PET;
    return new MemberDetails(
        tie.kind(),
        tie.label(),
        tie.specificTie(),
        null,
        tie.strength(),
        false,
        person ? SupportDirection.BOTH_WAYS : SupportDirection.TO_PERSON,
        null,
        Answer.NOT_ASKED,
        null,
        false,
        Answer.NOT_ASKED,
        Answer.NOT_ASKED,
        null,
        Answer.NOT_ASKED,
        Answer.NOT_ASKED);
  }

  private static void noteProblem(String note, Map<String, String> problems) {
    if (note != null && note.length() > NOTE_MAX) {
      problems.put("note", "network.suggest.error.note.tooLong");
    }
  }

  private static Optional<UUID> uuid(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}

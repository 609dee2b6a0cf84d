package org.strengths.network;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;
import org.strengths.person.Chronology;

/**
 * The practitioner's decision on a relationship the person suggested: confirmed onto the network
 * (saved like any change, so on the ecomap, the snapshots, the audit and the chronology) or
 * declined with a reason the person reads. Callers check that the member of staff may change the
 * record.
 */
@Service
class Suggestions {

  sealed interface Decision permits Decided, Refused, AlreadyDecided {}

  record Decided() implements Decision {}

  /** The decision cannot be saved: a message key for the form. */
  record Refused(String field, String key) implements Decision {}

  /** Someone decided first, or the relationship changed or ended meanwhile. */
  record AlreadyDecided() implements Decision {}

  private final SuggestionStore suggestions;
  private final NetworkStore network;
  private final NetworkEditing editing;
  private final AuditLog audit;
  private final Chronology chronology;
  private final NetworkText text;
  private final Clock clock;

  Suggestions(
      SuggestionStore suggestions,
      NetworkStore network,
      NetworkEditing editing,
      AuditLog audit,
      Chronology chronology,
      NetworkText text,
      Clock clock) {
    this.suggestions = suggestions;
    this.network = network;
    this.editing = editing;
    this.audit = audit;
    this.chronology = chronology;
    this.text = text;
    this.clock = clock;
  }

  /**
   * Confirms ({@code confirm} true) or declines the suggestion as seen at {@code versionSeen}.
   *
   * @param confirm null when neither was chosen
   */
  @Transactional
  Decision decide(
      SuggestionStore.Suggestion s,
      int versionSeen,
      Boolean confirm,
      String reason,
      StaffMember by) {
    Optional<String> problem = SuggestionRules.decisionProblem(confirm, reason);
    if (problem.isPresent()) {
      return new Refused(problem.get().contains(".reason.") ? "reason" : "decision", problem.get());
    }
    if (!s.waiting() || s.version() != versionSeen) {
      return new AlreadyDecided();
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    if (!suggestions.decide(
        s.id(), versionSeen, confirm, reason, NetworkEditing.recorder(by), now)) {
      return new AlreadyDecided();
    }
    if (confirm && !apply(s, by)) {
      throw new AlreadyDecidedException();
    }
    audit.record(
        s.personId(),
        "network",
        confirm ? "confirm-suggestion" : "decline-suggestion",
        null,
        s.id().toString());
    if (!confirm) {
      chronology.add(
          s.personId(),
          "network-suggestion-declined",
          text.get("network.suggestion.chronology.declined"));
    }
    return new Decided();
  }

  /** Puts the suggestion on the network; false if the relationship changed or ended meanwhile. */
  private boolean apply(SuggestionStore.Suggestion s, StaffMember by) {
    if (s.someoneNew()) {
      editing.addConfirmed(
          s.personId(),
          SuggestionRules.details(
              new SuggestionRules.NewTie(
                  s.label(), s.kind(), s.specificTie(), s.strength(), s.note())),
          by);
      return true;
    }
    Optional<NetworkMemberView> current = network.find(s.personId(), s.memberId());
    if (current.isEmpty()) {
      return false;
    }
    if (s.ends()) {
      return editing.remove(s.personId(), current.get(), current.get().version(), by)
          instanceof NetworkEditing.Saved;
    }
    SuggestionRules.ChangedTie change =
        new SuggestionRules.ChangedTie(s.memberId(), s.strength(), false, s.note());
    return editing.changeConfirmed(
        s.personId(),
        current.get(),
        SuggestionRules.applied(MemberDetails.of(current.get()), change),
        by);
  }

  /** Rolls the decision back when the relationship changed under it. */
  static class AlreadyDecidedException extends RuntimeException {
    AlreadyDecidedException() {
      super("The relationship changed or ended before the suggestion was confirmed");
    }
  }
}

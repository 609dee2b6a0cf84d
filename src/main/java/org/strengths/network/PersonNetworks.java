package org.strengths.network;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;
import org.strengths.person.Chronology;

/**
 * The network module's API for the person's own pages (docs/adr/0117): their ecomap and its text
 * alternative, and suggesting a new or changed relationship, which waits for the practitioner.
 * Every method takes the signed-in person's own id and reads only their network. What it returns
 * holds only names, kinds and the lines of the map: never anyone's address, phone number or the
 * notes the practitioner keeps about a relationship (third-party details). Callers audit views;
 * suggestions are audited here, as the person.
 */
@Service
public class PersonNetworks {

  /** The person's ecomap: the drawing, one sentence for it, and every line in words. */
  public record MyEcomap(String svg, String summary, List<MyGroup> groups) {}

  /** The relationships of one kind, each as a line of words. */
  public record MyGroup(String kind, String heading, List<String> lines) {}

  /** A current relationship the person can suggest a change to: its name only. */
  public record MyTie(UUID id, String label) {}

  /**
   * Something the person suggested, and what became of it.
   *
   * @param label who it is about: the name they gave, or the relationship's name for a change
   * @param kind for someone new, e.g. {@code FAMILY}; null for a change
   * @param strength {@code STRONG}, {@code ORDINARY} or {@code TENUOUS}; null when it ends
   * @param ends whether they said the relationship is no longer part of their life
   * @param status {@code WAITING}, {@code CONFIRMED} or {@code DECLINED}
   * @param declineReason the practitioner's reason, when declined
   */
  public record MySuggestion(
      UUID id,
      boolean someoneNew,
      String label,
      String kind,
      String specificTie,
      String strength,
      boolean ends,
      String note,
      String status,
      String declineReason,
      Instant suggestedAt) {}

  /** What came of a suggestion: saved, or the problems by form field, as message keys. */
  public record Suggested(Optional<UUID> id, Map<String, String> problems) {}

  private final NetworkStore network;
  private final SuggestionStore suggestions;
  private final Suggestions decisions;
  private final Ecomaps ecomaps;
  private final AuditLog audit;
  private final Chronology chronology;
  private final NetworkText text;
  private final Clock clock;

  PersonNetworks(
      NetworkStore network,
      SuggestionStore suggestions,
      Suggestions decisions,
      Ecomaps ecomaps,
      AuditLog audit,
      Chronology chronology,
      NetworkText text,
      Clock clock) {
    this.network = network;
    this.suggestions = suggestions;
    this.decisions = decisions;
    this.ecomaps = ecomaps;
    this.audit = audit;
    this.chronology = chronology;
    this.text = text;
    this.clock = clock;
  }

  /** The person's ecomap today, drawn with {@code name} in the middle, without links. */
  public MyEcomap ecomap(UUID personId, String name) {
    List<Tie> ties = network.current(personId).stream().map(NetworkMemberView::tie).toList();
    return new MyEcomap(
        ecomaps.svg(name, ties, null),
        ecomaps.summarySentence(ties),
        ecomaps.text(ties).stream()
            .map(
                group ->
                    new MyGroup(
                        group.kind().name(),
                        group.heading(),
                        group.lines().stream().map(EcomapText.Line::text).toList()))
            .toList());
  }

  /** The person's current relationships by name, in the order they were added. */
  public List<MyTie> ties(UUID personId) {
    return network.current(personId).stream()
        .map(member -> new MyTie(member.id(), member.label()))
        .toList();
  }

  /** A relationship someone suggested on their own pages that waits for their practitioner. */
  public record Waiting(UUID personId, UUID suggestionId, Instant suggestedAt) {}

  /**
   * The suggestions any of these people made that wait for a practitioner, oldest first (for a
   * worker's list: no names or details, so the caller need not audit it).
   */
  public List<Waiting> waitingFor(java.util.Collection<UUID> personIds) {
    return suggestions.waitingFor(personIds);
  }

  /** What the person has suggested, newest first. */
  public List<MySuggestion> suggestions(UUID personId) {
    Map<UUID, String> labels = labels(personId);
    return suggestions.forPerson(personId).stream()
        .map(
            s ->
                new MySuggestion(
                    s.id(),
                    s.someoneNew(),
                    s.someoneNew() ? s.label() : labels.getOrDefault(s.memberId(), ""),
                    s.kind() == null ? null : s.kind().name(),
                    s.specificTie(),
                    s.strength() == null ? null : s.strength().name(),
                    s.ends(),
                    s.note(),
                    s.status(),
                    s.declineReason(),
                    s.suggestedAt()))
        .toList();
  }

  /**
   * The person suggests someone new in their life. Text is trimmed, blanks {@code null}.
   *
   * @param kind a {@link TieKind} name; {@code strength} a {@link TieStrength} name
   */
  @Transactional
  public Suggested suggestNew(
      UUID personId, String label, String kind, String specificTie, String strength, String note) {
    Map<String, String> problems =
        SuggestionRules.newTieProblems(label, kind, specificTie, strength, note);
    if (!problems.isEmpty()) {
      return new Suggested(Optional.empty(), problems);
    }
    SuggestionRules.NewTie tie = SuggestionRules.newTie(label, kind, specificTie, strength, note);
    UUID id = UUID.randomUUID();
    suggestions.insertNew(id, personId, tie, now());
    suggested(personId, id, text.get("network.suggestion.chronology.new", tie.label()));
    return new Suggested(Optional.of(id), Map.of());
  }

  /**
   * The person suggests a change to one of their current relationships.
   *
   * @param member the relationship's id as typed; any other person's is refused as not chosen
   * @param change a {@link TieStrength} name, or {@code ENDS} for "no longer part of my life"
   */
  @Transactional
  public Suggested suggestChange(UUID personId, String member, String change, String note) {
    Set<UUID> current = labels(personId).keySet();
    Map<String, String> problems = SuggestionRules.changeProblems(member, current, change, note);
    if (!problems.isEmpty()) {
      return new Suggested(Optional.empty(), problems);
    }
    SuggestionRules.ChangedTie changed = SuggestionRules.changedTie(member, change, note);
    UUID id = UUID.randomUUID();
    suggestions.insertChange(id, personId, changed, now());
    suggested(
        personId,
        id,
        text.get("network.suggestion.chronology.change", labels(personId).get(changed.memberId())));
    return new Suggested(Optional.of(id), Map.of());
  }

  /**
   * Confirms a waiting suggestion onto the network, as the practitioner's page does (for the demo
   * council). The caller has checked that {@code by} may change the person's record.
   */
  @Transactional
  public void confirm(UUID personId, UUID suggestionId, StaffMember by) {
    SuggestionStore.Suggestion suggestion =
        suggestions.find(personId, suggestionId).orElseThrow(IllegalArgumentException::new);
    if (!(decisions.decide(suggestion, suggestion.version(), true, null, by)
        instanceof Suggestions.Decided)) {
      throw new IllegalStateException("Not confirmed: " + suggestionId);
    }
  }

  private void suggested(UUID personId, UUID id, String summary) {
    audit.recordByThePerson(personId, "network", "suggest", id.toString());
    chronology.add(personId, "network-suggestion", summary);
  }

  private Map<UUID, String> labels(UUID personId) {
    return network.current(personId).stream()
        .collect(
            Collectors.toMap(
                NetworkMemberView::id, NetworkMemberView::label, (a, b) -> a, HashMap::new));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}

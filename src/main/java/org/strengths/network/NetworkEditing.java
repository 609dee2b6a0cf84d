package org.strengths.network;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;
import org.strengths.person.Chronology;
import org.strengths.platform.web.FormErrors;

/**
 * Adds, changes and removes relationships. Every save is audited, goes on the person's chronology
 * and keeps a snapshot of the whole network, so the network on any date can be shown again. Changes
 * use optimistic locking: a save based on an old version is refused, never silently lost.
 */
@Service
class NetworkEditing {

  /** The errors of a network form, in the order of its fields. */
  static FormErrors errors() {
    return FormErrors.inFormOrder(
        "conflict",
        "on",
        "from",
        "to",
        "kind",
        "label",
        "specificTie",
        "strength",
        "stressful",
        "direction",
        "contactFrequency",
        "wantsChange",
        "givesCare",
        "willing",
        "able",
        "impactOnThem",
        "personAgrees",
        "consentToContact");
  }

  sealed interface Outcome permits Saved, Invalid, Conflict {}

  record Saved(UUID memberId) implements Outcome {}

  record Invalid(Map<String, String> problems) implements Outcome {}

  /** Someone saved first; {@code saved} is their version, or null if they removed it. */
  record Conflict(NetworkMemberView saved) implements Outcome {}

  private final NetworkStore store;
  private final NetworkPeople people;
  private final AuditLog audit;
  private final Chronology chronology;
  private final NetworkText text;
  private final Clock clock;

  NetworkEditing(
      NetworkStore store,
      NetworkPeople people,
      AuditLog audit,
      Chronology chronology,
      NetworkText text,
      Clock clock) {
    this.store = store;
    this.people = people;
    this.audit = audit;
    this.chronology = chronology;
    this.text = text;
    this.clock = clock;
  }

  @Transactional
  Outcome add(UUID personId, MemberForm form, StaffMember by) {
    MemberForm.Checked checked = form.check(linked -> people.mayLink(by, personId, linked));
    if (!checked.valid()) {
      return new Invalid(checked.problems());
    }
    // Time-ordered, so the ecomap gives a new relationship the next free place and moves no other.
    UUID id = TieIds.next(clock);
    Instant now = now();
    store.insert(id, personId, checked.details(), recorder(by), now);
    saved(personId, id, "create", "network.chronology.added", checked.details(), by, now);
    return new Saved(id);
  }

  /**
   * Adds the community directory entry the person has been connected to, as a tenuous tie that
   * supports them, unless a current relationship of that kind already has its name. Saved, audited
   * and put on the chronology like any other addition.
   *
   * @return the relationship added, or empty if it was already there
   */
  @Transactional
  Optional<UUID> addCommunityConnection(
      UUID personId, String assetName, UUID assetId, StaffMember by) {
    if (assetName == null || assetName.isBlank()) {
      return Optional.empty();
    }
    String label = assetName.strip();
    if (label.length() > MemberForm.LABEL_MAX) {
      label = label.substring(0, MemberForm.LABEL_MAX);
    }
    store.lock(personId);
    String name = label;
    boolean there =
        store.current(personId).stream()
            .anyMatch(
                member ->
                    member.kind() == TieKind.COMMUNITY_GROUP
                        && member.label().strip().equalsIgnoreCase(name));
    if (there) {
      return Optional.empty();
    }
    MemberDetails details =
        new MemberDetails(
            TieKind.COMMUNITY_GROUP,
            label,
            null,
            null,
            TieStrength.TENUOUS,
            false,
            SupportDirection.TO_PERSON,
            null,
            Answer.NOT_ASKED,
            null,
            false,
            Answer.NOT_ASKED,
            Answer.NOT_ASKED,
            null,
            Answer.NOT_ASKED,
            Answer.NOT_ASKED);
    UUID id = TieIds.next(clock);
    Instant now = now();
    store.insert(id, personId, details, assetId, recorder(by), now);
    saved(personId, id, "create", "network.chronology.added", details, by, now);
    return Optional.of(id);
  }

  /**
   * Adds a relationship the person suggested, once the practitioner confirms it: saved, audited and
   * put on the chronology like any addition.
   */
  @Transactional
  UUID addConfirmed(UUID personId, MemberDetails details, StaffMember by) {
    UUID id = TieIds.next(clock);
    Instant now = now();
    store.insert(id, personId, details, recorder(by), now);
    saved(personId, id, "create", "network.chronology.added", details, by, now);
    return id;
  }

  /** Saves a change the person suggested over the version seen; false if someone saved first. */
  @Transactional
  boolean changeConfirmed(
      UUID personId, NetworkMemberView current, MemberDetails details, StaffMember by) {
    Instant now = now();
    if (!store.update(current.id(), current.version(), details, recorder(by), now)) {
      return false;
    }
    saved(personId, current.id(), "change", "network.chronology.changed", details, by, now);
    return true;
  }

  @Transactional
  Outcome change(UUID personId, NetworkMemberView current, MemberForm form, StaffMember by) {
    // A link already there stays valid even for a user who may not open that record.
    MemberForm.Checked checked =
        form.check(
            linked ->
                Objects.equals(linked, current.linkedPersonId())
                    || people.mayLink(by, personId, linked));
    if (!checked.valid()) {
      return new Invalid(checked.problems());
    }
    Instant now = now();
    if (current.version() != form.versionSeen()
        || !store.update(current.id(), form.versionSeen(), checked.details(), recorder(by), now)) {
      return new Conflict(store.find(personId, current.id()).orElse(null));
    }
    saved(
        personId, current.id(), "change", "network.chronology.changed", checked.details(), by, now);
    return new Saved(current.id());
  }

  @Transactional
  Outcome remove(UUID personId, NetworkMemberView current, int versionSeen, StaffMember by) {
    Instant now = now();
    if (!store.end(current.id(), versionSeen, recorder(by), now)) {
      return new Conflict(store.find(personId, current.id()).orElse(null));
    }
    saved(
        personId,
        current.id(),
        "remove",
        "network.chronology.removed",
        MemberDetails.of(current),
        by,
        now);
    return new Saved(current.id());
  }

  private void saved(
      UUID personId,
      UUID memberId,
      String action,
      String chronologyKey,
      MemberDetails details,
      StaffMember by,
      Instant now) {
    store.snapshot(personId, recorder(by), now);
    audit.record(personId, "network", action, null, memberId.toString());
    chronology.add(personId, "network-" + action, text.get(chronologyKey, describe(details)));
  }

  /** "Mary (daughter)" or "Mary (friend)": the specific tie if given, else the kind. */
  private String describe(MemberDetails details) {
    String tie =
        details.specificTie() != null
            ? details.specificTie()
            : text.get("network.kind.short." + details.kind());
    return text.get("network.chronology.member", details.label(), tie);
  }

  static NetworkStore.Recorder recorder(StaffMember by) {
    return new NetworkStore.Recorder(by.getUsername(), by.displayName());
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}

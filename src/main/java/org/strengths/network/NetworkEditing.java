package org.strengths.network;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;
import org.strengths.person.Chronology;

/**
 * Adds, changes and removes relationships. Every save is audited, goes on the person's chronology
 * and keeps a snapshot of the whole network, so the network on any date can be shown again. Changes
 * use optimistic locking: a save based on an old version is refused, never silently lost.
 */
@Service
class NetworkEditing {

  sealed interface Outcome permits Saved, Invalid, Conflict {}

  record Saved(UUID memberId) implements Outcome {}

  record Invalid(Map<String, String> problems) implements Outcome {}

  /** Someone saved first; {@code saved} is their version, or null if they removed it. */
  record Conflict(NetworkMemberView saved) implements Outcome {}

  private final NetworkStore store;
  private final AuditLog audit;
  private final Chronology chronology;
  private final NetworkText text;
  private final Clock clock;

  NetworkEditing(
      NetworkStore store, AuditLog audit, Chronology chronology, NetworkText text, Clock clock) {
    this.store = store;
    this.audit = audit;
    this.chronology = chronology;
    this.text = text;
    this.clock = clock;
  }

  @Transactional
  Outcome add(UUID personId, MemberForm form, StaffMember by) {
    MemberForm.Checked checked = form.check();
    if (!checked.valid()) {
      return new Invalid(checked.problems());
    }
    UUID id = UUID.randomUUID();
    Instant now = now();
    store.insert(id, personId, checked.details(), by.getUsername(), now);
    saved(personId, id, "add", "network.chronology.added", checked.details(), by, now);
    return new Saved(id);
  }

  @Transactional
  Outcome change(UUID personId, NetworkMemberView current, MemberForm form, StaffMember by) {
    MemberForm.Checked checked = form.check();
    if (!checked.valid()) {
      return new Invalid(checked.problems());
    }
    MemberDetails details = keepLink(checked.details(), current);
    Instant now = now();
    if (current.version() != form.versionSeen()
        || !store.update(current.id(), form.versionSeen(), details, by.getUsername(), now)) {
      return new Conflict(store.find(personId, current.id()).orElse(null));
    }
    saved(personId, current.id(), "change", "network.chronology.changed", details, by, now);
    return new Saved(current.id());
  }

  @Transactional
  Outcome remove(UUID personId, NetworkMemberView current, int versionSeen, StaffMember by) {
    Instant now = now();
    if (!store.end(current.id(), versionSeen, by.getUsername(), now)) {
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
    store.snapshot(
        personId,
        store.current(personId).stream().map(NetworkMemberView::tie).toList(),
        by.getUsername(),
        now);
    audit.record(personId, "network", action, null, memberId.toString());
    chronology.add(
        personId,
        "network-" + action,
        text.get(chronologyKey, details.label(), text.get("network.kind." + details.kind())));
  }

  /** The form does not (yet) change the link to a person record, so a save keeps it. */
  private static MemberDetails keepLink(MemberDetails typed, NetworkMemberView current) {
    return new MemberDetails(
        typed.kind(),
        typed.label(),
        typed.specificTie(),
        current.linkedPersonId(),
        typed.strength(),
        typed.stressful(),
        typed.direction(),
        typed.contactFrequency(),
        typed.wantsChange(),
        typed.givesCare(),
        typed.willing(),
        typed.able(),
        typed.impactOnThem(),
        typed.personAgrees(),
        typed.consentToContact());
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}

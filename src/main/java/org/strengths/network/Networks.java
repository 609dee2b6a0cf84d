package org.strengths.network;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.access.StaffMember;

/**
 * The network module's API for other modules (conversations, plans, the ecomap). It does not check
 * who may see the person: callers do that with {@code PersonAccess} first. What it returns is
 * third-party data about people other than the person.
 */
@Service
public class Networks {

  /**
   * A relationship as a plan or conversation points to it: "who does what" can be a network member,
   * and a strength can be a relationship. Care from them may be counted on only if {@code
   * carerCheck().mayBeReliedOn()}.
   */
  public record MemberReference(
      UUID memberId, String label, TieKind kind, String specificTie, CarerCheck carerCheck) {}

  /** A current relationship of a generated council's person, and who recorded it when. */
  public record GeneratedTie(
      UUID personId,
      TieKind kind,
      String label,
      String specificTie,
      TieStrength strength,
      boolean stressful,
      SupportDirection direction,
      ContactFrequency contactFrequency,
      boolean givesCare,
      Instant addedAt,
      String byUsername,
      String byName) {}

  private final NetworkStore store;
  private final NetworkEditing editing;
  private final Clock clock;
  private final NetworkDemo demo;
  private final GeneratedNetworks generated;

  Networks(
      NetworkStore store,
      NetworkEditing editing,
      Clock clock,
      NetworkDemo demo,
      GeneratedNetworks generated) {
    this.store = store;
    this.editing = editing;
    this.clock = clock;
    this.demo = demo;
    this.generated = generated;
  }

  /**
   * For a generated council: adds current relationships in bulk, without snapshots, audit or
   * chronology entries; how many were added.
   */
  @Transactional
  public long addGenerated(List<GeneratedTie> ties) {
    return generated.add(ties);
  }

  /**
   * In demo mode, gives about 30 demo people (the demo practitioner's caseload first) networks that
   * grew and changed over the last year; nothing if they have them already.
   */
  public void addDemoNetworks() {
    demo.add();
  }

  /**
   * Puts a community directory entry the person has just been connected to on their network (and so
   * on their ecomap): a community group, tenuous for now, supporting the person, with the entry's
   * name as its label. Nothing is added if a current community group of theirs already has that
   * name, so connecting twice adds it once. Saved like any addition: a snapshot, the audit and the
   * chronology. The caller has already checked that {@code by} may change the person's record.
   *
   * @return the relationship added, or empty if it was already there
   */
  public Optional<UUID> addCommunityConnection(
      UUID personId, String assetName, UUID assetId, StaffMember by) {
    return editing.addCommunityConnection(personId, assetName, assetId, by);
  }

  /** The person's current relationships, in the order they were added. */
  public List<NetworkMemberView> members(UUID personId) {
    return store.current(personId);
  }

  /** The person's current relationships as ties, for drawing and summaries. */
  public List<Tie> currentTies(UUID personId) {
    return members(personId).stream().map(NetworkMemberView::tie).toList();
  }

  /**
   * The network as it was at the end of {@code date} (UK time), from the latest snapshot taken then
   * or earlier; empty before the first snapshot.
   */
  public List<Tie> tiesOn(UUID personId, LocalDate date) {
    return store.tiesBefore(personId, endOf(date)).orElse(List.of());
  }

  /** Whether anything about the network had been recorded by the end of {@code date}. */
  public boolean recordedBy(UUID personId, LocalDate date) {
    return store.tiesBefore(personId, endOf(date)).isPresent();
  }

  /** The days on which the network was saved, newest first, each day once. */
  public List<LocalDate> snapshotDates(UUID personId) {
    return store.snapshotTimes(personId).stream()
        .map(time -> time.atZone(clock.getZone()).toLocalDate())
        .distinct()
        .toList();
  }

  /** A current member of the person's network, for a plan or conversation to point to. */
  public Optional<MemberReference> reference(UUID personId, UUID memberId) {
    return store
        .find(personId, memberId)
        .map(
            member ->
                new MemberReference(
                    member.id(),
                    member.label(),
                    member.kind(),
                    member.specificTie(),
                    member.carerCheck()));
  }

  /** Every current member of the person's network as a reference, in the order they were added. */
  public List<MemberReference> references(UUID personId) {
    return members(personId).stream()
        .map(
            member ->
                new MemberReference(
                    member.id(),
                    member.label(),
                    member.kind(),
                    member.specificTie(),
                    member.carerCheck()))
        .toList();
  }

  private Instant endOf(LocalDate date) {
    return date.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
  }
}

package org.strengths.planning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;
import org.strengths.person.Chronology;

/**
 * The person's own words (issue 13 item 3, ADR 0113): "about me", what matters to them, what a good
 * life looks like and their outcomes, written by the person on their own pages. Every change is
 * kept with who wrote it and when, and the practitioner reads it as the person's own words. A
 * change to the agreed plan is a proposal: the practitioner accepts it into the plan (through this
 * module, audited and attributed) or declines it with a reason the person reads. Nothing changes
 * the plan silently, and nothing rewrites the person's words (no language coach).
 *
 * <p>The person's pages (portal) call {@link #mine} and {@link #write} for the person who is signed
 * in; those calls do not check who is asking.
 */
@Service
public class OwnWords {

  /** Which part of the person's own words. */
  public enum Part {
    ABOUT_ME("about-me"),
    WHAT_MATTERS("what-matters"),
    GOOD_LIFE("good-life"),
    OUTCOME("outcome");

    private final String slug;

    Part(String slug) {
      this.slug = slug;
    }

    public String slug() {
      return slug;
    }

    /** The parts that are free text of their own (not an outcome of the plan). */
    public static List<Part> ownText() {
      return List.of(ABOUT_ME, WHAT_MATTERS, GOOD_LIFE);
    }

    /** The free-text part with this slug, e.g. {@code what-matters}. */
    public static Optional<Part> ofSlug(String slug) {
      return Arrays.stream(values())
          .filter(part -> part != OUTCOME && part.slug.equals(slug))
          .findFirst();
    }
  }

  /** What became of a change. */
  public enum Status {
    /** Kept as the person's own words; there was no agreed plan to take it into. */
    KEPT,
    /** Waiting for the practitioner to accept it into the plan or decline it. */
    PROPOSED,
    ACCEPTED,
    DECLINED,
    /** The person changed it again before a reply; only the latest waits. */
    REPLACED
  }

  /**
   * One change, as the person wrote it.
   *
   * @param wordsBefore what the part or outcome said when they changed it, if anything
   * @param writtenByName the first name of who wrote it, for "Nusrat wrote on 3 July"
   * @param repliedByName the practitioner who accepted or declined it
   */
  public record Entry(
      UUID id,
      UUID personId,
      UUID planId,
      Part part,
      UUID outcomeId,
      String wordsBefore,
      String words,
      String writtenByName,
      Instant writtenAt,
      Status status,
      String repliedByName,
      Instant repliedAt,
      String declineReason) {

    public boolean waiting() {
      return status == Status.PROPOSED;
    }

    /** The day it was written, in the given zone (the council's). */
    public java.time.LocalDate writtenOn(java.time.ZoneId zone) {
      return java.time.LocalDate.ofInstant(writtenAt, zone);
    }

    /** The day the practitioner replied, in the given zone; null before a reply. */
    public java.time.LocalDate repliedOn(java.time.ZoneId zone) {
      return repliedAt == null ? null : java.time.LocalDate.ofInstant(repliedAt, zone);
    }
  }

  /**
   * A free-text part as it stands.
   *
   * @param latest what the person last wrote (whatever became of it), the page's starting words
   * @param inPlan the words accepted into the current plan, if any
   * @param waiting the change waiting for a reply, if any
   */
  public record PartNow(Part part, String latest, Entry inPlan, Entry waiting) {}

  /** An outcome of the agreed plan as it stands, with the person's change waiting, if any. */
  public record OutcomeNow(UUID id, String words, Entry waiting) {}

  /**
   * Everything the person's pages show.
   *
   * @param planVersion the current plan's version for the page to send back, or "" with no plan
   * @param planAgreed whether there is an agreed plan (a change then goes to the practitioner)
   * @param history every change, newest first
   */
  public record Mine(
      String planVersion,
      boolean planAgreed,
      List<PartNow> parts,
      List<OutcomeNow> outcomes,
      List<Entry> history) {

    public Optional<PartNow> part(Part part) {
      return parts.stream().filter(p -> p.part() == part).findFirst();
    }

    public Optional<OutcomeNow> outcome(UUID id) {
      return outcomes.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** What an outcome said in the plan, by id, for the history. */
    public String outcomeWords(UUID id) {
      return outcome(id).map(OutcomeNow::words).orElse(null);
    }
  }

  /** What became of what the person typed. */
  public enum Result {
    SAVED,
    /** The words broke a rule: see {@link Written#problem}. */
    REFUSED,
    /** The plan changed since the page was opened; nothing was saved. */
    STALE,
    /** No such outcome in the person's agreed plan. */
    NOT_FOUND
  }

  /**
   * @param problem the message key of what was wrong, when refused
   * @param status what became of the change, when saved
   * @param id the kept change, when saved
   */
  public record Written(Result result, String problem, Status status, UUID id) {

    Written(Result result, String problem) {
      this(result, problem, null, null);
    }
  }

  /** What became of a practitioner's reply. */
  enum Reply {
    DONE,
    /** It was already answered, or replaced by a newer change. */
    NOT_WAITING,
    /** The plan it was for has ended or the outcome is no longer in it. */
    PLAN_CHANGED
  }

  static final String WRITTEN_BY_PERSON = "person";

  private final OwnWordsStore store;
  private final Plans plans;
  private final PlanStore planStore;
  private final AuditLog audit;
  private final Chronology chronology;
  private final PlanText text;

  OwnWords(
      OwnWordsStore store,
      Plans plans,
      PlanStore planStore,
      AuditLog audit,
      Chronology chronology,
      PlanText text) {
    this.store = store;
    this.plans = plans;
    this.planStore = planStore;
    this.audit = audit;
    this.chronology = chronology;
    this.text = text;
  }

  /** A change to the agreed plan someone asked for that waits for their practitioner's reply. */
  public record Waiting(UUID personId, UUID entryId, Instant writtenAt) {}

  /**
   * The changes to their plans that any of these people asked for and that wait for a reply, oldest
   * first (for a worker's list: no words, so the caller need not audit it).
   */
  public List<Waiting> waitingFor(java.util.Collection<UUID> personIds) {
    return store.waitingFor(personIds);
  }

  /** The person's own words as their pages show them. The caller audits the view. */
  public Mine mine(UUID personId) {
    Optional<Plans.Whole> current = plans.current(personId);
    List<Entry> history = store.all(personId);
    UUID planId = current.map(w -> w.plan().id()).orElse(null);
    List<PartNow> parts = new ArrayList<>();
    for (Part part : Part.ownText()) {
      parts.add(
          new PartNow(
              part,
              history.stream()
                  .filter(e -> e.part() == part)
                  .findFirst()
                  .map(Entry::words)
                  .orElse(null),
              accepted(history, part, planId),
              history.stream()
                  .filter(e -> e.part() == part && e.waiting())
                  .findFirst()
                  .orElse(null)));
    }
    boolean agreed = current.map(w -> w.plan().isAgreed()).orElse(false);
    List<OutcomeNow> outcomes =
        !agreed
            ? List.of()
            : current.get().outcomes().stream()
                .map(
                    o ->
                        new OutcomeNow(
                            o.id(),
                            o.words(),
                            history.stream()
                                .filter(e -> o.id().equals(e.outcomeId()) && e.waiting())
                                .findFirst()
                                .orElse(null)))
                .toList();
    return new Mine(
        current.map(w -> String.valueOf(w.plan().version())).orElse(""),
        agreed,
        parts,
        outcomes,
        history);
  }

  /**
   * Keeps what the person wrote for a part, or for one of their agreed plan's outcomes, as written
   * by {@code name} (their first name); audited as the person.
   *
   * @param outcomeId the outcome, for {@link Part#OUTCOME}; otherwise null
   * @param seenVersion the plan's version when the page was opened
   */
  @Transactional
  public Written write(
      UUID personId, String name, Part part, UUID outcomeId, String typed, String seenVersion) {
    Optional<Plans.Whole> current = plans.current(personId);
    boolean agreed = current.map(w -> w.plan().isAgreed()).orElse(false);
    String before;
    if (part == Part.OUTCOME) {
      Optional<Outcome> outcome =
          current
              .filter(w -> w.plan().isAgreed())
              .flatMap(w -> outcomeId == null ? Optional.empty() : w.outcome(outcomeId));
      if (outcome.isEmpty()) {
        return new Written(Result.NOT_FOUND, null);
      }
      before = outcome.get().words();
    } else {
      before =
          store.all(personId).stream()
              .filter(e -> e.part() == part)
              .findFirst()
              .map(Entry::words)
              .orElse(null);
    }
    if (OwnWordsRules.stale(seenVersion, current.map(w -> w.plan().version()).orElse(null))) {
      return new Written(Result.STALE, "cowrite.error.stale");
    }
    OwnWordsRules.Checked checked = OwnWordsRules.words(typed, before);
    if (!checked.ok()) {
      return new Written(Result.REFUSED, checked.problem());
    }
    Status status = OwnWordsRules.statusOf(part, agreed);
    UUID id =
        store.add(
            personId,
            agreed ? current.get().plan().id() : null,
            part,
            part == Part.OUTCOME ? outcomeId : null,
            before,
            checked.words(),
            WRITTEN_BY_PERSON,
            name,
            status);
    audit.recordByThePerson(personId, "my-own-words", "change", part.slug());
    return new Written(Result.SAVED, null, status, id);
  }

  /** The words accepted into the person's current plan, by part (not outcomes). */
  public Map<Part, Entry> inPlan(UUID personId) {
    Map<Part, Entry> accepted = new EnumMap<>(Part.class);
    Optional<Plans.Whole> current = plans.current(personId);
    if (current.isEmpty()) {
      return accepted;
    }
    List<Entry> history = store.all(personId);
    for (Part part : Part.ownText()) {
      Entry entry = accepted(history, part, current.get().plan().id());
      if (entry != null) {
        accepted.put(part, entry);
      }
    }
    return accepted;
  }

  /**
   * Accepts the person's proposal into their plan, as the practitioner's page does (for the demo
   * council); whether it went in. The caller has checked that the member of staff may change the
   * person's record.
   */
  public boolean acceptProposal(UUID personId, UUID entryId, StaffMember staff) {
    return entryOf(personId, entryId)
        .map(entry -> accept(entry, staff) == Reply.DONE)
        .orElse(false);
  }

  // ---- the practitioner's side (this module's pages; access checked by the caller)

  List<Entry> history(UUID personId) {
    return store.all(personId);
  }

  Optional<Entry> entryOf(UUID personId, UUID entryId) {
    return store.find(entryId).filter(e -> e.personId().equals(personId));
  }

  /**
   * Accepts the person's proposal into their plan: an outcome's words change in the plan (version
   * checked, the plan's version moves on), and "about me", what matters or a good life become the
   * plan's; audited and in the chronology, attributed to the practitioner and the person.
   */
  @Transactional
  Reply accept(Entry entry, StaffMember staff) {
    if (!OwnWordsRules.canReply(entry.status())) {
      return Reply.NOT_WAITING;
    }
    Optional<Plans.Whole> current =
        plans
            .current(entry.personId())
            .filter(w -> w.plan().isAgreed() && w.plan().id().equals(entry.planId()));
    if (current.isEmpty()) {
      return Reply.PLAN_CHANGED;
    }
    Plans.Whole whole = current.get();
    if (entry.part() == Part.OUTCOME) {
      Optional<Outcome> outcome = whole.outcome(entry.outcomeId());
      if (outcome.isEmpty()) {
        return Reply.PLAN_CHANGED;
      }
      Outcome was = outcome.get();
      Outcome changed =
          new Outcome(
              was.id(),
              was.planId(),
              was.personId(),
              entry.words(),
              was.wellbeingAreas(),
              was.eligibleOutcomes(),
              was.sourceConversationId(),
              was.strengthId(),
              was.gasDescriptors(),
              was.gasWeight(),
              was.position(),
              was.version());
      if (!planStore.updateOutcome(was.id(), was.version(), changed, staff.getUsername())) {
        return Reply.PLAN_CHANGED;
      }
    }
    if (!store.reply(entry.id(), Status.ACCEPTED, staff.id(), staff.displayName(), null)) {
      throw new IllegalStateException("Answered by someone else: " + entry.id());
    }
    planStore.touchPlan(whole.plan().id(), staff.getUsername());
    audit.record(entry.personId(), "plan", "change", null, "own-words-" + entry.part().slug());
    chronology.add(
        entry.personId(),
        "own-words-accepted",
        text.get(
            "cowrite.chronology.accepted",
            entry.writtenByName(),
            text.get("cowrite.part." + entry.part().name()),
            entry.words()));
    return Reply.DONE;
  }

  /** Declines the person's proposal with a reason they will read; the plan does not change. */
  @Transactional
  Reply decline(Entry entry, String reason, StaffMember staff) {
    if (!OwnWordsRules.canReply(entry.status())) {
      return Reply.NOT_WAITING;
    }
    if (!store.reply(entry.id(), Status.DECLINED, staff.id(), staff.displayName(), reason)) {
      return Reply.NOT_WAITING;
    }
    audit.record(entry.personId(), "own-words", "decline", null, entry.part().slug());
    chronology.add(
        entry.personId(),
        "own-words-declined",
        text.get(
            "cowrite.chronology.declined",
            entry.writtenByName(),
            text.get("cowrite.part." + entry.part().name())));
    return Reply.DONE;
  }

  private static Entry accepted(List<Entry> history, Part part, UUID planId) {
    if (planId == null) {
      return null;
    }
    return history.stream()
        .filter(e -> e.part() == part && e.status() == Status.ACCEPTED && planId.equals(e.planId()))
        .findFirst()
        .orElse(null);
  }
}

package org.strengths.planning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.person.Chronology;

/**
 * "How it's going", the planning module's API for the person's own pages (docs/adr/0114): before a
 * review the person rates each outcome of their agreed plan, answers the ONS4 questions and says
 * what is working and what is not; and they can ask for a review (s.27(1)(b)), which their worker
 * answers. What they say is kept with their name and the time, and the review page starts from it.
 * Callers are the person's own pages: they pass the signed-in person's id and audit the view.
 */
@Service
public class HowItsGoing {

  /** An outcome of the person's agreed plan, in their words, as they rate it. */
  public record OutcomeToRate(UUID id, String words) {}

  /** One ONS4 question as the Office for National Statistics words it, answered 0 to 10. */
  public record Question(
      String id,
      String wording,
      int lowest,
      int highest,
      String lowestMeans,
      String highestMeans) {}

  /**
   * What the person said, as they sent it.
   *
   * @param ratings outcome id → {@code ACHIEVED}, {@code PARTLY}, {@code NOT_YET} or {@code
   *     NO_LONGER_WANTED}
   * @param ons4 question id → answer, for the questions answered
   */
  public record Said(
      UUID id,
      Instant writtenAt,
      String byName,
      Map<UUID, String> ratings,
      String working,
      String notWorking,
      Map<String, Integer> ons4) {

    Said withRatings(Map<UUID, String> ratings) {
      return new Said(id, writtenAt, byName, Map.copyOf(ratings), working, notWorking, ons4);
    }
  }

  /**
   * The person's page: their agreed plan's outcomes, the questions, and what they said last since
   * the last review (to start from), if anything.
   */
  public record Page(
      int version,
      List<OutcomeToRate> outcomes,
      List<Question> questions,
      Optional<Said> said,
      LocalDate reviewDueOn) {}

  /** What was typed: {@code ratings} and {@code ons4} keyed as the page names them. */
  public record Typed(
      String version,
      Map<String, String> ratings,
      String working,
      String notWorking,
      Map<String, String> ons4) {}

  /**
   * A problem with what was typed, for the page to word.
   *
   * @param field the field's id on the page ({@code rating-1}, {@code working}, {@code ons4-happy},
   *     {@code reason}, {@code stale} for the whole form)
   * @param code {@code stale}, {@code rating}, {@code ratingUnknown}, {@code said}, {@code
   *     tooLong}, {@code webCode}, {@code ons4}, {@code reason}, {@code noPlan}, {@code open},
   *     {@code decision}, {@code reply}, {@code replyDeclined}, {@code decided}
   * @param argument an outcome's words, a length or a number, or null
   */
  public record Problem(String field, String code, String argument) {}

  /**
   * A review the person asked for, and the decision on it once made.
   *
   * @param decision {@code AGREED} or {@code DECLINED}, or null while it waits
   */
  public record Asked(
      UUID id,
      UUID personId,
      Instant askedAt,
      String askedByName,
      String reason,
      String decision,
      String reply,
      Instant decidedAt,
      String decidedByName) {

    public boolean isOpen() {
      return decision == null;
    }
  }

  private final Plans plans;
  private final CheckInStore store;
  private final Chronology chronology;
  private final PlanText text;
  private final Clock clock;

  HowItsGoing(Plans plans, CheckInStore store, Chronology chronology, PlanText text, Clock clock) {
    this.plans = plans;
    this.store = store;
    this.chronology = chronology;
    this.text = text;
    this.clock = clock;
  }

  /** The person's page, when they have an agreed plan. */
  public Optional<Page> page(UUID personId) {
    return agreed(personId)
        .map(
            whole ->
                new Page(
                    whole.plan().version(),
                    whole.outcomes().stream()
                        .map(outcome -> new OutcomeToRate(outcome.id(), outcome.words()))
                        .toList(),
                    questions(),
                    saidSinceLastReview(whole.plan().id()),
                    whole.plan().reviewDueOn()));
  }

  /** Saves what the person said, or the problems with it (nothing saved). */
  @Transactional
  public List<Problem> save(UUID personId, Typed typed, String byName) {
    Optional<Plans.Whole> current = agreed(personId);
    if (current.isEmpty()) {
      return List.of(new Problem("stale", "noPlan", null));
    }
    Plans.Whole whole = current.get();
    HowItsGoingRules.Checked checked =
        HowItsGoingRules.checkIn(
            rateable(whole), whole.plan().version(), new Ons4().questions(), typed);
    if (!checked.ok()) {
      return checked.problems();
    }
    store.insertCheckIn(whole.plan(), checked.checkIn(), now(), byName);
    return List.of();
  }

  /** The reviews the person asked for, newest first, with the replies. */
  public List<Asked> asked(UUID personId) {
    return store.askedBy(personId);
  }

  /** Asks for a review with the person's reason, or the problems (nothing saved). */
  @Transactional
  public List<Problem> askForReview(UUID personId, String reason, String byName) {
    Optional<Plans.Whole> current = agreed(personId);
    if (current.isEmpty()) {
      return List.of(new Problem("reason", "noPlan", null));
    }
    if (store.askedBy(personId).stream().anyMatch(Asked::isOpen)) {
      return List.of(new Problem("reason", "open", null));
    }
    List<Problem> problems = HowItsGoingRules.reason(reason);
    if (!problems.isEmpty()) {
      return problems;
    }
    String typed = org.strengths.platform.web.FormErrors.typed(reason);
    store.insertAsked(current.get().plan(), typed, now(), byName);
    chronology.add(
        personId, "review-asked-by-person", text.get("howgoing.chronology.asked", byName, typed));
    return List.of();
  }

  // ---- for the review pages in this module

  /** What the person said since the plan's last review, for the review page to start from. */
  Optional<Said> saidSinceLastReview(UUID planId) {
    return store.latest(planId, store.lastReviewRecorded(planId).orElse(null));
  }

  Optional<Asked> asked(UUID personId, UUID askedId) {
    return store.asked(personId, askedId);
  }

  static List<HowItsGoingRules.Rateable> rateable(Plans.Whole whole) {
    return whole.outcomes().stream()
        .map(outcome -> new HowItsGoingRules.Rateable(outcome.id(), outcome.words()))
        .toList();
  }

  static List<Question> questions() {
    return new Ons4()
        .questions().stream()
            .map(
                q ->
                    new Question(
                        q.id(),
                        q.wording(),
                        q.lowest(),
                        q.highest(),
                        q.lowestMeans(),
                        q.highestMeans()))
            .toList();
  }

  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private Optional<Plans.Whole> agreed(UUID personId) {
    return plans.current(personId).filter(whole -> whole.plan().isAgreed());
  }
}

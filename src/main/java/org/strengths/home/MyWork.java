package org.strengths.home;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.strengths.access.StaffMember;
import org.strengths.assessment.EligibilitySignOffs;
import org.strengths.connection.PartnerReplies;
import org.strengths.conversation.ConversationFollowUps;
import org.strengths.person.Caseloads;
import org.strengths.planning.PlanningDue;

/**
 * A practitioner's work: their people with the next thing due for each, what they agreed to do,
 * drafts, reviews, partners' replies, determinations returned to them, and the people in their team
 * waiting for a first conversation, and messages from their people nobody has read. Each list comes
 * from the owning module in one or two queries.
 */
@Service
class MyWork {

  /** Agreed actions due within this many days are listed with the overdue ones. */
  static final int DUE_SOON_DAYS = 14;

  /** Partners' replies older than this drop off the list even if nobody answered. */
  static final int REPLIES_DAYS = 28;

  /** The longest-waiting people shown; the rest are counted. */
  static final int WAITING_SHOWN = 20;

  private final Caseloads caseloads;
  private final ConversationFollowUps followUps;
  private final EligibilitySignOffs signOffs;
  private final PlanningDue planning;
  private final PartnerReplies replies;
  private final MessagesWaiting messages;
  private final Clock clock;

  MyWork(
      Caseloads caseloads,
      ConversationFollowUps followUps,
      EligibilitySignOffs signOffs,
      PlanningDue planning,
      PartnerReplies replies,
      MessagesWaiting messages,
      Clock clock) {
    this.caseloads = caseloads;
    this.followUps = followUps;
    this.signOffs = signOffs;
    this.planning = planning;
    this.replies = replies;
    this.messages = messages;
    this.clock = clock;
  }

  /** A person allocated to me and the next thing due for them, if anything is. */
  record Person(UUID id, String name, Next next) {}

  /**
   * The next dated thing for a person.
   *
   * @param kind {@code action}, {@code follow-up} or {@code review}
   * @param what the action as agreed (null for a follow-up or review)
   */
  record Next(String kind, String what, String due, boolean overdue, String link) {}

  record Action(String personName, String what, String due, boolean overdue, String link) {}

  record Draft(String personName, String saved, String link) {}

  record Review(String personName, String due, boolean overdue, String link) {}

  record Reply(
      String personName,
      String assetName,
      String organisationName,
      String kind,
      String at,
      String link) {}

  record Returned(String personName, String returnedBy, String at, String link) {}

  record Waiting(String personName, long days, String link) {}

  record View(
      List<Person> people,
      List<Action> actions,
      List<Draft> drafts,
      List<Review> reviews,
      List<Reply> replies,
      List<Returned> returned,
      List<Waiting> waiting,
      int waitingTotal,
      List<MessagesWaiting.Row> messages) {

    /**
     * What the navigation counts: everything here that waits for me, not the team's queue; each
     * unread message from my people counts (docs/adr/0175).
     */
    public int needingAction() {
      return actions.size()
          + drafts.size()
          + reviews.size()
          + replies.size()
          + returned.size()
          + messages.stream().mapToInt(MessagesWaiting.Row::unread).sum();
    }
  }

  View of(StaffMember staff) {
    LocalDate today = LocalDate.now(clock);
    List<Caseloads.Allocated> mine = caseloads.allocatedTo(staff.id());
    Map<UUID, String> names = new HashMap<>();
    mine.forEach(person -> names.put(person.personId(), person.name()));
    List<UUID> mineIds = mine.stream().map(Caseloads.Allocated::personId).toList();
    // Drafts and returned determinations are listed for people on my caseload or in my team: the
    // few not on my caseload are looked up, rather than reading the whole team (ADR 0172).
    List<ConversationFollowUps.Draft> myDrafts = followUps.draftsBy(staff.id());
    List<EligibilitySignOffs.Waiting> returnedToMe = signOffs.returnedTo(staff.id());
    Set<UUID> others = new HashSet<>();
    myDrafts.forEach(draft -> others.add(draft.personId()));
    returnedToMe.forEach(item -> others.add(item.personId()));
    others.removeAll(names.keySet());
    names.putAll(caseloads.namesInTeam(others, staff.teamId()));

    List<ConversationFollowUps.Dated> dated = followUps.latestDated(mineIds);
    List<PlanningDue.Review> reviewsOpen = planning.reviewsOpen(mineIds);
    Map<UUID, LocalDate> nextReviews = planning.nextReviews(mineIds);

    Map<UUID, ConversationFollowUps.Dated> soonest = new HashMap<>();
    dated.forEach(d -> soonest.putIfAbsent(d.personId(), d));
    List<Person> people = new ArrayList<>();
    for (Caseloads.Allocated person : mine) {
      UUID id = person.personId();
      people.add(
          new Person(id, person.name(), next(id, soonest.get(id), nextReviews.get(id), today)));
    }

    List<Action> actions =
        myActions(dated, today).stream()
            .map(
                d ->
                    new Action(
                        names.get(d.personId()),
                        d.what(),
                        HomeDates.date(d.byWhen()),
                        d.byWhen().isBefore(today),
                        conversationLink(d)))
            .toList();

    List<Draft> drafts =
        myDrafts.stream()
            .filter(draft -> names.containsKey(draft.personId()))
            .map(
                draft ->
                    new Draft(
                        names.get(draft.personId()),
                        HomeDates.moment(draft.savedAt(), clock.getZone()),
                        "/people/"
                            + draft.personId()
                            + "/conversations/"
                            + draft.conversationId()
                            + "/edit"))
            .toList();

    List<Review> reviews =
        reviewsOpen.stream()
            .map(
                review ->
                    new Review(
                        names.get(review.personId()),
                        HomeDates.date(review.dueOn()),
                        review.overdue(),
                        reviewLink(review.personId())))
            .toList();

    List<Reply> waitingReplies =
        replies.waitingFor(mineIds, repliesSince()).stream()
            .map(
                reply ->
                    new Reply(
                        names.get(reply.personId()),
                        reply.assetName(),
                        reply.organisationName(),
                        reply.kind().name(),
                        HomeDates.moment(reply.at(), clock.getZone()),
                        "/people/" + reply.personId() + "/connections/" + reply.connectionId()))
            .toList();

    List<Returned> returned =
        returnedToMe.stream()
            .filter(item -> names.containsKey(item.personId()))
            .map(
                item ->
                    new Returned(
                        names.get(item.personId()),
                        item.byName(),
                        HomeDates.moment(item.at(), clock.getZone()),
                        "/people/"
                            + item.personId()
                            + "/assessments/"
                            + item.assessmentId()
                            + "/eligibility/decision"))
            .toList();

    Caseloads.WaitingQueue queue =
        caseloads.waitingForFirstConversation(
            staff.teamId(), followUps.withAnOpenRequest(staff.teamId()), WAITING_SHOWN);
    List<Waiting> waiting =
        queue.longest().stream()
            .map(
                person ->
                    new Waiting(
                        person.name(),
                        HomeDates.daysSince(person.allocatedSince(), clock),
                        "/people/" + person.personId() + "/conversations/new"))
            .toList();

    return new View(
        people,
        actions,
        drafts,
        reviews,
        waitingReplies,
        returned,
        waiting,
        queue.total(),
        messages.forPeople(mine));
  }

  /** The number of things waiting for me, for the navigation, without the team's queue. */
  int needingAction(StaffMember staff) {
    LocalDate today = LocalDate.now(clock);
    List<UUID> mineIds =
        caseloads.allocatedTo(staff.id()).stream().map(Caseloads.Allocated::personId).toList();
    return myActions(followUps.latestDated(mineIds), today).size()
        + followUps.draftsBy(staff.id()).size()
        + planning.reviewsOpen(mineIds).size()
        + replies.waitingFor(mineIds, repliesSince()).size()
        + signOffs.returnedTo(staff.id()).size()
        + messages.unread(mineIds);
  }

  private Instant repliesSince() {
    return clock.instant().minus(REPLIES_DAYS, ChronoUnit.DAYS);
  }

  /** The practitioner's own agreed actions, overdue or due within two weeks, soonest first. */
  private static List<ConversationFollowUps.Dated> myActions(
      List<ConversationFollowUps.Dated> dated, LocalDate today) {
    LocalDate horizon = today.plusDays(DUE_SOON_DAYS);
    return dated.stream()
        .filter(ConversationFollowUps.Dated::isPractitioners)
        .filter(d -> !d.byWhen().isAfter(horizon))
        .toList();
  }

  /** The sooner of the person's first dated follow-up (the list is soonest first) and review. */
  private static Next next(
      UUID personId, ConversationFollowUps.Dated first, LocalDate reviewDue, LocalDate today) {
    if (reviewDue != null && (first == null || reviewDue.isBefore(first.byWhen()))) {
      return new Next(
          "review",
          null,
          HomeDates.date(reviewDue),
          reviewDue.isBefore(today),
          "/people/" + personId + "/plan");
    }
    if (first == null) {
      return null;
    }
    return new Next(
        first.isFollowUp() ? "follow-up" : "action",
        first.what(),
        HomeDates.date(first.byWhen()),
        first.byWhen().isBefore(today),
        conversationLink(first));
  }

  private static String conversationLink(ConversationFollowUps.Dated dated) {
    return "/people/" + dated.personId() + "/conversations/" + dated.conversationId();
  }

  private static String reviewLink(UUID personId) {
    return "/people/" + personId + "/plan/reviews/new";
  }
}

package org.strengths.conversation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strengths.platform.PersonRecordPart;

/**
 * The conversation module's part of a person's record: the summary opens with what the person said
 * in their latest completed conversation (what matters to them, what a good life looks like, each
 * quote attributed), their strengths, and later what was agreed and is due next. Two queries
 * however many conversations the person has had: the latest one's header, then its quotes,
 * strengths and actions together.
 */
@Component
class ConversationRecordPart implements PersonRecordPart {

  /**
   * The person in their own words, from their latest completed conversation.
   *
   * @param personName who "the person" is in an attribution
   * @param conversationId null when no conversation has been completed yet
   */
  record InTheirWords(
      String personName,
      UUID conversationId,
      Integer number,
      LocalDate heldOn,
      List<Quote> whatMatters,
      List<Quote> goodLife,
      List<Strength> strengths) {

    public boolean hasConversation() {
      return conversationId != null;
    }
  }

  /** An agreed action and whether its date has passed. */
  record Due(AgreedAction action, boolean overdue) {}

  /**
   * What was agreed in the latest completed conversation, soonest due first, and its follow-up
   * date.
   */
  record Agreed(UUID conversationId, LocalDate heldOn, List<Due> actions, LocalDate followUp) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  ConversationRecordPart(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public List<Card> cards(Subject person) {
    Optional<Latest> latest = latest(person.id());
    if (latest.isEmpty()) {
      return List.of(
          new Card(
              Order.IN_THEIR_WORDS,
              "conversation/record-card",
              "words",
              new InTheirWords(
                  person.displayName(), null, null, null, List.of(), List.of(), List.of())));
    }
    Latest header = latest.get();
    Parts parts = parts(header.id());
    List<Card> cards = new ArrayList<>();
    cards.add(
        new Card(
            Order.IN_THEIR_WORDS,
            "conversation/record-card",
            "words",
            new InTheirWords(
                person.displayName(),
                header.id(),
                header.number(),
                header.heldOn(),
                parts.whatMatters(),
                parts.goodLife(),
                parts.strengths())));
    if (!parts.actions().isEmpty() || header.followUp() != null) {
      cards.add(
          new Card(
              Order.AGREED_ACTIONS,
              "conversation/record-card",
              "agreed",
              new Agreed(
                  header.id(), header.heldOn(), dueNext(parts.actions()), header.followUp())));
    }
    return cards;
  }

  @Override
  public List<Entry> navigation() {
    return List.of(
        new Entry("conversations-link", "conversation.record.link", "conversations", 10));
  }

  /** Soonest first; actions without a date last, in the order they were agreed. */
  List<Due> dueNext(List<AgreedAction> actions) {
    LocalDate today = LocalDate.now(clock);
    return actions.stream()
        .sorted(
            Comparator.comparing(
                AgreedAction::byWhen, Comparator.nullsLast(Comparator.naturalOrder())))
        .map(action -> new Due(action, action.byWhen() != null && action.byWhen().isBefore(today)))
        .toList();
  }

  private record Latest(UUID id, Integer number, LocalDate heldOn, LocalDate followUp) {}

  private record Parts(
      List<Quote> whatMatters,
      List<Quote> goodLife,
      List<Strength> strengths,
      List<AgreedAction> actions) {}

  /** The same order as the conversations list: the newest held first. */
  private Optional<Latest> latest(UUID personId) {
    return jdbc.sql(
            """
            SELECT id, number, held_on, follow_up_on FROM conversation
            WHERE person_id = :person AND status = 'COMPLETE'
            ORDER BY held_on DESC NULLS LAST, number DESC NULLS LAST, created_at DESC
            LIMIT 1
            """)
        .param("person", personId)
        .query(
            (rs, n) ->
                new Latest(
                    rs.getObject(1, UUID.class),
                    (Integer) rs.getObject(2),
                    rs.getObject(3, LocalDate.class),
                    rs.getObject(4, LocalDate.class)))
        .optional();
  }

  private Parts parts(UUID conversationId) {
    List<Quote> whatMatters = new ArrayList<>();
    List<Quote> goodLife = new ArrayList<>();
    List<Strength> strengths = new ArrayList<>();
    List<AgreedAction> actions = new ArrayList<>();
    jdbc.sql(
            """
            SELECT 'quote' AS part, section, position, words AS text, attribution AS who,
              attributed_name AS name, NULL::date AS by_when, NULL AS kind, NULL::uuid AS member
            FROM conversation_quote WHERE conversation_id = :id
            UNION ALL
            SELECT 'strength', NULL, position, description, identified_by, NULL, NULL, kind,
              network_member_id
            FROM conversation_strength WHERE conversation_id = :id
            UNION ALL
            SELECT 'action', NULL, position, what, who, who_name, by_when, NULL, NULL
            FROM conversation_action WHERE conversation_id = :id
            ORDER BY part, section, position
            """)
        .param("id", conversationId)
        .query(
            rs -> {
              String text = rs.getString("text");
              String who = rs.getString("who");
              String name = rs.getString("name");
              switch (rs.getString("part")) {
                case "quote" ->
                    ("what-matters".equals(rs.getString("section")) ? whatMatters : goodLife)
                        .add(new Quote(text, who, name));
                case "strength" ->
                    strengths.add(
                        new Strength(
                            rs.getString("kind"),
                            text,
                            who,
                            false,
                            rs.getObject("member", UUID.class)));
                default ->
                    actions.add(
                        new AgreedAction(
                            text, who, name, rs.getObject("by_when", LocalDate.class)));
              }
            });
    return new Parts(whatMatters, goodLife, strengths, actions);
  }
}

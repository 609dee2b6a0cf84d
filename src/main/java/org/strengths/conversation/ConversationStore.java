package org.strengths.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Conversations and their rows (quotes, strengths, actions, spending) in PostgreSQL. */
@Repository
class ConversationStore {

  private static final String COLUMNS =
      """
      c.id, c.person_id, c.status, c.number, c.held_on, c.stage, s.label AS stage_label, c.channel,
      c.venue, c.who_was_there, c.analysis, c.good_day, c.hard_day, c.working, c.not_working,
      c.connections, c.safety_changes, c.emergency_plan, c.follow_up_on, c.outcome, c.worker_id,
      c.created_at, c.created_by, c.updated_at, c.updated_by, c.version
      """;

  private final JdbcClient jdbc;

  ConversationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<ConversationView> find(UUID id) {
    List<Row> rows =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM conversation c LEFT JOIN conversation_stage s ON s.code = c.stage"
                    + " WHERE c.id = :id")
            .param("id", id)
            .query(ConversationStore::row)
            .list();
    return withParts(rows).stream().findFirst();
  }

  /** The person's conversations: drafts first, then the newest held first. */
  List<ConversationView> forPerson(UUID personId) {
    List<Row> rows =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM conversation c LEFT JOIN conversation_stage s ON s.code = c.stage"
                    + " WHERE c.person_id = :person"
                    + " ORDER BY (c.status = 'DRAFT') DESC, c.held_on DESC NULLS LAST,"
                    + " c.number DESC NULLS LAST, c.created_at DESC")
            .param("person", personId)
            .query(ConversationStore::row)
            .list();
    return withParts(rows);
  }

  /** The person's latest completed conversations, newest held first, at most {@code limit}. */
  List<ConversationView> latestCompleted(UUID personId, int limit) {
    List<Row> rows =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM conversation c LEFT JOIN conversation_stage s ON s.code = c.stage"
                    + " WHERE c.person_id = :person AND c.status <> 'DRAFT'"
                    + " ORDER BY c.held_on DESC NULLS LAST, c.number DESC NULLS LAST,"
                    + " c.created_at DESC LIMIT :limit")
            .param("person", personId)
            .param("limit", limit)
            .query(ConversationStore::row)
            .list();
    return withParts(rows);
  }

  /**
   * {@code limit} of the person's list of conversations, in the order of {@link #forPerson} and
   * without their rows, after the first {@code offset}.
   */
  List<ConversationSummary> summariesFor(UUID personId, int offset, int limit) {
    return jdbc.sql(
            """
            SELECT c.id, c.status, c.number, c.held_on, s.label, c.outcome
            FROM conversation c LEFT JOIN conversation_stage s ON s.code = c.stage
            WHERE c.person_id = :person
            ORDER BY (c.status = 'DRAFT') DESC, c.held_on DESC NULLS LAST,
              c.number DESC NULLS LAST, c.created_at DESC, c.id
            LIMIT :limit OFFSET :offset
            """)
        .param("person", personId)
        .param("limit", limit)
        .param("offset", offset)
        .query(
            (rs, n) ->
                new ConversationSummary(
                    rs.getObject(1, UUID.class),
                    ConversationStatus.valueOf(rs.getString(2)),
                    (Integer) rs.getObject(3),
                    rs.getObject(4, LocalDate.class),
                    rs.getString(5),
                    rs.getString(6)))
        .list();
  }

  /** How many conversations, drafts included, the person has. */
  long countFor(UUID personId) {
    return jdbc.sql("SELECT count(*) FROM conversation WHERE person_id = :person")
        .param("person", personId)
        .query(Long.class)
        .single();
  }

  long countDraftsFor(UUID personId) {
    return jdbc.sql(
            "SELECT count(*) FROM conversation WHERE person_id = :person AND status = 'DRAFT'")
        .param("person", personId)
        .query(Long.class)
        .single();
  }

  /**
   * The conversations first completed at or after {@code since}, as {@link ConversationRecorded}
   * published them: with the route of the request each answered, if any.
   */
  List<ConversationRecorded> completedSince(Instant since) {
    // The route recording gave: that of the earliest request the conversation answered.
    return jdbc.sql(
            """
            SELECT c.id, c.person_id, c.held_on, c.number, c.stage, c.outcome, r.route_of_access
            FROM conversation c
            LEFT JOIN (
              SELECT DISTINCT ON (answered_by) answered_by, route_of_access FROM conversation_request
              WHERE answered_by IN (SELECT id FROM conversation WHERE completed_at >= :since)
              ORDER BY answered_by, received_on, created_at) r ON r.answered_by = c.id
            WHERE c.completed_at >= :since AND c.status = 'COMPLETE' ORDER BY c.completed_at, c.id
            """)
        .param("since", utc(since))
        .query(
            (rs, row) ->
                new ConversationRecorded(
                    rs.getObject("id", UUID.class),
                    rs.getObject("person_id", UUID.class),
                    rs.getObject("held_on", LocalDate.class),
                    rs.getInt("number"),
                    rs.getString("stage"),
                    rs.getString("outcome"),
                    rs.getString("route_of_access")))
        .list();
  }

  /** The next number for a completed conversation; locks the person's numbering until commit. */
  int nextNumber(UUID personId) {
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:key))")
        .param("key", "conversation-number:" + personId)
        .query()
        .singleValue();
    return jdbc.sql("SELECT coalesce(max(number), 0) + 1 FROM conversation WHERE person_id = :p")
        .param("p", personId)
        .query(Integer.class)
        .single();
  }

  @Transactional
  void insert(
      UUID id,
      UUID personId,
      ConversationStatus status,
      Integer number,
      ConversationContent content,
      UUID workerId,
      String by,
      Instant at) {
    jdbc.sql(
            """
            INSERT INTO conversation (id, person_id, status, number, held_on, stage, channel, venue,
              who_was_there, analysis, good_day, hard_day, working, not_working, connections,
              safety_changes, emergency_plan, follow_up_on, outcome, worker_id, completed_at,
              created_at, created_by, updated_at, updated_by, version)
            VALUES (:id, :person, :status, :number, :heldOn, :stage, :channel, :venue,
              :whoWasThere, :analysis, :goodDay, :hardDay, :working, :notWorking, :connections,
              :safetyChanges, :emergencyPlan, :followUp, :outcome, :worker, :completedAt,
              :at, :by, :at, :by, 0)
            """)
        .param("id", id)
        .param("person", personId)
        .param("status", status.name())
        .param("number", number)
        .params(fields(content))
        .param("worker", workerId)
        .param("completedAt", status == ConversationStatus.COMPLETE ? utc(at) : null)
        .param("at", utc(at))
        .param("by", by)
        .update();
    replaceParts(id, content);
  }

  /** Saves over the version the user saw; false if someone saved in the meantime. */
  @Transactional
  boolean update(
      UUID id,
      int versionSeen,
      ConversationStatus status,
      Integer number,
      ConversationContent content,
      String by,
      Instant at) {
    int updated =
        jdbc.sql(
                """
                UPDATE conversation SET status = :status, number = :number, held_on = :heldOn,
                  stage = :stage, channel = :channel, venue = :venue, who_was_there = :whoWasThere,
                  analysis = :analysis, good_day = :goodDay, hard_day = :hardDay,
                  working = :working, not_working = :notWorking, connections = :connections,
                  safety_changes = :safetyChanges, emergency_plan = :emergencyPlan,
                  follow_up_on = :followUp, outcome = :outcome,
                  completed_at = coalesce(completed_at, :completedAt),
                  updated_at = :at, updated_by = :by, version = version + 1
                WHERE id = :id AND version = :version
                """)
            .param("id", id)
            .param("version", versionSeen)
            .param("status", status.name())
            .param("number", number)
            .params(fields(content))
            .param("completedAt", status == ConversationStatus.COMPLETE ? utc(at) : null)
            .param("at", utc(at))
            .param("by", by)
            .update();
    if (updated == 0) {
      return false;
    }
    replaceParts(id, content);
    return true;
  }

  /** The strengths of the person's latest completed conversation, to carry forward. */
  List<Strength> latestStrengths(UUID personId) {
    return jdbc.sql(
            """
            SELECT kind, description, identified_by, carried_forward, network_member_id
            FROM conversation_strength
            WHERE conversation_id = (
              SELECT id FROM conversation WHERE person_id = :person AND status = 'COMPLETE'
              ORDER BY held_on DESC, number DESC LIMIT 1)
            ORDER BY position
            """)
        .param("person", personId)
        .query(
            (rs, n) ->
                new Strength(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getBoolean(4),
                    rs.getObject(5, UUID.class)))
        .list();
  }

  private static Map<String, Object> fields(ConversationContent content) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("heldOn", content.heldOn());
    fields.put("stage", content.stage());
    fields.put("channel", content.channel());
    fields.put("venue", content.venue());
    fields.put("whoWasThere", content.whoWasThere());
    fields.put("analysis", content.analysis());
    fields.put("goodDay", content.goodDay());
    fields.put("hardDay", content.hardDay());
    fields.put("working", content.working());
    fields.put("notWorking", content.notWorking());
    fields.put("connections", content.connections());
    fields.put("safetyChanges", content.safetyChanges());
    fields.put("emergencyPlan", content.emergencyPlan());
    fields.put("followUp", content.followUp());
    fields.put("outcome", content.outcome());
    return fields;
  }

  private void replaceParts(UUID id, ConversationContent content) {
    for (String table :
        List.of(
            "conversation_quote",
            "conversation_strength",
            "conversation_action",
            "conversation_spend")) {
      jdbc.sql("DELETE FROM " + table + " WHERE conversation_id = :id").param("id", id).update();
    }
    insertQuotes(id, "what-matters", content.whatMatters());
    insertQuotes(id, "good-life", content.goodLife());
    for (int i = 0; i < content.strengths().size(); i++) {
      Strength strength = content.strengths().get(i);
      jdbc.sql(
              """
              INSERT INTO conversation_strength (conversation_id, position, kind, description,
                identified_by, carried_forward, network_member_id)
              VALUES (:id, :position, :kind, :description, :identifiedBy, :carried, :member)
              """)
          .param("id", id)
          .param("position", i)
          .param("kind", strength.kind())
          .param("description", strength.description())
          .param("identifiedBy", strength.identifiedBy())
          .param("carried", strength.carriedForward())
          .param("member", strength.networkMemberId())
          .update();
    }
    for (int i = 0; i < content.actions().size(); i++) {
      AgreedAction action = content.actions().get(i);
      jdbc.sql(
              """
              INSERT INTO conversation_action (conversation_id, position, what, who, who_name,
                by_when)
              VALUES (:id, :position, :what, :who, :whoName, :byWhen)
              """)
          .param("id", id)
          .param("position", i)
          .param("what", action.what())
          .param("who", action.who())
          .param("whoName", action.whoName())
          .param("byWhen", action.byWhen())
          .update();
    }
    for (int i = 0; i < content.spending().size(); i++) {
      ConversationSpend spend = content.spending().get(i);
      jdbc.sql(
              """
              INSERT INTO conversation_spend (conversation_id, position, amount_pence, what_for)
              VALUES (:id, :position, :pence, :whatFor)
              """)
          .param("id", id)
          .param("position", i)
          .param("pence", spend.amountPence())
          .param("whatFor", spend.whatFor())
          .update();
    }
  }

  private void insertQuotes(UUID id, String section, List<Quote> quotes) {
    for (int i = 0; i < quotes.size(); i++) {
      Quote quote = quotes.get(i);
      jdbc.sql(
              """
              INSERT INTO conversation_quote (conversation_id, section, position, words,
                attribution, attributed_name)
              VALUES (:id, :section, :position, :words, :attribution, :name)
              """)
          .param("id", id)
          .param("section", section)
          .param("position", i)
          .param("words", quote.words())
          .param("attribution", quote.attribution())
          .param("name", quote.attributedName())
          .update();
    }
  }

  /** Loads every row of the given conversations in one query per table, however many there are. */
  private List<ConversationView> withParts(List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<UUID> ids = rows.stream().map(Row::id).toList();
    Map<UUID, List<Quote>> whatMatters = new HashMap<>();
    Map<UUID, List<Quote>> goodLife = new HashMap<>();
    jdbc.sql(
            """
            SELECT conversation_id, section, words, attribution, attributed_name
            FROM conversation_quote WHERE conversation_id IN (:ids) ORDER BY position
            """)
        .param("ids", ids)
        .query(
            (ResultSet rs) -> {
              UUID id = rs.getObject(1, UUID.class);
              var target = "what-matters".equals(rs.getString(2)) ? whatMatters : goodLife;
              target
                  .computeIfAbsent(id, key -> new ArrayList<>())
                  .add(new Quote(rs.getString(3), rs.getString(4), rs.getString(5)));
            });
    Map<UUID, List<Strength>> strengths = new HashMap<>();
    jdbc.sql(
            """
            SELECT conversation_id, kind, description, identified_by, carried_forward,
              network_member_id
            FROM conversation_strength WHERE conversation_id IN (:ids) ORDER BY position
            """)
        .param("ids", ids)
        .query(
            (ResultSet rs) -> {
              strengths
                  .computeIfAbsent(rs.getObject(1, UUID.class), key -> new ArrayList<>())
                  .add(
                      new Strength(
                          rs.getString(2),
                          rs.getString(3),
                          rs.getString(4),
                          rs.getBoolean(5),
                          rs.getObject(6, UUID.class)));
            });
    Map<UUID, List<AgreedAction>> actions = new HashMap<>();
    jdbc.sql(
            """
            SELECT conversation_id, what, who, who_name, by_when
            FROM conversation_action WHERE conversation_id IN (:ids) ORDER BY position
            """)
        .param("ids", ids)
        .query(
            (ResultSet rs) -> {
              actions
                  .computeIfAbsent(rs.getObject(1, UUID.class), key -> new ArrayList<>())
                  .add(
                      new AgreedAction(
                          rs.getString(2),
                          rs.getString(3),
                          rs.getString(4),
                          rs.getObject(5, LocalDate.class)));
            });
    Map<UUID, List<ConversationSpend>> spending = new HashMap<>();
    jdbc.sql(
            """
            SELECT conversation_id, amount_pence, what_for
            FROM conversation_spend WHERE conversation_id IN (:ids) ORDER BY position
            """)
        .param("ids", ids)
        .query(
            (ResultSet rs) -> {
              spending
                  .computeIfAbsent(rs.getObject(1, UUID.class), key -> new ArrayList<>())
                  .add(new ConversationSpend(rs.getLong(2), rs.getString(3)));
            });
    return rows.stream()
        .map(
            row ->
                row.view(
                    whatMatters.getOrDefault(row.id(), List.of()),
                    goodLife.getOrDefault(row.id(), List.of()),
                    strengths.getOrDefault(row.id(), List.of()),
                    actions.getOrDefault(row.id(), List.of()),
                    spending.getOrDefault(row.id(), List.of())))
        .toList();
  }

  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    return new Row(
        rs.getObject("id", UUID.class),
        rs.getObject("person_id", UUID.class),
        ConversationStatus.valueOf(rs.getString("status")),
        (Integer) rs.getObject("number"),
        rs.getObject("held_on", LocalDate.class),
        rs.getString("stage"),
        rs.getString("stage_label"),
        rs.getString("channel"),
        rs.getString("venue"),
        rs.getString("who_was_there"),
        rs.getString("analysis"),
        rs.getString("good_day"),
        rs.getString("hard_day"),
        rs.getString("working"),
        rs.getString("not_working"),
        rs.getString("connections"),
        rs.getString("safety_changes"),
        rs.getString("emergency_plan"),
        rs.getObject("follow_up_on", LocalDate.class),
        rs.getString("outcome"),
        rs.getObject("worker_id", UUID.class),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getString("created_by"),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
        rs.getString("updated_by"),
        rs.getInt("version"));
  }

  private record Row(
      UUID id,
      UUID personId,
      ConversationStatus status,
      Integer number,
      LocalDate heldOn,
      String stage,
      String stageLabel,
      String channel,
      String venue,
      String whoWasThere,
      String analysis,
      String goodDay,
      String hardDay,
      String working,
      String notWorking,
      String connections,
      String safetyChanges,
      String emergencyPlan,
      LocalDate followUp,
      String outcome,
      UUID workerId,
      Instant createdAt,
      String createdBy,
      Instant updatedAt,
      String updatedBy,
      int version) {

    ConversationView view(
        List<Quote> whatMatters,
        List<Quote> goodLife,
        List<Strength> strengths,
        List<AgreedAction> actions,
        List<ConversationSpend> spending) {
      return new ConversationView(
          id,
          personId,
          status,
          number,
          heldOn,
          stage,
          stageLabel,
          channel,
          venue,
          whoWasThere,
          whatMatters,
          goodLife,
          analysis,
          goodDay,
          hardDay,
          working,
          notWorking,
          strengths,
          connections,
          actions,
          safetyChanges,
          emergencyPlan,
          spending,
          followUp,
          outcome,
          workerId,
          createdAt,
          createdBy,
          updatedAt,
          updatedBy,
          version);
    }
  }
}

package org.strengths.connection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Connections, their disclosure snapshots, status changes and messages, in PostgreSQL. */
@Repository
class ConnectionStore {

  private static final String SELECT =
      """
      SELECT id, person_id, asset_id, asset_name, organisation_id, organisation_name, method,
        lawful_basis, provides_care, consent_date, consent_scope, message, status, decline_reason,
        feedback, sent_at, sent_by_id, sent_by_name, updated_at, updated_by, version,
        consent_withdrawn_at
      FROM connection
      """;

  private final JdbcClient jdbc;

  ConnectionStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Connection c, String username) {
    jdbc.sql(
            """
            INSERT INTO connection (id, person_id, asset_id, asset_name, organisation_id,
              organisation_name, method, lawful_basis, provides_care, consent_date, consent_scope,
              message, status, sent_at, sent_by_id, sent_by_name, created_at, created_by,
              updated_at, updated_by)
            VALUES (:id, :person, :asset, :assetName, :organisation, :organisationName, :method,
              :basis, :providesCare, :consentDate, :consentScope, :message, :status, :at, :byId,
              :byName, :at, :username, :at, :username)
            """)
        .param("id", c.id())
        .param("person", c.personId())
        .param("asset", c.assetId())
        .param("assetName", c.assetName())
        .param("organisation", c.organisationId())
        .param("organisationName", c.organisationName())
        .param("method", c.method().name())
        .param("basis", c.lawfulBasis().name())
        .param("providesCare", c.providesCare())
        .param("consentDate", c.consentDate())
        .param("consentScope", c.consentScope())
        .param("message", c.message())
        .param("status", c.status().name())
        .param("at", utc(c.sentAt()))
        .param("byId", c.sentById())
        .param("byName", c.sentByName())
        .param("username", username)
        .update();
  }

  @Transactional
  void insertItems(UUID connectionId, List<DisclosureSnapshot.Item> items) {
    for (int i = 0; i < items.size(); i++) {
      jdbc.sql(
              """
              INSERT INTO connection_shared_item (connection_id, position, field, value)
              VALUES (:id, :position, :field, :value)
              """)
          .param("id", connectionId)
          .param("position", i)
          .param("field", items.get(i).field().name())
          .param("value", items.get(i).value())
          .update();
    }
  }

  Optional<Connection> find(UUID id) {
    return jdbc.sql(SELECT + " WHERE id = :id")
        .param("id", id)
        .query((rs, row) -> connection(rs))
        .optional();
  }

  List<Connection> forPerson(UUID personId) {
    return jdbc.sql(SELECT + " WHERE person_id = :person ORDER BY sent_at DESC, id")
        .param("person", personId)
        .query((rs, row) -> connection(rs))
        .list();
  }

  /** What the organisation has been sent: introductions and referrals, newest first. */
  List<Connection> sentTo(UUID organisationId) {
    return jdbc.sql(
            SELECT
                + """
                 WHERE organisation_id = :organisation AND method <> 'INFORMATION_GIVEN'
                 ORDER BY sent_at DESC, id
                """)
        .param("organisation", organisationId)
        .query((rs, row) -> connection(rs))
        .list();
  }

  List<DisclosureSnapshot.Item> items(UUID connectionId) {
    return jdbc.sql(
            "SELECT field, value FROM connection_shared_item WHERE connection_id = :id"
                + " ORDER BY position")
        .param("id", connectionId)
        .query(
            (rs, row) ->
                new DisclosureSnapshot.Item(
                    SharedField.valueOf(rs.getString("field")), rs.getString("value")))
        .list();
  }

  /** Saves a new status if nobody changed the connection since {@code versionSeen}. */
  boolean updateStatus(
      UUID id,
      int versionSeen,
      ConnectionStatus status,
      String declineReason,
      String feedback,
      String username,
      Instant at) {
    return jdbc.sql(
                """
                UPDATE connection SET status = :status,
                  decline_reason = COALESCE(:reason, decline_reason),
                  feedback = COALESCE(:feedback, feedback),
                  updated_at = :at, updated_by = :username, version = version + 1
                WHERE id = :id AND version = :version
                """)
            .param("status", status.name())
            .param("reason", declineReason)
            .param("feedback", feedback)
            .param("at", utc(at))
            .param("username", username)
            .param("id", id)
            .param("version", versionSeen)
            .update()
        == 1;
  }

  void addStatusChange(UUID id, StatusChange change) {
    jdbc.sql(
            """
            INSERT INTO connection_status_change (connection_id, status, note, changed_at,
              changed_by, changed_by_name, by_partner)
            VALUES (:id, :status, :note, :at, :by, :byName, :partner)
            """)
        .param("id", id)
        .param("status", change.status().name())
        .param("note", change.note())
        .param("at", utc(change.at()))
        .param("by", change.by())
        .param("byName", change.byName())
        .param("partner", change.byPartner())
        .update();
  }

  List<StatusChange> statusChanges(UUID id) {
    return jdbc.sql(
            """
            SELECT status, note, changed_at, changed_by, changed_by_name, by_partner
            FROM connection_status_change WHERE connection_id = :id ORDER BY changed_at, id
            """)
        .param("id", id)
        .query(
            (rs, row) ->
                new StatusChange(
                    ConnectionStatus.valueOf(rs.getString("status")),
                    rs.getString("note"),
                    instant(rs, "changed_at"),
                    rs.getString("changed_by"),
                    rs.getString("changed_by_name"),
                    rs.getBoolean("by_partner")))
        .list();
  }

  void addMessage(UUID id, Message message) {
    jdbc.sql(
            """
            INSERT INTO connection_message (connection_id, sent_at, author, author_name,
              from_partner, body)
            VALUES (:id, :at, :author, :authorName, :partner, :body)
            """)
        .param("id", id)
        .param("at", utc(message.at()))
        .param("author", message.author())
        .param("authorName", message.authorName())
        .param("partner", message.fromPartner())
        .param("body", message.body())
        .update();
  }

  List<Message> messages(UUID id) {
    return jdbc.sql(
            """
            SELECT sent_at, author, author_name, from_partner, body FROM connection_message
            WHERE connection_id = :id ORDER BY sent_at, id
            """)
        .param("id", id)
        .query(
            (rs, row) ->
                new Message(
                    instant(rs, "sent_at"),
                    rs.getString("author"),
                    rs.getString("author_name"),
                    rs.getBoolean("from_partner"),
                    rs.getString("body")))
        .list();
  }

  /**
   * Records that the person withdrew consent for future sharing, if the connection is theirs,
   * shared their details and consent had not been withdrawn already; whether it was recorded now.
   */
  boolean withdrawConsent(UUID id, UUID personId, String by, Instant at) {
    return jdbc.sql(
                """
                UPDATE connection SET consent_withdrawn_at = :at, consent_withdrawn_by = :by,
                  updated_at = :at, updated_by = :by, version = version + 1
                WHERE id = :id AND person_id = :person AND consent_withdrawn_at IS NULL
                  AND lawful_basis <> 'NOTHING_SHARED'
                """)
            .param("at", utc(at))
            .param("by", by)
            .param("id", id)
            .param("person", personId)
            .update()
        == 1;
  }

  /** A change of status: to what, why (a decline reason or feedback), when and by whom. */
  record StatusChange(
      ConnectionStatus status,
      String note,
      Instant at,
      String by,
      String byName,
      boolean byPartner) {}

  /** A message about a connection, from the practitioner's side or the organisation. */
  record Message(Instant at, String author, String authorName, boolean fromPartner, String body) {}

  private static Connection connection(ResultSet rs) throws SQLException {
    return new Connection(
        rs.getObject("id", UUID.class),
        rs.getObject("person_id", UUID.class),
        rs.getObject("asset_id", UUID.class),
        rs.getString("asset_name"),
        rs.getObject("organisation_id", UUID.class),
        rs.getString("organisation_name"),
        ConnectionMethod.valueOf(rs.getString("method")),
        LawfulBasis.valueOf(rs.getString("lawful_basis")),
        rs.getBoolean("provides_care"),
        rs.getObject("consent_date", LocalDate.class),
        rs.getString("consent_scope"),
        rs.getString("message"),
        ConnectionStatus.valueOf(rs.getString("status")),
        rs.getString("decline_reason"),
        rs.getString("feedback"),
        instant(rs, "sent_at"),
        rs.getObject("sent_by_id", UUID.class),
        rs.getString("sent_by_name"),
        instant(rs, "updated_at"),
        rs.getString("updated_by"),
        rs.getInt("version"),
        instant(rs, "consent_withdrawn_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
    return time == null ? null : time.toInstant();
  }

  static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}

package org.strengths.connection;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strengths.platform.PersonRecordPart;

/**
 * The connection module's part of a person's record: the connections still active (neither declined
 * nor ended), newest first, from one query.
 */
@Component
class ConnectionRecordPart implements PersonRecordPart {

  /** An active connection as the summary lists it. */
  record Active(
      UUID id,
      String assetName,
      String organisationName,
      ConnectionMethod method,
      ConnectionStatus status,
      Instant sentAt) {}

  private final JdbcClient jdbc;

  ConnectionRecordPart(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<Card> cards(Subject person) {
    List<Active> active =
        jdbc.sql(
                """
                SELECT id, asset_name, organisation_name, method, status, sent_at
                FROM connection
                WHERE person_id = :person AND status NOT IN ('DECLINED', 'ENDED')
                ORDER BY sent_at DESC, id
                """)
            .param("person", person.id())
            .query(
                (rs, n) ->
                    new Active(
                        rs.getObject("id", UUID.class),
                        rs.getString("asset_name"),
                        rs.getString("organisation_name"),
                        ConnectionMethod.valueOf(rs.getString("method")),
                        ConnectionStatus.valueOf(rs.getString("status")),
                        rs.getObject("sent_at", OffsetDateTime.class).toInstant()))
            .list();
    return List.of(new Card(Order.CONNECTIONS, "connection/record-card", "connections", active));
  }

  @Override
  public List<Entry> navigation() {
    return List.of(new Entry("connections-link", "connection.record.link", "connections", 60));
  }
}

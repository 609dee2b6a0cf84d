package org.strengths.connection;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Connections where the partner had the last word, for lists of work: the organisation accepted,
 * declined or wrote since anyone on the council's side last did something with the connection. One
 * indexed query for any number of people.
 */
@Service
public class PartnerReplies {

  /** What the partner did last. */
  public enum Kind {
    ACCEPTED,
    DECLINED,
    MESSAGE,
    OTHER
  }

  /** A connection waiting for the council's side to read and answer what the partner did. */
  public record Waiting(
      UUID connectionId,
      UUID personId,
      String assetName,
      String organisationName,
      Kind kind,
      Instant at) {}

  private final JdbcClient jdbc;

  PartnerReplies(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Of the people given, connections where the partner's latest status change or message came after
   * {@code since} and after the council side's latest (sending included), oldest first.
   */
  public List<Waiting> waitingFor(Collection<UUID> personIds, Instant since) {
    if (personIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            SELECT c.id, c.person_id, c.asset_name, c.organisation_name, partner.kind, partner.at
            FROM connection c
            JOIN LATERAL (
              SELECT kind, at FROM (
                SELECT s.status AS kind, s.changed_at AS at FROM connection_status_change s
                WHERE s.connection_id = c.id AND s.by_partner
                UNION ALL
                SELECT 'MESSAGE', m.sent_at FROM connection_message m
                WHERE m.connection_id = c.id AND m.from_partner) latest
              ORDER BY at DESC LIMIT 1) partner ON true
            WHERE c.person_id = ANY(CAST(:ids AS uuid[]))
              AND partner.at > :since
              AND partner.at > c.sent_at
              AND NOT EXISTS (SELECT 1 FROM connection_status_change s
                              WHERE s.connection_id = c.id AND NOT s.by_partner
                                AND s.changed_at >= partner.at)
              AND NOT EXISTS (SELECT 1 FROM connection_message m
                              WHERE m.connection_id = c.id AND NOT m.from_partner
                                AND m.sent_at >= partner.at)
            ORDER BY partner.at, c.id
            """)
        .param("ids", personIds.toArray(UUID[]::new))
        .param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
        .query(
            (rs, row) ->
                new Waiting(
                    rs.getObject("id", UUID.class),
                    rs.getObject("person_id", UUID.class),
                    rs.getString("asset_name"),
                    rs.getString("organisation_name"),
                    kind(rs.getString("kind")),
                    rs.getObject("at", OffsetDateTime.class).toInstant()))
        .list();
  }

  private static Kind kind(String value) {
    return switch (value) {
      case "ACCEPTED" -> Kind.ACCEPTED;
      case "DECLINED" -> Kind.DECLINED;
      case "MESSAGE" -> Kind.MESSAGE;
      default -> Kind.OTHER;
    };
  }
}

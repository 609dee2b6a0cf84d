package org.strengths.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Relationships the person suggested from their own pages, in PostgreSQL. */
@Repository
class SuggestionStore {

  /** A suggestion as stored; {@code memberId} set for a change, else someone new. */
  record Suggestion(
      UUID id,
      UUID personId,
      UUID memberId,
      TieKind kind,
      String label,
      String specificTie,
      TieStrength strength,
      boolean ends,
      String note,
      String status,
      String declineReason,
      Instant suggestedAt,
      Instant decidedAt,
      String decidedByName,
      int version) {

    public boolean someoneNew() {
      return memberId == null;
    }

    public boolean waiting() {
      return "WAITING".equals(status);
    }
  }

  private static final String SELECT =
      """
      SELECT id, person_id, member_id, kind, label, specific_tie, strength, ends, note, status,
        decline_reason, created_at, decided_at, decided_by_name, version
      FROM network_suggestion
      """;

  private final JdbcClient jdbc;

  SuggestionStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insertNew(UUID id, UUID personId, SuggestionRules.NewTie tie, Instant at) {
    jdbc.sql(
            """
            INSERT INTO network_suggestion (id, person_id, kind, label, specific_tie, strength,
              note, created_at, created_by, updated_at, updated_by)
            VALUES (:id, :person, :kind, :label, :specificTie, :strength, :note, :at, 'person',
              :at, 'person')
            """)
        .param("id", id)
        .param("person", personId)
        .param("kind", tie.kind().name())
        .param("label", tie.label())
        .param("specificTie", tie.specificTie())
        .param("strength", tie.strength().name())
        .param("note", tie.note())
        .param("at", utc(at))
        .update();
  }

  void insertChange(UUID id, UUID personId, SuggestionRules.ChangedTie change, Instant at) {
    jdbc.sql(
            """
            INSERT INTO network_suggestion (id, person_id, member_id, strength, ends, note,
              created_at, created_by, updated_at, updated_by)
            VALUES (:id, :person, :member, :strength, :ends, :note, :at, 'person', :at, 'person')
            """)
        .param("id", id)
        .param("person", personId)
        .param("member", change.memberId())
        .param("strength", change.strength() == null ? null : change.strength().name())
        .param("ends", change.ends())
        .param("note", change.note())
        .param("at", utc(at))
        .update();
  }

  List<Suggestion> forPerson(UUID personId) {
    return jdbc.sql(SELECT + " WHERE person_id = :person ORDER BY created_at DESC, id")
        .param("person", personId)
        .query((rs, row) -> suggestion(rs))
        .list();
  }

  List<Suggestion> waiting(UUID personId) {
    return jdbc.sql(
            SELECT + " WHERE person_id = :person AND status = 'WAITING' ORDER BY created_at, id")
        .param("person", personId)
        .query((rs, row) -> suggestion(rs))
        .list();
  }

  /** The suggestions waiting for a practitioner for any of these people, oldest first. */
  List<PersonNetworks.Waiting> waitingFor(java.util.Collection<UUID> personIds) {
    if (personIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT id, person_id, created_at FROM network_suggestion"
                + " WHERE person_id IN (:people) AND status = 'WAITING' ORDER BY created_at, id")
        .param("people", personIds)
        .query(
            (rs, row) ->
                new PersonNetworks.Waiting(
                    rs.getObject("person_id", UUID.class),
                    rs.getObject("id", UUID.class),
                    rs.getObject("created_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  Optional<Suggestion> find(UUID personId, UUID id) {
    return jdbc.sql(SELECT + " WHERE person_id = :person AND id = :id")
        .param("person", personId)
        .param("id", id)
        .query((rs, row) -> suggestion(rs))
        .optional();
  }

  /** Records the decision if the suggestion is still waiting at the version seen. */
  boolean decide(
      UUID id,
      int versionSeen,
      boolean confirmed,
      String reason,
      NetworkStore.Recorder by,
      Instant at) {
    return jdbc.sql(
                """
                UPDATE network_suggestion SET status = :status, decline_reason = :reason,
                  decided_at = :at, decided_by = :by, decided_by_name = :byName,
                  updated_at = :at, updated_by = :by, version = version + 1
                WHERE id = :id AND version = :version AND status = 'WAITING'
                """)
            .param("status", confirmed ? "CONFIRMED" : "DECLINED")
            .param("reason", confirmed ? null : reason)
            .param("at", utc(at))
            .param("by", by.username())
            .param("byName", by.name())
            .param("id", id)
            .param("version", versionSeen)
            .update()
        == 1;
  }

  private static Suggestion suggestion(ResultSet rs) throws SQLException {
    String kind = rs.getString("kind");
    String strength = rs.getString("strength");
    OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
    return new Suggestion(
        rs.getObject("id", UUID.class),
        rs.getObject("person_id", UUID.class),
        rs.getObject("member_id", UUID.class),
        kind == null ? null : TieKind.valueOf(kind),
        rs.getString("label"),
        rs.getString("specific_tie"),
        strength == null ? null : TieStrength.valueOf(strength),
        rs.getBoolean("ends"),
        rs.getString("note"),
        rs.getString("status"),
        rs.getString("decline_reason"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        decided == null ? null : decided.toInstant(),
        rs.getString("decided_by_name"),
        rs.getInt("version"));
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}

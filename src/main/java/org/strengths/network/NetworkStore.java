package org.strengths.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The network tables. Removal ends a relationship rather than deleting it, to keep its history. */
@Repository
class NetworkStore {

  /** Who saved: the username for the audit of the row, and the name people read. */
  record Recorder(String username, String name) {}

  private static final String COLUMNS =
      """
      id, person_id, kind, label, specific_tie, linked_person_id, strength, stressful, direction,
      contact_frequency, wants_change, change_wanted, gives_care, willing, able, impact_on_them,
      person_agrees, consent_to_contact, third_party, created_at, created_by, created_by_name,
      updated_at, updated_by, updated_by_name, version
      """;

  private final JdbcClient jdbc;

  NetworkStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Current members, in the order they were added (so lists and drawings stay stable). */
  List<NetworkMemberView> current(UUID personId) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM network_member WHERE person_id = :person AND ended_at IS NULL"
                + " ORDER BY created_at, id")
        .param("person", personId)
        .query(NetworkStore::member)
        .list();
  }

  /**
   * Holds, until the transaction ends, a lock on the person's network, so two saves that each check
   * before adding cannot both add.
   */
  void lock(UUID personId) {
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(CAST(:person AS text), 17))")
        .param("person", personId)
        .query((rs, n) -> 1)
        .list();
  }

  Optional<NetworkMemberView> find(UUID personId, UUID memberId) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM network_member WHERE person_id = :person AND id = :id"
                + " AND ended_at IS NULL")
        .param("person", personId)
        .param("id", memberId)
        .query(NetworkStore::member)
        .optional();
  }

  void insert(UUID id, UUID personId, MemberDetails details, Recorder by, Instant at) {
    insert(id, personId, details, null, by, at);
  }

  /**
   * With {@code assetId}, the relationship is to that community directory entry: an organisation,
   * so not third-party data.
   */
  void insert(
      UUID id, UUID personId, MemberDetails details, UUID assetId, Recorder by, Instant at) {
    jdbc.sql(
            """
            INSERT INTO network_member (id, person_id, kind, label, specific_tie,
              linked_person_id, strength, stressful, direction, contact_frequency, wants_change,
              change_wanted, gives_care, willing, able, impact_on_them, person_agrees,
              consent_to_contact, third_party, created_at, created_by, created_by_name,
              updated_at, updated_by, updated_by_name, community_asset_id)
            VALUES (:id, :person, :kind, :label, :specificTie, :linked, :strength, :stressful,
              :direction, :contact, :wantsChange, :changeWanted, :givesCare, :willing, :able,
              :impact, :agrees, :consent, :thirdParty, :at, :by, :byName, :at, :by, :byName,
              :asset)
            """)
        .param("id", id)
        .param("person", personId)
        .params(values(details))
        .param("thirdParty", details.thirdParty() && assetId == null)
        .param("asset", assetId)
        .param("at", utc(at))
        .param("by", by.username())
        .param("byName", by.name())
        .update();
  }

  /** Saves over the version the user saw; false if someone else saved first. */
  boolean update(UUID memberId, int versionSeen, MemberDetails details, Recorder by, Instant at) {
    return jdbc.sql(
                """
                UPDATE network_member SET kind = :kind, label = :label,
                  specific_tie = :specificTie, linked_person_id = :linked, strength = :strength,
                  stressful = :stressful, direction = :direction, contact_frequency = :contact,
                  wants_change = :wantsChange, change_wanted = :changeWanted,
                  gives_care = :givesCare, willing = :willing, able = :able,
                  impact_on_them = :impact, person_agrees = :agrees,
                  consent_to_contact = :consent,
                  third_party = (:thirdParty AND community_asset_id IS NULL), updated_at = :at,
                  updated_by = :by, updated_by_name = :byName, version = version + 1
                WHERE id = :id AND version = :version AND ended_at IS NULL
                """)
            .params(values(details))
            .param("id", memberId)
            .param("version", versionSeen)
            .param("at", utc(at))
            .param("by", by.username())
            .param("byName", by.name())
            .update()
        == 1;
  }

  /** Ends the relationship at the version the user saw; false if someone else saved first. */
  boolean end(UUID memberId, int versionSeen, Recorder by, Instant at) {
    return jdbc.sql(
                """
                UPDATE network_member SET ended_at = :at, updated_at = :at, updated_by = :by,
                  updated_by_name = :byName, version = version + 1
                WHERE id = :id AND version = :version AND ended_at IS NULL
                """)
            .param("id", memberId)
            .param("version", versionSeen)
            .param("at", utc(at))
            .param("by", by.username())
            .param("byName", by.name())
            .update()
        == 1;
  }

  /** Keeps the whole current network as it stands after a save. */
  void snapshot(UUID personId, Recorder by, Instant at) {
    snapshot(personId, current(personId).stream().map(NetworkMemberView::tie).toList(), by, at);
  }

  /** Keeps a network as it stood at {@code at} (demo data builds past networks this way). */
  void snapshot(UUID personId, List<Tie> ties, Recorder by, Instant at) {
    jdbc.sql(
            """
            INSERT INTO network_snapshot (id, person_id, taken_at, taken_by, ties)
            VALUES (:id, :person, :at, :by, CAST(:ties AS jsonb))
            """)
        .param("id", UUID.randomUUID())
        .param("person", personId)
        .param("at", utc(at))
        .param("by", by.username())
        .param("ties", SnapshotJson.write(ties))
        .update();
  }

  /** The ties of the latest snapshot taken before {@code before}, if there is one. */
  Optional<List<Tie>> tiesBefore(UUID personId, Instant before) {
    return jdbc.sql(
            """
            SELECT ties::text FROM network_snapshot
            WHERE person_id = :person AND taken_at < :before
            ORDER BY taken_at DESC, saved_order DESC LIMIT 1
            """)
        .param("person", personId)
        .param("before", utc(before))
        .query(String.class)
        .optional()
        .map(SnapshotJson::read);
  }

  /** When each snapshot was taken, newest first. */
  List<Instant> snapshotTimes(UUID personId) {
    return jdbc.sql(
            """
            SELECT taken_at FROM network_snapshot WHERE person_id = :person
            ORDER BY taken_at DESC
            """)
        .param("person", personId)
        .query((rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant())
        .list();
  }

  boolean hasAnyMembers(UUID personId) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM network_member WHERE person_id = :person)")
        .param("person", personId)
        .query(Boolean.class)
        .single();
  }

  private static Map<String, Object> values(MemberDetails details) {
    Map<String, Object> values = new HashMap<>();
    values.put("kind", details.kind().name());
    values.put("label", details.label());
    values.put("specificTie", details.specificTie());
    values.put("linked", details.linkedPersonId());
    values.put("strength", details.strength().name());
    values.put("stressful", details.stressful());
    values.put("direction", details.direction().name());
    values.put(
        "contact", details.contactFrequency() == null ? null : details.contactFrequency().name());
    values.put("wantsChange", details.wantsChange().name());
    values.put("changeWanted", details.changeWanted());
    values.put("givesCare", details.givesCare());
    values.put("willing", details.willing().name());
    values.put("able", details.able().name());
    values.put("impact", details.impactOnThem());
    values.put("agrees", details.personAgrees().name());
    values.put("consent", details.consentToContact().name());
    values.put("thirdParty", details.thirdParty());
    return values;
  }

  static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static NetworkMemberView member(ResultSet rs, int row) throws SQLException {
    String contact = rs.getString("contact_frequency");
    return new NetworkMemberView(
        rs.getObject("id", UUID.class),
        rs.getObject("person_id", UUID.class),
        TieKind.valueOf(rs.getString("kind")),
        rs.getString("label"),
        rs.getString("specific_tie"),
        rs.getObject("linked_person_id", UUID.class),
        TieStrength.valueOf(rs.getString("strength")),
        rs.getBoolean("stressful"),
        SupportDirection.valueOf(rs.getString("direction")),
        contact == null ? null : ContactFrequency.valueOf(contact),
        Answer.of(rs.getString("wants_change")),
        rs.getString("change_wanted"),
        rs.getBoolean("gives_care"),
        Answer.of(rs.getString("willing")),
        Answer.of(rs.getString("able")),
        rs.getString("impact_on_them"),
        Answer.of(rs.getString("person_agrees")),
        Answer.of(rs.getString("consent_to_contact")),
        rs.getBoolean("third_party"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getString("created_by"),
        rs.getString("created_by_name"),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
        rs.getString("updated_by"),
        rs.getString("updated_by_name"),
        rs.getInt("version"));
  }
}

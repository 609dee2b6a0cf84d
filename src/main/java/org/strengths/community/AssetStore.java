package org.strengths.community;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads and writes assets with their sessions and taxonomy terms. */
@Repository
class AssetStore {

  static final String COLUMNS =
      """
      a.id, a.kind, a.name, a.description, a.offers, a.organisation_id, o.name AS organisation_name,
      a.minimum_age, a.maximum_age, a.languages, a.conditions, a.step_free, a.hearing_loop,
      a.accessible_toilet, a.bsl, a.accessibility_notes, a.cost, a.cost_details, a.schedule_notes,
      a.address_line_1, a.address_line_2, a.town, a.postcode, a.latitude, a.longitude,
      a.contact_name, a.email, a.phone, a.website, a.how_to_connect, a.status, a.last_verified_on,
      a.last_verified_by, a.gift_consent_on, a.gift_consent_by, a.location_id,
      a.service_at_location_id, a.source, a.source_id, a.updated_at, a.updated_by, a.version
      """;

  private final JdbcClient jdbc;

  AssetStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Asset> find(UUID id) {
    List<Asset> found = findAll(List.of(id));
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  Optional<Asset> findByServiceAtLocation(UUID id) {
    return jdbc.sql("SELECT id FROM community_asset WHERE service_at_location_id = ?")
        .param(id)
        .query(UUID.class)
        .optional()
        .flatMap(this::find);
  }

  /** The assets in the order of the ids given (missing ones left out). */
  List<Asset> findAll(List<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    UUID[] array = ids.toArray(UUID[]::new);
    Map<UUID, List<Asset.Session>> sessions = sessions(array);
    Map<UUID, List<Asset.Term>> terms = terms(array);
    Map<UUID, Asset> byId = new HashMap<>();
    jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM community_asset a LEFT JOIN community_organisation o"
                + " ON o.id = a.organisation_id WHERE a.id = ANY(?)")
        .param(array)
        .query(
            (rs, row) -> {
              UUID id = rs.getObject("id", UUID.class);
              byId.put(
                  id,
                  asset(
                      rs, sessions.getOrDefault(id, List.of()), terms.getOrDefault(id, List.of())));
              return id;
            })
        .list();
    return ids.stream().map(byId::get).filter(a -> a != null).toList();
  }

  private Map<UUID, List<Asset.Session>> sessions(UUID[] ids) {
    Map<UUID, List<Asset.Session>> sessions = new LinkedHashMap<>();
    jdbc.sql(
            """
            SELECT id, asset_id, day, opens_at, closes_at FROM community_asset_schedule
            WHERE asset_id = ANY(?)
            ORDER BY asset_id, array_position(ARRAY['MO','TU','WE','TH','FR','SA','SU'], day),
              opens_at NULLS FIRST, id
            """)
        .param(ids)
        .query(
            (rs, row) ->
                sessions
                    .computeIfAbsent(rs.getObject("asset_id", UUID.class), k -> new ArrayList<>())
                    .add(
                        new Asset.Session(
                            rs.getObject("id", UUID.class),
                            rs.getString("day"),
                            rs.getObject("opens_at", LocalTime.class),
                            rs.getObject("closes_at", LocalTime.class))))
        .list();
    return sessions;
  }

  private Map<UUID, List<Asset.Term>> terms(UUID[] ids) {
    Map<UUID, List<Asset.Term>> terms = new LinkedHashMap<>();
    jdbc.sql(
            """
            SELECT at.asset_id, t.id, t.name, t.description, t.taxonomy_id, x.name AS taxonomy
            FROM community_asset_term at JOIN community_taxonomy_term t ON t.id = at.term_id
            LEFT JOIN community_taxonomy x ON x.id = t.taxonomy_id
            WHERE at.asset_id = ANY(?) ORDER BY at.asset_id, t.name, t.id
            """)
        .param(ids)
        .query(
            (rs, row) ->
                terms
                    .computeIfAbsent(rs.getObject("asset_id", UUID.class), k -> new ArrayList<>())
                    .add(
                        new Asset.Term(
                            rs.getObject("id", UUID.class),
                            rs.getString("name"),
                            rs.getString("description"),
                            rs.getObject("taxonomy_id", UUID.class),
                            rs.getString("taxonomy"))))
        .list();
    return terms;
  }

  private static Asset asset(ResultSet rs, List<Asset.Session> sessions, List<Asset.Term> terms)
      throws SQLException {
    Array languages = rs.getArray("languages");
    double latitude = rs.getDouble("latitude");
    boolean noLatitude = rs.wasNull();
    double longitude = rs.getDouble("longitude");
    boolean noLongitude = rs.wasNull();
    return new Asset(
        rs.getObject("id", UUID.class),
        AssetKind.valueOf(rs.getString("kind")),
        rs.getString("name"),
        rs.getString("description"),
        rs.getString("offers"),
        rs.getObject("organisation_id", UUID.class),
        rs.getString("organisation_name"),
        rs.getBigDecimal("minimum_age"),
        rs.getBigDecimal("maximum_age"),
        languages == null ? List.of() : Arrays.asList((String[]) languages.getArray()),
        rs.getString("conditions"),
        rs.getBoolean("step_free"),
        rs.getBoolean("hearing_loop"),
        rs.getBoolean("accessible_toilet"),
        rs.getBoolean("bsl"),
        rs.getString("accessibility_notes"),
        rs.getString("cost"),
        rs.getString("cost_details"),
        rs.getString("schedule_notes"),
        rs.getString("address_line_1"),
        rs.getString("address_line_2"),
        rs.getString("town"),
        rs.getString("postcode"),
        noLatitude ? null : latitude,
        noLongitude ? null : longitude,
        rs.getString("contact_name"),
        rs.getString("email"),
        rs.getString("phone"),
        rs.getString("website"),
        HowToConnect.valueOf(rs.getString("how_to_connect")),
        rs.getString("status"),
        rs.getObject("last_verified_on", LocalDate.class),
        rs.getString("last_verified_by"),
        rs.getObject("gift_consent_on", LocalDate.class),
        rs.getString("gift_consent_by"),
        rs.getObject("location_id", UUID.class),
        rs.getObject("service_at_location_id", UUID.class),
        rs.getString("source"),
        rs.getString("source_id"),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getString("updated_by"),
        rs.getInt("version"),
        sessions,
        terms);
  }

  /** The columns an edit or import writes, by name, from an asset's values. */
  static Map<String, Object> values(Asset a) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("kind", a.kind().name());
    v.put("name", a.name());
    v.put("description", a.description());
    v.put("offers", a.offers());
    v.put("organisation_id", a.organisationId());
    v.put("minimum_age", a.minimumAge());
    v.put("maximum_age", a.maximumAge());
    v.put("languages", a.languages().toArray(String[]::new));
    v.put("conditions", a.conditions());
    v.put("step_free", a.stepFree());
    v.put("hearing_loop", a.hearingLoop());
    v.put("accessible_toilet", a.accessibleToilet());
    v.put("bsl", a.bsl());
    v.put("accessibility_notes", a.accessibilityNotes());
    v.put("cost", a.cost());
    v.put("cost_details", a.costDetails());
    v.put("schedule_notes", a.scheduleNotes());
    v.put("address_line_1", a.addressLine1());
    v.put("address_line_2", a.addressLine2());
    v.put("town", a.town());
    v.put("postcode", a.postcode());
    v.put("latitude", a.latitude());
    v.put("longitude", a.longitude());
    v.put("contact_name", a.contactName());
    v.put("email", a.email());
    v.put("phone", a.phone());
    v.put("website", a.website());
    v.put("how_to_connect", a.howToConnect().name());
    v.put("status", a.status());
    v.put("gift_consent_on", a.giftConsentOn());
    v.put("gift_consent_by", a.giftConsentBy());
    return v;
  }

  @Transactional
  void insert(
      UUID id, Asset a, String by, Instant at, String source, String sourceId, String hash) {
    Map<String, Object> v = values(a);
    v.put("id", id);
    v.put("last_verified_on", a.lastVerifiedOn());
    v.put("last_verified_by", a.lastVerifiedBy());
    v.put("source", source);
    v.put("source_id", sourceId);
    v.put("source_hash", hash);
    v.put("created_at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    v.put("created_by", by);
    v.put("updated_at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    v.put("updated_by", by);
    String columns = String.join(", ", v.keySet());
    String values = ":" + String.join(", :", v.keySet());
    jdbc.sql("INSERT INTO community_asset (" + columns + ") VALUES (" + values + ")")
        .params(v)
        .update();
    insertSessions(id, a.sessions());
    insertTerms(id, a.terms().stream().map(Asset.Term::id).toList());
  }

  /** False when the stored version is not {@code version} any more (someone else saved first). */
  @Transactional
  boolean update(UUID id, int version, Asset a, String by, Instant at, String hash) {
    Map<String, Object> v = values(a);
    String set =
        String.join(", ", v.keySet().stream().map(column -> column + " = :" + column).toList());
    v.put("id", id);
    v.put("version", version);
    v.put("by", by);
    v.put("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    v.put("hash", hash);
    int updated =
        jdbc.sql(
                "UPDATE community_asset SET "
                    + set
                    + ", source_hash = coalesce(:hash, source_hash), updated_at = :at,"
                    + " updated_by = :by, version = version + 1"
                    + " WHERE id = :id AND version = :version")
            .params(v)
            .update();
    if (updated == 1) {
      replaceSessions(id, a.sessions());
      replaceTerms(id, a.terms().stream().map(Asset.Term::id).toList());
    }
    return updated == 1;
  }

  @Transactional
  void replaceSessions(UUID id, List<Asset.Session> sessions) {
    jdbc.sql("DELETE FROM community_asset_schedule WHERE asset_id = ?").param(id).update();
    insertSessions(id, sessions);
  }

  private void insertSessions(UUID id, List<Asset.Session> sessions) {
    for (Asset.Session s : sessions) {
      jdbc.sql(
              "INSERT INTO community_asset_schedule (id, asset_id, day, opens_at, closes_at)"
                  + " VALUES (?, ?, ?, ?, ?)")
          .params(
              s.id() == null ? UUID.randomUUID() : s.id(), id, s.day(), s.opensAt(), s.closesAt())
          .update();
    }
  }

  @Transactional
  void replaceTerms(UUID id, Collection<UUID> termIds) {
    jdbc.sql("DELETE FROM community_asset_term WHERE asset_id = ?").param(id).update();
    insertTerms(id, termIds);
  }

  private void insertTerms(UUID id, Collection<UUID> termIds) {
    for (UUID term : termIds) {
      jdbc.sql("INSERT INTO community_asset_term (asset_id, term_id) VALUES (?, ?)")
          .params(id, term)
          .update();
    }
  }

  boolean markVerified(UUID id, int version, LocalDate on, String by) {
    return jdbc.sql(
                """
                UPDATE community_asset SET last_verified_on = ?, last_verified_by = ?,
                  version = version + 1 WHERE id = ? AND version = ?
                """)
            .params(on, by, id, version)
            .update()
        == 1;
  }

  /** Records a check made as part of a save that already moved the version on. */
  void recordCheck(UUID id, LocalDate on, String by) {
    jdbc.sql("UPDATE community_asset SET last_verified_on = ?, last_verified_by = ? WHERE id = ?")
        .params(on, by, id)
        .update();
  }

  /** Entries whose last check is older than six months (or never made), oldest first. */
  List<AssetSummary> needingChecks(LocalDate today, UUID organisationId, int limit) {
    return jdbc.sql(
            CommunityAssets.SUMMARY_SELECT
                + " WHERE a.status <> 'CLOSED'"
                + " AND (a.last_verified_on IS NULL OR a.last_verified_on <= :due)"
                + (organisationId == null ? "" : " AND a.organisation_id = :organisation")
                + " ORDER BY a.last_verified_on NULLS FIRST, a.name, a.id LIMIT :limit")
        .param("due", Verification.dueIfVerifiedOnOrBefore(today))
        .param("organisation", organisationId)
        .param("limit", limit)
        .query(CommunityAssets::summary)
        .list();
  }

  static BigDecimal age(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros();
  }

  static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}

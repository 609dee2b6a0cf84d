package org.strengths.community;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The community module's API for other modules: look up assets and the organisations behind them.
 * Asset data is about groups and places, so no person access check applies; gifts of individuals
 * are included (staff may connect people to them) but never published outside.
 */
@Service
public class CommunityAssets {

  /** The demo befriending charity "Chapeltown Befrienders"; demo partner accounts belong to it. */
  public static final UUID DEMO_BEFRIENDING_ORGANISATION_ID =
      UUID.fromString("5b1f0c3e-7a4d-4c59-9a51-0b7e3c2d1f01");

  static final String SUMMARY_SELECT =
      """
      SELECT a.id, a.name, a.kind, a.organisation_id, o.name AS organisation_name,
             a.how_to_connect, a.status, a.contact_name, a.email, a.phone, a.postcode
      FROM community_asset a LEFT JOIN community_organisation o ON o.id = a.organisation_id
      """;

  private final JdbcClient jdbc;

  CommunityAssets(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<AssetSummary> find(UUID assetId) {
    return jdbc.sql(SUMMARY_SELECT + " WHERE a.id = ?")
        .param(assetId)
        .query(CommunityAssets::summary)
        .optional();
  }

  /**
   * Open assets (active or paused) whose name contains {@code name}, ignoring case, best matches
   * (names starting with it) first; at most {@code limit}. Blank finds nothing.
   */
  public List<AssetSummary> search(String name, int limit) {
    if (name == null || name.isBlank()) {
      return List.of();
    }
    String typed = name.strip();
    String escaped = typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return jdbc.sql(
            SUMMARY_SELECT
                + " WHERE a.status <> 'CLOSED' AND a.name ILIKE :contains"
                + " ORDER BY (a.name ILIKE :starts) DESC, a.name, a.id LIMIT :limit")
        .param("contains", "%" + escaped + "%")
        .param("starts", escaped + "%")
        .param("limit", Math.max(0, limit))
        .query(CommunityAssets::summary)
        .list();
  }

  /** The organisation's assets, by name. */
  public List<AssetSummary> forOrganisation(UUID organisationId) {
    return jdbc.sql(SUMMARY_SELECT + " WHERE a.organisation_id = ? ORDER BY a.name, a.id")
        .param(organisationId)
        .query(CommunityAssets::summary)
        .list();
  }

  public Optional<OrganisationSummary> organisation(UUID organisationId) {
    return jdbc.sql("SELECT id, name, email, website FROM community_organisation WHERE id = ?")
        .param(organisationId)
        .query(
            (rs, row) ->
                new OrganisationSummary(
                    rs.getObject("id", UUID.class),
                    rs.getString("name"),
                    rs.getString("email"),
                    rs.getString("website")))
        .optional();
  }

  static AssetSummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new AssetSummary(
        rs.getObject("id", UUID.class),
        rs.getString("name"),
        AssetKind.valueOf(rs.getString("kind")),
        rs.getObject("organisation_id", UUID.class),
        rs.getString("organisation_name"),
        HowToConnect.valueOf(rs.getString("how_to_connect")),
        rs.getString("status"),
        rs.getString("contact_name"),
        rs.getString("email"),
        rs.getString("phone"),
        rs.getString("postcode"));
  }
}

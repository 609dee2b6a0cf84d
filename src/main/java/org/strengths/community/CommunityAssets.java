package org.strengths.community;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.access.AuditLog;

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
  private final AssetStore store;
  private final AuditLog audit;
  private final Clock clock;
  private final DemoCommunity demo;

  CommunityAssets(
      JdbcClient jdbc, AssetStore store, AuditLog audit, Clock clock, DemoCommunity demo) {
    this.jdbc = jdbc;
    this.store = store;
    this.audit = audit;
    this.clock = clock;
    this.demo = demo;
  }

  /**
   * In demo mode, fills an empty directory with the demo council's community assets, postcodes,
   * taxonomy and synonyms, and makes sure the demo befriending charity exists.
   */
  public void addDemoDirectory() {
    demo.add();
  }

  /** The organisation's own entries, by name, as it may keep them current. */
  public List<OwnedEntry> ownedBy(UUID organisationId) {
    List<UUID> ids = forOrganisation(organisationId).stream().map(AssetSummary::id).toList();
    return store.findAll(ids).stream().filter(a -> !a.isGift()).map(this::owned).toList();
  }

  /** The entry, if it exists and belongs to the organisation (empty otherwise). */
  public Optional<OwnedEntry> owned(UUID assetId, UUID organisationId) {
    return ownedAsset(assetId, organisationId).map(this::owned);
  }

  /**
   * The organisation confirms its entry is still right: it counts as checked today by {@code
   * byName}.
   */
  @Transactional
  public OwnerResult markChecked(UUID assetId, UUID organisationId, String byName) {
    Asset asset = ownedAsset(assetId, organisationId).orElse(null);
    if (asset == null) {
      return new OwnerResult.NotFound();
    }
    if (!store.markVerified(asset.id(), asset.version(), LocalDate.now(clock), byName)) {
      return new OwnerResult.Conflict(owned(store.find(asset.id()).orElseThrow()));
    }
    audit.record(null, AssetController.SECTION, "verify", null, "asset " + asset.id() + " owner");
    return new OwnerResult.Saved(owned(store.find(asset.id()).orElseThrow()));
  }

  /**
   * The organisation updates what it may keep current, checked exactly as the staff form checks it.
   * Saving counts as checking the entry today. A save based on an older version than the one stored
   * is refused as a conflict.
   */
  @Transactional
  public OwnerResult updateByOwner(
      UUID assetId, UUID organisationId, OwnerUpdate update, int expectedVersion, String byName) {
    Asset stored = ownedAsset(assetId, organisationId).orElse(null);
    if (stored == null) {
      return new OwnerResult.NotFound();
    }
    AssetForm form = update.over(AssetForm.of(stored));
    // The organisation cannot change the postcode, so the stored one is not checked again.
    Map<String, String> errors = AssetRules.check(form, true);
    if (!errors.isEmpty()) {
      return new OwnerResult.Invalid(errors);
    }
    LocalDate today = LocalDate.now(clock);
    Postcodes.Point point =
        stored.latitude() == null || stored.longitude() == null
            ? null
            : new Postcodes.Point(stored.latitude(), stored.longitude());
    Asset changed = AssetController.asset(form, point, byName, stored, today);
    if (!store.update(stored.id(), expectedVersion, changed, byName, clock.instant(), null)) {
      return new OwnerResult.Conflict(owned(store.find(stored.id()).orElseThrow()));
    }
    // The staff form keeps one topic; an organisation's save must not drop the others.
    store.replaceTerms(stored.id(), stored.terms().stream().map(Asset.Term::id).toList());
    store.recordCheck(stored.id(), today, byName);
    audit.record(null, AssetController.SECTION, "change", null, "asset " + stored.id() + " owner");
    return new OwnerResult.Saved(owned(store.find(stored.id()).orElseThrow()));
  }

  private Optional<Asset> ownedAsset(UUID assetId, UUID organisationId) {
    if (assetId == null || organisationId == null) {
      return Optional.empty();
    }
    return store
        .find(assetId)
        .filter(a -> organisationId.equals(a.organisationId()) && !a.isGift());
  }

  private OwnedEntry owned(Asset a) {
    return new OwnedEntry(
        a.id(),
        a.name(),
        OwnerUpdate.of(AssetForm.of(a)),
        a.version(),
        a.lastVerifiedOn(),
        a.lastVerifiedBy(),
        a.verificationDue(LocalDate.now(clock)),
        a.updatedBy());
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

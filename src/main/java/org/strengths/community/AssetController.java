package org.strengths.community;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;
import org.strengths.platform.PreservedForm;
import org.strengths.platform.web.NotFoundException;

/**
 * An asset's page, adding and editing assets, marking them verified, and the list of entries that
 * need checking. Changes are audited (section "community-asset"); an individual's gift is personal
 * data, so viewing one is audited too and analysts never see gifts.
 */
@Controller
class AssetController {

  static final String SECTION = "community-asset";

  private final AssetStore store;
  private final Postcodes postcodes;
  private final Taxonomies taxonomies;
  private final AuditLog audit;
  private final Clock clock;
  private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

  AssetController(
      AssetStore store,
      Postcodes postcodes,
      Taxonomies taxonomies,
      AuditLog audit,
      Clock clock,
      org.springframework.jdbc.core.simple.JdbcClient jdbc) {
    this.store = store;
    this.postcodes = postcodes;
    this.taxonomies = taxonomies;
    this.audit = audit;
    this.clock = clock;
    this.jdbc = jdbc;
  }

  @GetMapping("/community/assets/{id}")
  @PreAuthorize(CommunityRules.VIEW)
  String view(@PathVariable UUID id, @AuthenticationPrincipal StaffMember staff, Model model) {
    Asset asset = visible(id, staff);
    if (asset.isGift()) {
      audit.record(null, SECTION, "view", null, "gift " + asset.id());
    }
    model.addAttribute("asset", asset);
    model.addAttribute("due", asset.verificationDue(LocalDate.now(clock)));
    model.addAttribute("canEdit", CommunityRules.mayEdit(staff));
    return "community/asset";
  }

  @PostMapping("/community/assets/{id}/verify")
  @PreAuthorize(CommunityRules.EDIT)
  String verify(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "-1") int version,
      @AuthenticationPrincipal StaffMember staff,
      RedirectAttributes redirect) {
    Asset asset = visible(id, staff);
    boolean saved =
        store.markVerified(asset.id(), version, LocalDate.now(clock), staff.displayName());
    if (saved) {
      audit.record(null, SECTION, "verify", null, "asset " + asset.id());
    }
    redirect.addFlashAttribute(saved ? "verified" : "conflict", true);
    return "redirect:/community/assets/" + asset.id();
  }

  @GetMapping("/community/needs-checking")
  @PreAuthorize(CommunityRules.EDIT)
  String needsChecking(Model model) {
    model.addAttribute("assets", store.needingChecks(LocalDate.now(clock), null, 500));
    model.addAttribute("months", Verification.MONTHS);
    return "community/needs-checking";
  }

  @GetMapping("/community/assets/new")
  @PreAuthorize(CommunityRules.EDIT)
  String newForm(@ModelAttribute("form") AssetForm form, HttpServletRequest request, Model model) {
    if (!PreservedForm.wasRestored(request)) {
      form.setKind("ASSOCIATION");
      form.setCost("FREE");
      form.setHowToConnect("TURN_UP");
      form.setStatus("ACTIVE");
    }
    return form(model, null);
  }

  @PostMapping("/community/assets/new")
  @PreAuthorize(CommunityRules.EDIT)
  String create(
      @ModelAttribute("form") AssetForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model) {
    Postcodes.Point point = point(form);
    Map<String, String> errors = AssetRules.check(form, point != null);
    if (!errors.isEmpty()) {
      model.addAttribute("errors", errors);
      return form(model, null);
    }
    UUID id = UUID.randomUUID();
    Asset asset = asset(form, point, staff.displayName(), null, LocalDate.now(clock));
    store.insert(id, asset, staff.getUsername(), clock.instant(), null, null, null);
    audit.record(null, SECTION, "create", null, (asset.isGift() ? "gift " : "asset ") + id);
    return "redirect:/community/assets/" + id;
  }

  @GetMapping("/community/assets/{id}/edit")
  @PreAuthorize(CommunityRules.EDIT)
  String editForm(
      @PathVariable UUID id,
      @ModelAttribute("form") AssetForm form,
      @AuthenticationPrincipal StaffMember staff,
      HttpServletRequest request,
      Model model) {
    Asset asset = visible(id, staff);
    if (!PreservedForm.wasRestored(request)) {
      model.addAttribute("form", AssetForm.of(asset));
    }
    return form(model, asset);
  }

  @PostMapping("/community/assets/{id}/edit")
  @PreAuthorize(CommunityRules.EDIT)
  String save(
      @PathVariable UUID id,
      @ModelAttribute("form") AssetForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model) {
    Asset stored = visible(id, staff);
    Postcodes.Point point = point(form);
    Map<String, String> errors = AssetRules.check(form, point != null);
    if (!errors.isEmpty()) {
      model.addAttribute("errors", errors);
      return form(model, stored);
    }
    int version = form.getVersion() == null ? -1 : form.getVersion();
    Asset changed = asset(form, point, staff.displayName(), stored, LocalDate.now(clock));
    if (!store.update(stored.id(), version, changed, staff.getUsername(), clock.instant(), null)) {
      model.addAttribute("conflict", stored);
      form.setVersion(stored.version());
      return form(model, stored);
    }
    audit.record(
        null, SECTION, "change", null, (changed.isGift() ? "gift " : "asset ") + stored.id());
    return "redirect:/community/assets/" + stored.id();
  }

  private String form(Model model, Asset asset) {
    model.addAttribute("asset", asset);
    model.addAttribute("kinds", AssetKind.values());
    model.addAttribute("terms", taxonomies.allTerms());
    model.addAttribute("days", CommunitySearchController.DAYS);
    model.addAttribute("accessibility", CommunitySearchController.ACCESSIBILITY);
    model.addAttribute(
        "organisations",
        jdbc.sql("SELECT id, name, email, website FROM community_organisation ORDER BY name, id")
            .query(OrganisationSummary.class)
            .list());
    return "community/asset-form";
  }

  private Postcodes.Point point(AssetForm form) {
    return AssetRules.blank(form.getPostcode())
        ? null
        : postcodes.find(form.getPostcode()).orElse(null);
  }

  private Asset visible(UUID id, StaffMember staff) {
    Asset asset = store.find(id).orElse(null);
    if (asset == null || (asset.isGift() && !CommunityRules.maySeeGifts(staff))) {
      throw new NotFoundException();
    }
    return asset;
  }

  /** The asset a checked form describes; also used when an organisation updates its own entry. */
  static Asset asset(
      AssetForm f, Postcodes.Point point, String byName, Asset stored, LocalDate today) {
    Map<String, String> ignored = new java.util.HashMap<>();
    List<Asset.Session> sessions = new ArrayList<>();
    for (String day : f.getDays()) {
      sessions.add(
          new Asset.Session(
              null,
              day,
              AssetRules.time(f.getOpensAt(), "o", ignored),
              AssetRules.time(f.getClosesAt(), "c", ignored)));
    }
    UUID term = OrukApiController.uuid(f.getTermId());
    List<Asset.Term> terms =
        term == null ? List.of() : List.of(new Asset.Term(term, null, null, null, null));
    boolean gift = "GIFT".equals(f.getKind());
    LocalDate consentOn =
        gift
            ? (stored != null && stored.giftConsentOn() != null ? stored.giftConsentOn() : today)
            : null;
    String consentBy =
        gift
            ? (stored != null && stored.giftConsentBy() != null ? stored.giftConsentBy() : byName)
            : null;
    List<String> languages =
        AssetRules.blank(f.getLanguages())
            ? List.of()
            : Arrays.stream(f.getLanguages().split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    return new Asset(
        null,
        AssetKind.valueOf(f.getKind()),
        f.getName().strip(),
        AssetRules.clean(f.getDescription()),
        AssetRules.clean(f.getOffers()),
        OrukApiController.uuid(f.getOrganisationId()),
        null,
        AssetRules.age(f.getMinimumAge(), "a", ignored),
        AssetRules.age(f.getMaximumAge(), "b", ignored),
        languages,
        AssetRules.clean(f.getConditions()),
        f.getAccess().contains("step-free"),
        f.getAccess().contains("hearing-loop"),
        f.getAccess().contains("accessible-toilet"),
        f.getAccess().contains("bsl"),
        AssetRules.clean(f.getAccessibilityNotes()),
        f.getCost(),
        AssetRules.clean(f.getCostDetails()),
        AssetRules.clean(f.getScheduleNotes()),
        AssetRules.clean(f.getAddressLine1()),
        AssetRules.clean(f.getAddressLine2()),
        AssetRules.clean(f.getTown()),
        AssetRules.clean(f.getPostcode()) == null
            ? null
            : f.getPostcode().strip().toUpperCase(java.util.Locale.UK),
        point == null ? null : point.latitude(),
        point == null ? null : point.longitude(),
        AssetRules.clean(f.getContactName()),
        AssetRules.clean(f.getEmail()),
        AssetRules.clean(f.getPhone()),
        AssetRules.clean(f.getWebsite()),
        HowToConnect.valueOf(f.getHowToConnect()),
        f.getStatus(),
        stored == null ? today : stored.lastVerifiedOn(),
        stored == null ? byName : stored.lastVerifiedBy(),
        consentOn,
        consentBy,
        null,
        null,
        null,
        null,
        null,
        null,
        0,
        sessions,
        terms);
  }
}

package org.strengths.community;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.BiConsumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.strengths.access.StaffMember;
import org.strengths.platform.web.ListPage;

/**
 * "Find community support": free text with stemming and synonyms, filters, and distance from a
 * typed postcode. Every member of staff may search; analysts never see individuals' gifts.
 */
@Controller
class CommunitySearchController {

  static final int PAGE_SIZE = 20;
  static final List<String> ACCESSIBILITY =
      List.of("step-free", "hearing-loop", "accessible-toilet", "bsl");
  static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

  private final AssetSearch search;
  private final AssetStore store;
  private final Taxonomies taxonomies;
  private final Postcodes postcodes;

  CommunitySearchController(
      AssetSearch search, AssetStore store, Taxonomies taxonomies, Postcodes postcodes) {
    this.search = search;
    this.store = store;
    this.taxonomies = taxonomies;
    this.postcodes = postcodes;
  }

  /** What was typed into the search form, all optional. */
  record SearchForm(
      String q,
      String postcode,
      String distance,
      List<String> kind,
      String term,
      String cost,
      String day,
      String time,
      List<String> access,
      String age,
      String page) {}

  /** A found asset as listed: the asset and how far away it is, if known. */
  record Found(Asset asset, String distance) {}

  @GetMapping("/community")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER','ANALYST','ADMIN')")
  String search(SearchForm form, @AuthenticationPrincipal StaffMember staff, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("kinds", AssetKind.values());
    model.addAttribute("terms", taxonomies.allTerms());
    model.addAttribute("accessibility", ACCESSIBILITY);
    model.addAttribute("days", DAYS);
    model.addAttribute("canEdit", CommunityRules.mayEdit(staff));
    model.addAttribute("canRecordGap", CommunityRules.mayRecordGaps(staff));
    if (!searched(form)) {
      return "community/search";
    }
    Map<String, String> errors = new LinkedHashMap<>();
    AssetQuery query = query(form, staff, errors);
    if (!errors.isEmpty()) {
      model.addAttribute("errors", errors);
      return "community/search";
    }
    AssetSearch.Results results = resultsPage(query, form.page());
    List<Asset> assets = store.findAll(results.hits().stream().map(AssetSearch.Hit::id).toList());
    model.addAttribute(
        "found",
        java.util.stream.IntStream.range(0, assets.size())
            .mapToObj(
                i ->
                    new Found(
                        assets.get(i),
                        results.hits().get(i).metres() == null
                            ? null
                            : Distance.kilometres(results.hits().get(i).metres())))
            .toList());
    model.addAttribute("results", results);
    model.addAttribute("listPage", results.listPage());
    model.addAttribute("searchAddress", searchAddress(form));
    return "community/search";
  }

  /** The page of results asked for; beyond the end, the last page. */
  private AssetSearch.Results resultsPage(AssetQuery query, String page) {
    AssetSearch.Results results = search.search(query, ListPage.requested(page), PAGE_SIZE);
    int kept = results.listPage().page();
    return kept == results.page() ? results : search.search(query, kept, PAGE_SIZE);
  }

  /** The search's address without its page number, for the links to the other pages. */
  private static String searchAddress(SearchForm form) {
    StringJoiner query = new StringJoiner("&", "/community?", "");
    BiConsumer<String, String> add =
        (name, value) -> {
          if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
          }
        };
    add.accept("q", form.q());
    add.accept("postcode", form.postcode());
    add.accept("distance", form.distance());
    Optional.ofNullable(form.kind()).orElse(List.of()).forEach(kind -> add.accept("kind", kind));
    add.accept("term", form.term());
    add.accept("cost", form.cost());
    add.accept("day", form.day());
    add.accept("time", form.time());
    Optional.ofNullable(form.access())
        .orElse(List.of())
        .forEach(need -> add.accept("access", need));
    add.accept("age", form.age());
    return query.toString();
  }

  private static boolean searched(SearchForm form) {
    return form.q() != null
        || form.postcode() != null
        || form.kind() != null
        || form.term() != null;
  }

  private AssetQuery query(SearchForm form, StaffMember staff, Map<String, String> errors) {
    if (form.q() != null && form.q().length() > 200) {
      errors.put("q", "community.error.q.tooLong");
    }
    Postcodes.Point near = null;
    Double within = null;
    if (form.postcode() != null && !form.postcode().isBlank()) {
      near = postcodes.find(form.postcode()).orElse(null);
      if (near == null) {
        errors.put("postcode", "community.error.postcode.unknown");
      }
      within =
          switch (form.distance() == null ? "" : form.distance()) {
            case "1" -> 1_000.0;
            case "2" -> 2_000.0;
            case "5" -> 5_000.0;
            case "10" -> 10_000.0;
            default -> null;
          };
    }
    Set<AssetKind> kinds = EnumSet.noneOf(AssetKind.class);
    for (String kind : form.kind() == null ? List.<String>of() : form.kind()) {
      try {
        kinds.add(AssetKind.valueOf(kind));
      } catch (IllegalArgumentException unknown) {
        errors.put("kind", "community.error.kind.invalid");
      }
    }
    LocalTime time = null;
    if (form.time() != null && !form.time().isBlank()) {
      try {
        time =
            LocalTime.parse(
                form.time().strip().length() == 4
                    ? "0" + form.time().strip()
                    : form.time().strip());
      } catch (DateTimeParseException bad) {
        errors.put("time", "community.error.time.invalid");
      }
    }
    BigDecimal age = null;
    if (form.age() != null && !form.age().isBlank()) {
      try {
        age = new BigDecimal(form.age().strip());
        if (age.signum() < 0 || age.compareTo(BigDecimal.valueOf(130)) > 0) {
          errors.put("age", "community.error.age.invalid");
        }
      } catch (NumberFormatException bad) {
        errors.put("age", "community.error.age.invalid");
      }
    }
    String day = form.day() != null && DAYS.contains(form.day()) ? form.day() : null;
    String cost = "FREE".equals(form.cost()) || "PAID".equals(form.cost()) ? form.cost() : null;
    boolean published = !CommunityRules.maySeeGifts(staff);
    return new AssetQuery(
        form.q(),
        false,
        kinds,
        OrukApiController.uuid(form.term()),
        null,
        cost,
        age,
        null,
        null,
        day,
        null,
        null,
        time,
        form.access() == null ? Set.of() : new LinkedHashSet<>(form.access()),
        near,
        within,
        null,
        published,
        false,
        near != null && (form.q() == null || form.q().isBlank()),
        false);
  }
}

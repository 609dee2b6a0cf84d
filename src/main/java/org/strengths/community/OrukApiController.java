package org.strengths.community;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strengths.platform.web.Problems;

/**
 * The Open Referral UK 3.0 API: public and anonymous, as the standard requires, read-only, with no
 * personal data. Individuals' gifts are never published. Every handler is open to everyone ({@code
 * permitAll()}) on purpose; {@link OrukSecurity} gives the path its own stateless chain.
 */
@RestController
@RequestMapping(path = OrukApiController.BASE, produces = "application/json")
class OrukApiController {

  static final String BASE = "/oruk";
  static final int DEFAULT_PER_PAGE = 50;
  static final int MAX_PER_PAGE = 500;

  private static final Map<String, String> DAYS =
      Map.ofEntries(
          Map.entry("MONDAY", "MO"),
          Map.entry("TUESDAY", "TU"),
          Map.entry("WEDNESDAY", "WE"),
          Map.entry("THURSDAY", "TH"),
          Map.entry("FRIDAY", "FR"),
          Map.entry("SATURDAY", "SA"),
          Map.entry("SUNDAY", "SU"));

  private final AssetSearch search;
  private final AssetStore store;
  private final Taxonomies taxonomies;
  private final Postcodes postcodes;

  OrukApiController(
      AssetSearch search, AssetStore store, Taxonomies taxonomies, Postcodes postcodes) {
    this.search = search;
    this.store = store;
    this.taxonomies = taxonomies;
    this.postcodes = postcodes;
  }

  @GetMapping({"", "/"})
  @PreAuthorize("permitAll()")
  Oruk.Meta meta() {
    return new Oruk.Meta(Oruk.VERSION, Oruk.PROFILE, Oruk.OPENAPI);
  }

  @GetMapping("/services")
  @PreAuthorize("permitAll()")
  ResponseEntity<?> services(Filters filters, HttpServletRequest request) {
    return page(filters, request, false, Oruk::listService);
  }

  @GetMapping("/services/{id}")
  @PreAuthorize("permitAll()")
  ResponseEntity<?> service(@PathVariable UUID id, HttpServletRequest request) {
    return published(id, request, store::find, Oruk::fullService);
  }

  @GetMapping("/service_at_locations")
  @PreAuthorize("permitAll()")
  ResponseEntity<?> serviceAtLocations(Filters filters, HttpServletRequest request) {
    return page(filters, request, true, asset -> Oruk.serviceAtLocation(asset, false));
  }

  @GetMapping("/service_at_locations/{id}")
  @PreAuthorize("permitAll()")
  ResponseEntity<?> serviceAtLocation(@PathVariable UUID id, HttpServletRequest request) {
    return published(
        id,
        request,
        store::findByServiceAtLocation,
        asset -> Oruk.located(asset) ? Oruk.serviceAtLocation(asset, true) : null);
  }

  @GetMapping("/taxonomies")
  @PreAuthorize("permitAll()")
  ResponseEntity<?> taxonomies(
      @RequestParam(required = false) Integer page,
      @RequestParam(name = "per_page", required = false) Integer perPage,
      HttpServletRequest request) {
    Paging paging = Paging.of(page, perPage);
    if (paging == null) {
      return invalid(request, "page must be 1 or more and per_page between 1 and " + MAX_PER_PAGE);
    }
    List<Oruk.Taxonomy> contents =
        taxonomies.taxonomies(paging.page(), paging.perPage()).stream()
            .map(t -> new Oruk.Taxonomy(t.id(), t.name(), describe(t), t.uri(), t.version(), null))
            .toList();
    return ResponseEntity.ok(
        Oruk.Page.of(contents, taxonomies.countTaxonomies(), paging.page(), paging.perPage()));
  }

  @GetMapping("/taxonomies/{id}")
  @PreAuthorize("permitAll()")
  ResponseEntity<?> taxonomy(@PathVariable UUID id, HttpServletRequest request) {
    UUID uuid = id;
    var found = uuid == null ? null : taxonomies.taxonomy(uuid).orElse(null);
    if (found == null) {
      return notFound(request, "There is no taxonomy with this id.");
    }
    return ResponseEntity.ok(
        new Oruk.Taxonomy(
            found.id(),
            found.name(),
            describe(found),
            found.uri(),
            found.version(),
            taxonomies.termsOf(found.id())));
  }

  @GetMapping("/taxonomy_terms")
  @PreAuthorize("permitAll()")
  ResponseEntity<?> taxonomyTerms(
      @RequestParam(required = false) Integer page,
      @RequestParam(name = "per_page", required = false) Integer perPage,
      HttpServletRequest request) {
    Paging paging = Paging.of(page, perPage);
    if (paging == null) {
      return invalid(request, "page must be 1 or more and per_page between 1 and " + MAX_PER_PAGE);
    }
    return ResponseEntity.ok(
        Oruk.Page.of(
            taxonomies.terms(paging.page(), paging.perPage()),
            taxonomies.countTerms(),
            paging.page(),
            paging.perPage()));
  }

  @GetMapping("/taxonomy_terms/{id}")
  @PreAuthorize("permitAll()")
  ResponseEntity<?> taxonomyTerm(@PathVariable UUID id, HttpServletRequest request) {
    UUID uuid = id;
    var found = uuid == null ? null : taxonomies.term(uuid).orElse(null);
    return found == null
        ? notFound(request, "There is no taxonomy term with this id.")
        : ResponseEntity.ok(found);
  }

  /**
   * The query parameters of the list endpoints, as the ORUK OpenAPI names them. Bound as strings so
   * that a bad value gets a problem that names the parameter.
   */
  record Filters(
      String search,
      Integer page,
      Integer per_page,
      String taxonomy_term_id,
      String taxonomy_id,
      String minimum_age,
      String maximum_age,
      String start_time,
      String end_time,
      String day,
      String postcode,
      String proximity) {}

  record Paging(int page, int perPage) {
    static Paging of(Integer page, Integer perPage) {
      int p = page == null ? 1 : page;
      int size = perPage == null ? DEFAULT_PER_PAGE : perPage;
      return p < 1 || size < 1 || size > MAX_PER_PAGE ? null : new Paging(p, size);
    }
  }

  private ResponseEntity<?> page(
      Filters f, HttpServletRequest request, boolean located, Function<Asset, Object> shape) {
    Paging paging = Paging.of(f.page(), f.per_page());
    if (paging == null) {
      return invalid(request, "page must be 1 or more and per_page between 1 and " + MAX_PER_PAGE);
    }
    AssetQuery query;
    try {
      query = query(f, located);
    } catch (IllegalArgumentException bad) {
      return invalid(request, bad.getMessage());
    }
    if (query == null) {
      return ResponseEntity.ok(Oruk.Page.of(List.of(), 0, paging.page(), paging.perPage()));
    }
    AssetSearch.Results results = search.search(query, paging.page(), paging.perPage(), false);
    List<Object> contents =
        store.findAll(results.hits().stream().map(AssetSearch.Hit::id).toList()).stream()
            .map(shape)
            .toList();
    return ResponseEntity.ok(
        Oruk.Page.of(contents, results.total(), paging.page(), paging.perPage()));
  }

  /** The search, or {@code null} when it cannot match anything (an unknown postcode). */
  private AssetQuery query(Filters f, boolean located) {
    Postcodes.Point near = null;
    Double within = null;
    if (located && f.postcode() != null && !f.postcode().isBlank()) {
      near = postcodes.find(f.postcode()).orElse(null);
      if (near == null) {
        return null;
      }
      within = f.proximity() == null || f.proximity().isBlank() ? null : metres(f.proximity());
    }
    AssetQuery query =
        new AssetQuery(
            blankToNull(f.search()),
            false,
            java.util.Set.of(),
            optionalUuid(f.taxonomy_term_id(), "taxonomy_term_id"),
            optionalUuid(f.taxonomy_id(), "taxonomy_id"),
            null,
            null,
            number(f.minimum_age(), "minimum_age"),
            number(f.maximum_age(), "maximum_age"),
            day(f.day()),
            time(f.start_time(), "start_time"),
            time(f.end_time(), "end_time"),
            null,
            java.util.Set.of(),
            near,
            within,
            null,
            true,
            false,
            near != null,
            located);
    return query;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** An id filter that is not a UUID can match nothing here, but is not an error. */
  private static UUID optionalUuid(String value, String name) {
    if (blankToNull(value) == null) {
      return null;
    }
    UUID id = uuid(value.strip());
    if (id == null) {
      throw new IllegalArgumentException(name + " must be a UUID");
    }
    return id;
  }

  private static BigDecimal number(String value, String name) {
    if (blankToNull(value) == null) {
      return null;
    }
    try {
      return new BigDecimal(value.strip());
    } catch (NumberFormatException bad) {
      throw new IllegalArgumentException(name + " must be a number");
    }
  }

  private static double metres(String value) {
    try {
      double metres = Double.parseDouble(value.strip());
      if (metres <= 0 || metres > 1_000_000) {
        throw new IllegalArgumentException("proximity must be between 1 and 1000000 metres");
      }
      return metres;
    } catch (NumberFormatException bad) {
      throw new IllegalArgumentException("proximity must be a number of metres");
    }
  }

  private static LocalTime time(String value, String name) {
    if (blankToNull(value) == null) {
      return null;
    }
    try {
      return LocalTime.parse(value.strip());
    } catch (DateTimeParseException bad) {
      throw new IllegalArgumentException(name + " must be a time such as 09:30 or 09:30:00");
    }
  }

  /** "MO", "monday" or "Monday". */
  static String day(String value) {
    if (blankToNull(value) == null) {
      return null;
    }
    String upper = value.strip().toUpperCase(Locale.UK);
    if (DAYS.containsValue(upper)) {
      return upper;
    }
    String code = DAYS.get(upper);
    if (code == null) {
      throw new IllegalArgumentException("day must be a day of the week, such as MO or Monday");
    }
    return code;
  }

  private <T> ResponseEntity<?> published(
      UUID id,
      HttpServletRequest request,
      Function<UUID, java.util.Optional<Asset>> find,
      Function<Asset, T> shape) {
    Asset asset = find.apply(id).filter(a -> !a.isGift()).orElse(null);
    T body = asset == null ? null : shape.apply(asset);
    if (body == null) {
      return notFound(request, "There is nothing with this id.");
    }
    return ResponseEntity.ok(body);
  }

  private static String describe(Taxonomies.TaxonomyRow t) {
    return t.description() == null ? t.name() : t.description();
  }

  static UUID uuid(String value) {
    try {
      return value != null && value.length() == 36 ? UUID.fromString(value) : null;
    } catch (IllegalArgumentException notAUuid) {
      return null;
    }
  }

  private static ResponseEntity<ProblemDetail> notFound(HttpServletRequest request, String detail) {
    return problem(request, HttpStatus.NOT_FOUND, Problems.NOT_FOUND, detail);
  }

  private static ResponseEntity<ProblemDetail> invalid(HttpServletRequest request, String detail) {
    return problem(request, HttpStatus.BAD_REQUEST, Problems.VALIDATION, detail);
  }

  private static ResponseEntity<ProblemDetail> problem(
      HttpServletRequest request, HttpStatus status, String type, String detail) {
    ProblemDetail problem = Problems.detail(status, type, detail);
    problem.setInstance(URI.create(request.getRequestURI()));
    return Problems.response(problem);
  }
}

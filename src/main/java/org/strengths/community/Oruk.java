package org.strengths.community;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The Open Referral UK 3.0 shapes this API publishes, made from assets. Optional fields that are
 * empty are left out (not sent as null), as ORUK compliance asks. Ids of the parts an asset does
 * not store separately (address, cost option, contact, …) are derived from the asset's ids, so they
 * stay the same from one request to the next.
 */
final class Oruk {

  static final String VERSION = "3.0";
  static final String PROFILE = "https://openreferraluk.org/";
  static final String OPENAPI =
      "https://raw.githubusercontent.com/openreferral/uk-profile/main/openapi30.json";

  private Oruk() {}

  record Meta(String version, String profile, String openapi_url) {}

  /** The ORUK page wrapper; always sends every key, contents included when empty. */
  record Page<T>(
      long total_items,
      int total_pages,
      int page_number,
      int size,
      boolean first_page,
      boolean last_page,
      boolean empty,
      List<T> contents) {

    static <T> Page<T> of(List<T> contents, long total, int page, int perPage) {
      int pages = (int) ((total + perPage - 1) / perPage);
      return new Page<>(
          total,
          pages,
          page,
          contents.size(),
          page == 1,
          page >= pages,
          contents.isEmpty(),
          contents);
    }
  }

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Service(
      UUID id,
      UUID organizationId,
      String name,
      String description,
      String url,
      String email,
      String status,
      String fees,
      BigDecimal minimumAge,
      BigDecimal maximumAge,
      String assuredDate,
      String lastModified,
      List<Schedule> schedules,
      List<ServiceAtLocation> serviceAtLocations,
      List<Language> languages,
      Organization organization,
      List<CostOption> costOptions,
      List<Contact> contacts,
      List<Attribute> attributes) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Schedule(
      UUID id,
      UUID serviceId,
      String freq,
      String byday,
      String opensAt,
      String closesAt,
      String description) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record ServiceAtLocation(
      UUID id, UUID serviceId, UUID locationId, Location location, Service service) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Location(
      UUID id,
      String locationType,
      String name,
      Double latitude,
      Double longitude,
      List<Address> addresses,
      List<Accessibility> accessibility) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Address(
      UUID id,
      UUID locationId,
      @JsonProperty("address_1") String address1,
      @JsonProperty("address_2") String address2,
      String city,
      String stateProvince,
      String postalCode,
      String country,
      String addressType) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Accessibility(UUID id, UUID locationId, String description, String details) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Language(UUID id, UUID serviceId, String name) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Organization(UUID id, String name, String description, String email, String website) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record CostOption(UUID id, UUID serviceId, String option, String amountDescription) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Contact(UUID id, UUID serviceId, String name) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Attribute(
      UUID id, UUID linkId, UUID taxonomyTermId, String linkType, TaxonomyTerm taxonomyTerm) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record TaxonomyTerm(
      UUID id,
      String code,
      String name,
      String description,
      UUID parentId,
      String taxonomy,
      UUID taxonomyId,
      String termUri) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Taxonomy(
      UUID id,
      String name,
      String description,
      String uri,
      String version,
      List<TaxonomyTerm> taxonomyTerms) {}

  // ---- mapping from assets

  static String status(String ours) {
    return switch (ours) {
      case "PAUSED" -> "temporarily closed";
      case "CLOSED" -> "defunct";
      default -> "active";
    };
  }

  static Service fullService(Asset a) {
    return service(a, true);
  }

  static Service listService(Asset a) {
    return service(a, false);
  }

  private static Service service(Asset a, boolean full) {
    UUID id = a.id();
    return new Service(
        id,
        a.organisationId(),
        a.name(),
        description(a),
        a.website(),
        a.email(),
        status(a.status()),
        fees(a),
        AssetStore.age(a.minimumAge()),
        AssetStore.age(a.maximumAge()),
        a.lastVerifiedOn() == null ? null : a.lastVerifiedOn().toString(),
        DateTimeFormatter.ISO_INSTANT.format(a.updatedAt()),
        full ? schedules(a) : null,
        full && located(a)
            ? List.of(
                new ServiceAtLocation(
                    a.serviceAtLocationId(), id, a.locationId(), location(a, true), null))
            : null,
        full
            ? a.languages().stream()
                .map(l -> new Language(derived(id, "language:" + l), id, l))
                .toList()
            : null,
        organization(a),
        full ? costOptions(a) : null,
        full && a.contactName() != null
            ? List.of(new Contact(derived(id, "contact"), id, a.contactName()))
            : null,
        full ? attributes(a) : null);
  }

  static ServiceAtLocation serviceAtLocation(Asset a, boolean full) {
    Service service = full ? withoutLocations(fullService(a)) : listService(a);
    return new ServiceAtLocation(
        a.serviceAtLocationId(), a.id(), a.locationId(), location(a, full), service);
  }

  private static Service withoutLocations(Service s) {
    return new Service(
        s.id(),
        s.organizationId(),
        s.name(),
        s.description(),
        s.url(),
        s.email(),
        s.status(),
        s.fees(),
        s.minimumAge(),
        s.maximumAge(),
        s.assuredDate(),
        s.lastModified(),
        s.schedules(),
        null,
        s.languages(),
        s.organization(),
        s.costOptions(),
        s.contacts(),
        s.attributes());
  }

  static boolean located(Asset a) {
    return a.latitude() != null;
  }

  private static String description(Asset a) {
    if (a.offers() == null) {
      return a.description();
    }
    return a.description() == null ? a.offers() : a.description() + "\n\n" + a.offers();
  }

  private static String fees(Asset a) {
    String cost = "PAID".equals(a.cost()) ? "Paid" : "Free";
    return a.costDetails() == null ? cost : cost + ": " + a.costDetails();
  }

  private static List<Schedule> schedules(Asset a) {
    return a.sessions().stream()
        .map(
            s ->
                new Schedule(
                    s.id(), a.id(), "WEEKLY", s.day(), time(s.opensAt()), time(s.closesAt()), null))
        .toList();
  }

  private static String time(LocalTime time) {
    return time == null ? null : time.format(DateTimeFormatter.ofPattern("HH:mm:ss"));
  }

  private static Location location(Asset a, boolean full) {
    UUID locationId = a.locationId();
    List<Address> addresses = null;
    List<Accessibility> accessibility = null;
    if (full && a.addressLine1() != null && a.postcode() != null) {
      addresses =
          List.of(
              new Address(
                  derived(locationId, "address"),
                  locationId,
                  a.addressLine1(),
                  a.addressLine2(),
                  a.town() == null ? "" : a.town(),
                  "England",
                  a.postcode(),
                  "GB",
                  "physical"));
    }
    if (full) {
      String described = accessibilityDescription(a);
      if (described != null) {
        accessibility =
            List.of(
                new Accessibility(
                    derived(locationId, "accessibility"),
                    locationId,
                    described,
                    a.accessibilityNotes()));
      }
    }
    return new Location(
        locationId, "physical", a.name(), a.latitude(), a.longitude(), addresses, accessibility);
  }

  private static String accessibilityDescription(Asset a) {
    List<String> features = new ArrayList<>();
    if (a.stepFree()) {
      features.add("Step-free access");
    }
    if (a.hearingLoop()) {
      features.add("Hearing loop");
    }
    if (a.accessibleToilet()) {
      features.add("Accessible toilet");
    }
    if (a.bsl()) {
      features.add("British Sign Language");
    }
    if (features.isEmpty()) {
      return a.accessibilityNotes();
    }
    return String.join(", ", features);
  }

  private static Organization organization(Asset a) {
    if (a.organisationId() == null) {
      return null;
    }
    return new Organization(
        a.organisationId(), a.organisationName(), a.organisationName(), null, null);
  }

  private static List<CostOption> costOptions(Asset a) {
    return List.of(
        new CostOption(
            derived(a.id(), "cost"),
            a.id(),
            "PAID".equals(a.cost()) ? "Paid" : "Free",
            a.costDetails()));
  }

  private static List<Attribute> attributes(Asset a) {
    return a.terms().stream()
        .map(
            t ->
                new Attribute(
                    derived(a.id(), "term:" + t.id()), a.id(), t.id(), "service", term(t)))
        .toList();
  }

  static TaxonomyTerm term(Asset.Term t) {
    return new TaxonomyTerm(
        t.id(),
        null,
        t.name(),
        t.description() == null ? t.name() : t.description(),
        null,
        t.taxonomyName(),
        t.taxonomyId(),
        null);
  }

  static UUID derived(UUID from, String part) {
    return UUID.nameUUIDFromBytes((from + ":" + part).getBytes(StandardCharsets.UTF_8));
  }
}

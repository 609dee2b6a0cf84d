package org.strengths.community;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports an Open Referral UK 3.0 feed: a page of services ({@code contents}), an array of
 * services, one service, an organisation with its {@code services}, or a service-at-location.
 *
 * <ul>
 *   <li>Each service is checked on its own; one that fails is reported with its position, id and
 *       the reason, and the rest still import (each service is its own transaction).
 *   <li>Provenance is kept: the feed and the service's original id. A re-import finds the same
 *       record by that id and updates it; a service that has not changed is left alone, so
 *       importing twice changes nothing.
 *   <li>Nothing existing is lost: records missing from a feed stay, fields the feed leaves empty
 *       keep what we had, and what only we record (kind, how to connect, last verified) is kept.
 * </ul>
 */
@Service
class OrukImport {

  static final int MAX_PAGES = 1_000;
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Set<String> STATUSES =
      Set.of("active", "inactive", "defunct", "temporarily closed");

  record Problem(int position, String id, String reason) {
    @Override
    public String toString() {
      return "Record " + position + (id == null ? "" : " (id " + id + ")") + ": " + reason;
    }
  }

  record Report(
      int created, int updated, int unchanged, List<Problem> failed, List<Problem> warnings) {
    int total() {
      return created + updated + unchanged + failed.size();
    }
  }

  private final JdbcClient jdbc;
  private final AssetStore store;
  private final Postcodes postcodes;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final JsonMapper json = JsonMapper.builder().build();

  OrukImport(
      JdbcClient jdbc,
      AssetStore store,
      Postcodes postcodes,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.jdbc = jdbc;
    this.store = store;
    this.postcodes = postcodes;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /** A file's text (or a URL's body) that has already been read. */
  Report importText(String source, String text, String by) {
    JsonNode root;
    try {
      root = json.readTree(text);
    } catch (RuntimeException notJson) {
      return new Report(
          0, 0, 0, List.of(new Problem(0, null, "The feed is not valid JSON.")), List.of());
    }
    return importServices(source, services(root), by);
  }

  /** Fetches a URL, following the ORUK page wrapper through all its pages. */
  Report importUrl(String url, String by) throws IOException, InterruptedException {
    HttpClient client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(20))
            .build();
    List<JsonNode> all = new ArrayList<>();
    String next = url;
    for (int page = 1; next != null && page <= MAX_PAGES; page++) {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(URI.create(next))
                  .timeout(Duration.ofSeconds(60))
                  .header("Accept", "application/json")
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() != 200) {
        throw new IOException("The feed answered HTTP " + response.statusCode() + " for " + next);
      }
      JsonNode root = json.readTree(response.body());
      all.addAll(services(root));
      boolean more =
          root.has("contents") && root.has("last_page") && !root.get("last_page").asBoolean();
      next = more ? withPage(url, page + 1) : null;
    }
    return importServices(url, all, by);
  }

  static String withPage(String url, int page) {
    String without = url.replaceAll("([?&])page=\\d+&?", "$1").replaceAll("[?&]$", "");
    return without + (without.contains("?") ? "&" : "?") + "page=" + page;
  }

  /** The services in a feed document, each with its organisation attached. */
  List<JsonNode> services(JsonNode root) {
    List<JsonNode> services = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(item -> services.add(asService(item)));
    } else if (root.has("contents") && root.get("contents").isArray()) {
      root.get("contents").forEach(item -> services.add(asService(item)));
    } else if (root.has("services") && root.get("services").isArray()) {
      tools.jackson.databind.node.ObjectNode organisation =
          (tools.jackson.databind.node.ObjectNode) root.deepCopy();
      organisation.remove("services");
      for (JsonNode service : root.get("services")) {
        tools.jackson.databind.node.ObjectNode copy =
            (tools.jackson.databind.node.ObjectNode) service.deepCopy();
        copy.set("organization", organisation);
        services.add(copy);
      }
    } else {
      services.add(asService(root));
    }
    return services;
  }

  /** A service-at-location becomes its service, with the location attached. */
  private JsonNode asService(JsonNode item) {
    if (!(item.has("service") && item.has("location") && !item.has("status"))) {
      return item;
    }
    tools.jackson.databind.node.ObjectNode service =
        (tools.jackson.databind.node.ObjectNode) item.get("service").deepCopy();
    tools.jackson.databind.node.ObjectNode at =
        (tools.jackson.databind.node.ObjectNode) item.deepCopy();
    at.remove("service");
    service.set("service_at_locations", json.createArrayNode().add(at));
    return service;
  }

  Report importServices(String source, List<JsonNode> services, String by) {
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    List<Problem> failed = new ArrayList<>();
    List<Problem> warnings = new ArrayList<>();
    Map<String, UUID> organisations = new HashMap<>();
    int position = 0;
    for (JsonNode service : services) {
      position++;
      String id = text(service, "id");
      List<String> notes = new ArrayList<>();
      Mapped mapped;
      try {
        mapped = map(service, notes);
      } catch (IllegalArgumentException invalid) {
        failed.add(new Problem(position, id, invalid.getMessage()));
        continue;
      }
      try {
        Outcome outcome = transaction.execute(status -> save(source, mapped, organisations, by));
        switch (outcome) {
          case CREATED -> created++;
          case UPDATED -> updated++;
          default -> unchanged++;
        }
        int at = position;
        notes.forEach(note -> warnings.add(new Problem(at, id, note)));
      } catch (RuntimeException refused) {
        failed.add(new Problem(position, id, "could not be saved: " + reason(refused)));
      }
    }
    return new Report(created, updated, unchanged, failed, warnings);
  }

  private static String reason(RuntimeException error) {
    Throwable cause = error;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    return message == null
        ? error.getClass().getSimpleName()
        : message.lines().findFirst().orElse("");
  }

  enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  /** A service as we store it, with what it needs saved first. */
  record Mapped(
      String sourceId, String hash, Asset asset, JsonNode organisation, List<JsonNode> terms) {}

  /** Checks and maps one service; refuses it, with the reason, if it cannot be imported. */
  Mapped map(JsonNode s, List<String> notes) {
    String id = text(s, "id");
    if (id == null) {
      throw new IllegalArgumentException("id is missing");
    }
    if (id.length() > 200) {
      throw new IllegalArgumentException("id is longer than 200 characters");
    }
    String name = text(s, "name");
    if (name == null) {
      throw new IllegalArgumentException("name is missing");
    }
    String status = text(s, "status");
    if (status == null) {
      throw new IllegalArgumentException("status is missing");
    }
    if (!STATUSES.contains(status.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException(
          "status \"" + status + "\" is not one of active, inactive, defunct, temporarily closed");
    }
    BigDecimal minimum = age(s, "minimum_age");
    BigDecimal maximum = age(s, "maximum_age");
    if (minimum != null && maximum != null && minimum.compareTo(maximum) > 0) {
      throw new IllegalArgumentException("minimum_age is more than maximum_age");
    }
    String email = text(s, "email");
    if (email != null && !EMAIL.matcher(email).matches()) {
      throw new IllegalArgumentException("email \"" + email + "\" is not an email address");
    }
    List<Asset.Session> sessions = sessions(s.path("schedules"));
    JsonNode location = s.path("service_at_locations").path(0).path("location");
    Double latitude = coordinate(location, "latitude", 90, notes);
    Double longitude = coordinate(location, "longitude", 180, notes);
    if (latitude == null || longitude == null) {
      latitude = null;
      longitude = null;
    }
    JsonNode address = location.path("addresses").path(0);
    String postcode = text(address, "postal_code");
    if (latitude == null && postcode != null) {
      var point = postcodes.find(postcode).orElse(null);
      if (point != null) {
        latitude = point.latitude();
        longitude = point.longitude();
      }
    }
    String accessibility = accessibility(location.path("accessibility"));
    String lowerAccess = accessibility == null ? "" : accessibility.toLowerCase(Locale.UK);
    String fees = text(s, "fees");
    boolean paid = false;
    for (JsonNode option : s.path("cost_options")) {
      paid |= option.path("amount").asDouble(0) > 0;
    }
    List<String> languages = new ArrayList<>();
    for (JsonNode language : s.path("languages")) {
      String languageName = text(language, "name");
      if (languageName != null) {
        languages.add(languageName);
      }
    }
    List<JsonNode> terms = new ArrayList<>();
    for (JsonNode attribute : s.path("attributes")) {
      JsonNode term = attribute.path("taxonomy_term");
      if (text(term, "id") != null && text(term, "name") != null) {
        terms.add(term);
      }
    }
    Asset asset =
        new Asset(
            null,
            AssetKind.SERVICE,
            limit(name, 200),
            text(s, "description"),
            null,
            null,
            null,
            minimum,
            maximum,
            languages,
            null,
            lowerAccess.contains("step-free")
                || lowerAccess.contains("step free")
                || lowerAccess.contains("wheelchair"),
            lowerAccess.contains("loop"),
            lowerAccess.contains("toilet"),
            lowerAccess.contains("bsl") || lowerAccess.contains("sign language"),
            accessibility,
            paid || (fees != null && !fees.toLowerCase(Locale.UK).startsWith("free"))
                ? "PAID"
                : "FREE",
            fees,
            null,
            text(address, "address_1"),
            text(address, "address_2"),
            text(address, "city"),
            postcode,
            latitude,
            longitude,
            text(s.path("contacts").path(0), "name"),
            email,
            null,
            text(s, "url"),
            HowToConnect.TURN_UP,
            switch (status.toLowerCase(Locale.ROOT)) {
              case "active" -> "ACTIVE";
              case "defunct" -> "CLOSED";
              default -> "PAUSED";
            },
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            id,
            null,
            null,
            0,
            sessions,
            List.of());
    JsonNode organisation = s.has("organization") ? s.get("organization") : null;
    return new Mapped(id, hash(s), asset, organisation, terms);
  }

  private Outcome save(String source, Mapped mapped, Map<String, UUID> organisations, String by) {
    UUID organisationId = organisation(source, mapped.organisation(), organisations, by);
    List<Asset.Term> terms = mapped.terms().stream().map(t -> term(source, t)).toList();
    Asset feed = withLinks(mapped.asset(), organisationId, terms);
    var existingId =
        jdbc.sql("SELECT id FROM community_asset WHERE source_id = ?")
            .param(mapped.sourceId())
            .query(UUID.class)
            .optional();
    if (existingId.isEmpty()) {
      UUID id = OrukApiController.uuid(mapped.sourceId());
      if (id == null || store.find(id).isPresent()) {
        id = UUID.randomUUID();
      }
      store.insert(id, feed, by, clock.instant(), source, mapped.sourceId(), mapped.hash());
      return Outcome.CREATED;
    }
    Asset existing = store.find(existingId.get()).orElseThrow();
    String storedHash =
        jdbc.sql("SELECT source_hash FROM community_asset WHERE id = ?")
            .param(existing.id())
            .query(String.class)
            .optional()
            .orElse(null);
    if (mapped.hash().equals(storedHash)) {
      return Outcome.UNCHANGED;
    }
    Asset merged = merge(existing, feed);
    if (!store.update(
        existing.id(), existing.version(), merged, by, clock.instant(), mapped.hash())) {
      throw new IllegalStateException("someone changed the record at the same time");
    }
    jdbc.sql("UPDATE community_asset SET source = ? WHERE id = ?")
        .params(source, existing.id())
        .update();
    return Outcome.UPDATED;
  }

  private static Asset withLinks(Asset a, UUID organisationId, List<Asset.Term> terms) {
    return new Asset(
        a.id(),
        a.kind(),
        a.name(),
        a.description(),
        a.offers(),
        organisationId,
        null,
        a.minimumAge(),
        a.maximumAge(),
        a.languages(),
        a.conditions(),
        a.stepFree(),
        a.hearingLoop(),
        a.accessibleToilet(),
        a.bsl(),
        a.accessibilityNotes(),
        a.cost(),
        a.costDetails(),
        a.scheduleNotes(),
        a.addressLine1(),
        a.addressLine2(),
        a.town(),
        a.postcode(),
        a.latitude(),
        a.longitude(),
        a.contactName(),
        a.email(),
        a.phone(),
        a.website(),
        a.howToConnect(),
        a.status(),
        a.lastVerifiedOn(),
        a.lastVerifiedBy(),
        a.giftConsentOn(),
        a.giftConsentBy(),
        a.locationId(),
        a.serviceAtLocationId(),
        a.source(),
        a.sourceId(),
        a.updatedAt(),
        a.updatedBy(),
        a.version(),
        a.sessions(),
        terms);
  }

  /** The feed's values, keeping ours wherever the feed has nothing, and what only we record. */
  static Asset merge(Asset ours, Asset feed) {
    Set<Asset.Term> terms = new LinkedHashSet<>(ours.terms());
    terms.addAll(feed.terms());
    List<String> languages = feed.languages().isEmpty() ? ours.languages() : feed.languages();
    return new Asset(
        ours.id(),
        ours.kind(),
        feed.name(),
        or(feed.description(), ours.description()),
        ours.offers(),
        feed.organisationId() == null ? ours.organisationId() : feed.organisationId(),
        null,
        feed.minimumAge() == null ? ours.minimumAge() : feed.minimumAge(),
        feed.maximumAge() == null ? ours.maximumAge() : feed.maximumAge(),
        languages,
        ours.conditions(),
        feed.stepFree() || ours.stepFree(),
        feed.hearingLoop() || ours.hearingLoop(),
        feed.accessibleToilet() || ours.accessibleToilet(),
        feed.bsl() || ours.bsl(),
        or(feed.accessibilityNotes(), ours.accessibilityNotes()),
        feed.costDetails() == null ? ours.cost() : feed.cost(),
        or(feed.costDetails(), ours.costDetails()),
        ours.scheduleNotes(),
        or(feed.addressLine1(), ours.addressLine1()),
        or(feed.addressLine2(), ours.addressLine2()),
        or(feed.town(), ours.town()),
        or(feed.postcode(), ours.postcode()),
        feed.latitude() == null ? ours.latitude() : feed.latitude(),
        feed.latitude() == null ? ours.longitude() : feed.longitude(),
        or(feed.contactName(), ours.contactName()),
        or(feed.email(), ours.email()),
        ours.phone(),
        or(feed.website(), ours.website()),
        ours.howToConnect(),
        feed.status(),
        ours.lastVerifiedOn(),
        ours.lastVerifiedBy(),
        ours.giftConsentOn(),
        ours.giftConsentBy(),
        ours.locationId(),
        ours.serviceAtLocationId(),
        ours.source(),
        ours.sourceId(),
        ours.updatedAt(),
        ours.updatedBy(),
        ours.version(),
        feed.sessions().isEmpty() ? ours.sessions() : feed.sessions(),
        List.copyOf(terms));
  }

  private static String or(String preferred, String otherwise) {
    return preferred == null ? otherwise : preferred;
  }

  private UUID organisation(
      String source, JsonNode organisation, Map<String, UUID> seen, String by) {
    String sourceId = organisation == null ? null : text(organisation, "id");
    String name = organisation == null ? null : text(organisation, "name");
    if (sourceId == null || name == null) {
      return null;
    }
    UUID known = seen.get(sourceId);
    if (known != null) {
      return known;
    }
    String hash = hash(organisation);
    UUID candidate = OrukApiController.uuid(sourceId);
    if (candidate == null
        || jdbc.sql(
                "SELECT EXISTS (SELECT 1 FROM community_organisation WHERE id = ?"
                    + " AND source_id IS DISTINCT FROM ?)")
            .params(candidate, sourceId)
            .query(Boolean.class)
            .single()) {
      candidate = UUID.randomUUID();
    }
    var now = java.time.OffsetDateTime.now(clock);
    UUID id =
        jdbc.sql(
                """
                INSERT INTO community_organisation (id, name, description, email, website, source,
                  source_id, source_hash, created_at, created_by, updated_at, updated_by)
                VALUES (:id, :name, :description, :email, :website, :source, :sourceId, :hash,
                  :now, :by, :now, :by)
                ON CONFLICT (source_id) DO UPDATE SET name = excluded.name,
                  description = coalesce(excluded.description, community_organisation.description),
                  email = coalesce(excluded.email, community_organisation.email),
                  website = coalesce(excluded.website, community_organisation.website),
                  source_hash = excluded.source_hash, updated_at = excluded.updated_at,
                  updated_by = excluded.updated_by, version = community_organisation.version + 1
                  WHERE community_organisation.source_hash IS DISTINCT FROM excluded.source_hash
                RETURNING id
                """)
            .param("id", candidate)
            .param("name", limit(name, 200))
            .param("description", text(organisation, "description"))
            .param("email", text(organisation, "email"))
            .param("website", text(organisation, "website"))
            .param("source", source)
            .param("sourceId", sourceId)
            .param("hash", hash)
            .param("now", now)
            .param("by", by)
            .query(UUID.class)
            .optional()
            .orElseGet(
                () ->
                    jdbc.sql("SELECT id FROM community_organisation WHERE source_id = ?")
                        .param(sourceId)
                        .query(UUID.class)
                        .single());
    seen.put(sourceId, id);
    return id;
  }

  private Asset.Term term(String source, JsonNode term) {
    String sourceId = text(term, "id");
    String taxonomyName = text(term, "taxonomy");
    String taxonomySourceId =
        text(term, "taxonomy_id") != null
            ? text(term, "taxonomy_id")
            : taxonomyName == null ? null : "name:" + taxonomyName;
    UUID taxonomyId = null;
    if (taxonomySourceId != null) {
      UUID candidate = OrukApiController.uuid(taxonomySourceId);
      jdbc.sql(
              """
              INSERT INTO community_taxonomy (id, name, source, source_id) VALUES (?, ?, ?, ?)
              ON CONFLICT DO NOTHING
              """)
          .params(
              candidate == null ? UUID.randomUUID() : candidate,
              taxonomyName == null ? taxonomySourceId : taxonomyName,
              source,
              taxonomySourceId)
          .update();
      taxonomyId =
          jdbc.sql("SELECT id FROM community_taxonomy WHERE source_id = ?")
              .param(taxonomySourceId)
              .query(UUID.class)
              .optional()
              .orElse(null);
    }
    UUID candidate = OrukApiController.uuid(sourceId);
    jdbc.sql(
            """
            INSERT INTO community_taxonomy_term (id, taxonomy_id, name, description, parent_id,
              term_uri, source, source_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (source_id) DO UPDATE SET name = excluded.name,
              description = coalesce(excluded.description, community_taxonomy_term.description)
            """)
        .params(
            candidate == null ? UUID.randomUUID() : candidate,
            taxonomyId,
            limit(text(term, "name"), 200),
            text(term, "description"),
            OrukApiController.uuid(text(term, "parent_id")),
            text(term, "term_uri"),
            source,
            sourceId)
        .update();
    return jdbc.sql(
            "SELECT t.id, t.name, t.description, t.taxonomy_id, x.name AS taxonomy_name"
                + " FROM community_taxonomy_term t LEFT JOIN community_taxonomy x"
                + " ON x.id = t.taxonomy_id WHERE t.source_id = ?")
        .param(sourceId)
        .query(Asset.Term.class)
        .single();
  }

  private static List<Asset.Session> sessions(JsonNode schedules) {
    List<Asset.Session> sessions = new ArrayList<>();
    for (JsonNode schedule : schedules) {
      String byday = text(schedule, "byday");
      if (byday == null) {
        continue;
      }
      LocalTime opens = time(schedule, "opens_at");
      LocalTime closes = time(schedule, "closes_at");
      for (String day : byday.split(",")) {
        String code = day.strip().toUpperCase(Locale.ROOT);
        // RRULE days may carry an ordinal ("1MO", "-1FR"): the weekly pattern is the day itself
        code = code.replaceAll("^[+-]?\\d+", "");
        if (!code.matches("MO|TU|WE|TH|FR|SA|SU")) {
          throw new IllegalArgumentException("schedule byday \"" + byday + "\" has an unknown day");
        }
        sessions.add(new Asset.Session(null, code, opens, closes));
      }
    }
    return sessions;
  }

  private static LocalTime time(JsonNode node, String field) {
    String value = text(node, field);
    if (value == null) {
      return null;
    }
    try {
      return LocalTime.parse(value.length() > 8 ? value.substring(0, 8) : value);
    } catch (DateTimeParseException bad) {
      throw new IllegalArgumentException(field + " \"" + value + "\" is not a time");
    }
  }

  private static String accessibility(JsonNode list) {
    List<String> parts = new ArrayList<>();
    for (JsonNode each : list) {
      String text = text(each, "description");
      if (text == null) {
        text = text(each, "accessibility");
      }
      if (text != null) {
        parts.add(text);
      }
      String details = text(each, "details");
      if (details != null) {
        parts.add(details);
      }
    }
    return parts.isEmpty() ? null : String.join(" ", parts);
  }

  private static BigDecimal age(JsonNode s, String field) {
    JsonNode value = s.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isNumber()) {
      throw new IllegalArgumentException(field + " is not a number");
    }
    BigDecimal age = value.decimalValue();
    if (age.signum() < 0 || age.compareTo(BigDecimal.valueOf(130)) > 0) {
      throw new IllegalArgumentException(field + " " + age + " is not an age between 0 and 130");
    }
    return age;
  }

  private static Double coordinate(JsonNode location, String field, int limit, List<String> notes) {
    JsonNode value = location.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isNumber() || Math.abs(value.asDouble()) > limit) {
      notes.add(field + " " + value + " is out of range: imported without coordinates");
      return null;
    }
    return value.asDouble();
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || value.isNull() || value.isContainer()) {
      return null;
    }
    String text = value.asString().strip();
    return text.isEmpty() ? null : text;
  }

  private static String limit(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length);
  }

  static String hash(JsonNode node) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(digest.digest(node.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}

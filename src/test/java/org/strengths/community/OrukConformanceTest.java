package org.strengths.community;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.testing.TestClock;

/**
 * Open Referral UK 3.0 conformance over real HTTP, anonymously: responses validate against the
 * compiled ORUK schemas (non-strictly: their extra keys are ignored), the page wrapper is complete
 * and consistent across all pages, each filter filters, empty optional fields are left out, CORS is
 * open, gifts are never published, and unknown ids get a 404 problem.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OrukConformanceTest {

  static final List<String> WRAPPER =
      List.of(
          "total_items",
          "total_pages",
          "page_number",
          "size",
          "first_page",
          "last_page",
          "empty",
          "contents");

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  final HttpClient http = HttpClient.newHttpClient();

  // ---------- schemas

  static JsonSchema schema(String name) {
    try (InputStream in = OrukConformanceTest.class.getResourceAsStream("/oruk/schema/" + name)) {
      return schema(JSON.readTree(in));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonSchema schema(JsonNode node) {
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node, config);
  }

  static JsonSchema termSchema() {
    try (InputStream in =
        OrukConformanceTest.class.getResourceAsStream("/oruk/schema/service.json")) {
      return schema(JSON.readTree(in).at("/properties/attributes/items/properties/taxonomy_term"));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static void assertValid(JsonSchema schema, JsonNode node) {
    Set<ValidationMessage> errors = schema.validate(node);
    assertThat(errors).as("schema errors for %s", node).isEmpty();
  }

  // ---------- HTTP

  record Answer(int status, JsonNode body, HttpResponse<String> raw) {}

  Answer get(String path) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Origin", "https://someone-else.example")
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    JsonNode body = response.body().isEmpty() ? null : JSON.readTree(response.body());
    return new Answer(response.statusCode(), body, response);
  }

  JsonNode ok(String path) throws Exception {
    Answer answer = get(path);
    assertThat(answer.status()).as(path).isEqualTo(200);
    assertThat(answer.raw().headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(answer.raw().headers().firstValue("Set-Cookie")).isEmpty();
    return answer.body();
  }

  /** Walks every page, checking the wrapper; returns every item in order. */
  List<JsonNode> walk(String path, int perPage) throws Exception {
    String join = path.contains("?") ? "&" : "?";
    List<JsonNode> items = new ArrayList<>();
    JsonNode first = ok(path + join + "per_page=" + perPage);
    long total = first.get("total_items").asLong();
    int pages = first.get("total_pages").asInt();
    assertThat(pages).isEqualTo((int) ((total + perPage - 1) / perPage));
    for (int page = 1; page <= Math.max(pages, 1); page++) {
      JsonNode body = ok(path + join + "per_page=" + perPage + "&page=" + page);
      List<String> keys = new ArrayList<>();
      body.fieldNames().forEachRemaining(keys::add);
      assertThat(keys).containsExactlyInAnyOrderElementsOf(WRAPPER);
      assertThat(body.get("total_items").asLong()).isEqualTo(total);
      assertThat(body.get("total_pages").asInt()).isEqualTo(pages);
      assertThat(body.get("page_number").asInt()).isEqualTo(page);
      assertThat(body.get("first_page").asBoolean()).isEqualTo(page == 1);
      assertThat(body.get("last_page").asBoolean()).isEqualTo(page >= pages);
      assertThat(body.get("size").asInt()).isEqualTo(body.get("contents").size());
      assertThat(body.get("empty").asBoolean()).isEqualTo(body.get("contents").isEmpty());
      body.get("contents").forEach(items::add);
    }
    assertThat(items).hasSize((int) total);
    assertThat(items.stream().map(i -> i.get("id").asText()).distinct()).hasSize(items.size());
    return items;
  }

  // ---------- data

  UUID asset(String kind, String name, String offers) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO community_asset (id, kind, name, offers, created_at, created_by,
              updated_at, updated_by, gift_consent_on, gift_consent_by)
            VALUES (?, ?, ?, ?, now(), 'test', now(), 'test', ?, ?)
            """)
        .params(
            id,
            kind,
            name,
            offers,
            kind.equals("GIFT") ? TestClock.today() : null,
            kind.equals("GIFT") ? "practitioner" : null)
        .update();
    return id;
  }

  void set(UUID id, String column, Object value) {
    jdbc.sql("UPDATE community_asset SET " + column + " = ? WHERE id = ?")
        .params(value, id)
        .update();
  }

  void session(UUID id, String day, LocalTime opens, LocalTime closes) {
    jdbc.sql(
            "INSERT INTO community_asset_schedule (asset_id, day, opens_at, closes_at)"
                + " VALUES (?, ?, ?, ?)")
        .params(id, day, opens, closes)
        .update();
  }

  static String word() {
    StringBuilder word = new StringBuilder("zq");
    for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
      word.append((char) ('a' + Character.digit(c, 16)));
    }
    return word.toString();
  }

  Set<String> ids(String path) throws Exception {
    Set<String> ids = new HashSet<>();
    ok(path).get("contents").forEach(item -> ids.add(item.get("id").asText()));
    return ids;
  }

  // ---------- tests

  @Test
  void theMetaInformationIsPublicWithOpenCors() throws Exception {
    JsonNode meta = ok("/oruk");
    assertThat(meta.get("version").asText()).isEqualTo("3.0");
    assertThat(meta.has("openapi_url")).isTrue();
  }

  @Test
  void everyServicesPageValidatesAndThePagesAddUpInAStableOrder() throws Exception {
    JsonSchema schema = schema("service_list.json");
    List<JsonNode> all = walk("/oruk/services", 37);
    all.forEach(item -> assertValid(schema, item));
    assertThat(all.size()).isGreaterThan(100);
    List<JsonNode> again = walk("/oruk/services", 37);
    assertThat(again.stream().map(i -> i.get("id").asText()).toList())
        .isEqualTo(all.stream().map(i -> i.get("id").asText()).toList());
    JsonNode beyond = ok("/oruk/services?per_page=37&page=100000");
    assertThat(beyond.get("empty").asBoolean()).isTrue();
    assertThat(beyond.get("contents").isArray()).isTrue();
  }

  @Test
  void everyServiceAtLocationPageAndDetailValidates() throws Exception {
    JsonSchema list = schema("service_at_location_list.json");
    JsonSchema full = schema("service_at_location.json");
    List<JsonNode> all = walk("/oruk/service_at_locations", 101);
    all.forEach(item -> assertValid(list, item));
    for (JsonNode item : all.subList(0, Math.min(15, all.size()))) {
      assertValid(full, ok("/oruk/service_at_locations/" + item.get("id").asText()));
    }
  }

  @Test
  void everyServiceDetailValidatesAgainstTheCompiledServiceSchema() throws Exception {
    JsonSchema schema = schema("service.json");
    List<JsonNode> page = new ArrayList<>();
    ok("/oruk/services?per_page=40").get("contents").forEach(page::add);
    for (JsonNode item : page) {
      JsonNode service = ok("/oruk/services/" + item.get("id").asText());
      assertValid(schema, service);
      assertNoEmptyValues(service);
    }
  }

  @Test
  void taxonomiesAndTermsPageAndValidate() throws Exception {
    JsonSchema term = termSchema();
    List<JsonNode> terms = walk("/oruk/taxonomy_terms", 5);
    assertThat(terms).isNotEmpty();
    terms.forEach(t -> assertValid(term, t));
    assertValid(term, ok("/oruk/taxonomy_terms/" + terms.get(0).get("id").asText()));
    List<JsonNode> taxonomies = walk("/oruk/taxonomies", 1);
    assertThat(taxonomies).isNotEmpty();
    JsonNode taxonomy = ok("/oruk/taxonomies/" + taxonomies.get(0).get("id").asText());
    assertThat(UUID.fromString(taxonomy.get("id").asText())).isNotNull();
    assertThat(taxonomy.get("name").asText()).isNotBlank();
    taxonomy.path("taxonomy_terms").forEach(t -> assertValid(term, t));
  }

  @Test
  void emptyOptionalFieldsAreLeftOut() throws Exception {
    UUID bare = asset("ASSOCIATION", "Bare " + word(), null);

    JsonNode service = ok("/oruk/services/" + bare);

    assertValid(schema("service.json"), service);
    assertNoEmptyValues(service);
    assertThat(service.has("description")).isFalse();
    assertThat(service.has("schedules")).isFalse();
    assertThat(service.has("service_at_locations")).isFalse();
    assertThat(service.has("organization")).isFalse();
  }

  static void assertNoEmptyValues(JsonNode node) {
    if (node.isObject()) {
      Iterator<String> names = node.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        JsonNode value = node.get(name);
        assertThat(value.isNull()).as("%s is null", name).isFalse();
        assertThat(value.isContainerNode() && value.isEmpty()).as("%s is empty", name).isFalse();
        assertThat(value.isTextual() && value.asText().isEmpty()).as("%s is \"\"", name).isFalse();
        assertNoEmptyValues(value);
      }
    } else if (node.isArray()) {
      node.forEach(OrukConformanceTest::assertNoEmptyValues);
    }
  }

  @Test
  void searchFindsByStemAndSynonym() throws Exception {
    String word = word();
    UUID walking = asset("ASSOCIATION", "Walkers " + word, "Rambling in the hills");
    UUID other = asset("ASSOCIATION", "Quiet group " + word, "Cards and chess");

    assertThat(ids("/oruk/services?search=" + word + "+walking"))
        .containsExactly(walking.toString());
    assertThat(ids("/oruk/services?search=" + word + "+walks")).containsExactly(walking.toString());
    assertThat(ids("/oruk/services?search=" + word)).contains(walking.toString(), other.toString());
  }

  @Test
  void theAgeFiltersFilter() throws Exception {
    String word = word();
    UUID young = asset("ASSOCIATION", "Young " + word, null);
    set(young, "minimum_age", new BigDecimal("16.5"));
    set(young, "maximum_age", new BigDecimal("25"));
    UUID older = asset("ASSOCIATION", "Older " + word, null);
    set(older, "minimum_age", new BigDecimal("60"));
    set(older, "maximum_age", new BigDecimal("120"));

    assertThat(ids("/oruk/services?search=" + word + "&minimum_age=50"))
        .containsExactly(older.toString());
    assertThat(ids("/oruk/services?search=" + word + "&maximum_age=30"))
        .containsExactly(young.toString());
    assertThat(ids("/oruk/services?search=" + word + "&minimum_age=16.5&maximum_age=25"))
        .containsExactly(young.toString());
  }

  @Test
  void theDayAndTimeFiltersFilter() throws Exception {
    String word = word();
    UUID monday = asset("ASSOCIATION", "Monday " + word, null);
    session(monday, "MO", LocalTime.of(10, 0), LocalTime.of(12, 0));
    UUID friday = asset("ASSOCIATION", "Friday " + word, null);
    session(friday, "FR", LocalTime.of(18, 0), LocalTime.of(20, 0));

    assertThat(ids("/oruk/services?search=" + word + "&day=MO")).containsExactly(monday.toString());
    assertThat(ids("/oruk/services?search=" + word + "&day=friday"))
        .containsExactly(friday.toString());
    assertThat(ids("/oruk/services?search=" + word + "&start_time=17:00"))
        .containsExactly(friday.toString());
    assertThat(ids("/oruk/services?search=" + word + "&end_time=13:00:00"))
        .containsExactly(monday.toString());
    assertThat(get("/oruk/services?day=someday").status()).isEqualTo(400);
  }

  @Test
  void theTaxonomyFiltersFilter() throws Exception {
    String word = word();
    UUID taxonomy = UUID.randomUUID();
    UUID term = UUID.randomUUID();
    jdbc.sql("INSERT INTO community_taxonomy (id, name) VALUES (?, ?)")
        .params(taxonomy, word)
        .update();
    jdbc.sql("INSERT INTO community_taxonomy_term (id, taxonomy_id, name) VALUES (?, ?, ?)")
        .params(term, taxonomy, "Term " + word)
        .update();
    UUID tagged = asset("ASSOCIATION", "Tagged " + word, null);
    asset("ASSOCIATION", "Untagged " + word, null);
    jdbc.sql("INSERT INTO community_asset_term (asset_id, term_id) VALUES (?, ?)")
        .params(tagged, term)
        .update();

    assertThat(ids("/oruk/services?taxonomy_term_id=" + term)).containsExactly(tagged.toString());
    assertThat(ids("/oruk/services?taxonomy_id=" + taxonomy)).containsExactly(tagged.toString());
    JsonNode service = ok("/oruk/services/" + tagged);
    assertThat(service.at("/attributes/0/taxonomy_term/id").asText()).isEqualTo(term.toString());
  }

  @Test
  void postcodeAndProximityFindWhatIsNearNearestFirst() throws Exception {
    String word = word();
    jdbc.sql(
            "INSERT INTO community_postcode VALUES ('ZZ991AA', 'ZZ99 1AA', 54.0, -2.0)"
                + " ON CONFLICT DO NOTHING")
        .update();
    UUID near = asset("ASSOCIATION", "Near " + word, null);
    set(near, "latitude", 54.009);
    set(near, "longitude", -2.0);
    UUID nearer = asset("ASSOCIATION", "Nearer " + word, null);
    set(nearer, "latitude", 54.001);
    set(nearer, "longitude", -2.0);
    UUID far = asset("ASSOCIATION", "Far " + word, null);
    set(far, "latitude", 54.08);
    set(far, "longitude", -2.0);

    JsonNode page =
        ok("/oruk/service_at_locations?search=" + word + "&postcode=zz99+1aa&proximity=5000");

    List<String> services = new ArrayList<>();
    page.get("contents").forEach(item -> services.add(item.get("service_id").asText()));
    assertThat(services).containsExactly(nearer.toString(), near.toString());
    assertThat(ids("/oruk/service_at_locations?search=" + word + "&postcode=ZZ991AA")).hasSize(3);
    assertThat(ok("/oruk/service_at_locations?postcode=ZZ99+9ZZ").get("total_items").asInt())
        .isZero();
  }

  @Test
  void individualsGiftsAreNeverPublished() throws Exception {
    String word = word();
    UUID gift = asset("GIFT", "Gift " + word, "Teaches guitar");
    set(gift, "latitude", 53.8);
    set(gift, "longitude", -1.5);

    assertThat(ok("/oruk/services?search=" + word).get("total_items").asInt()).isZero();
    assertThat(ok("/oruk/service_at_locations?search=" + word).get("total_items").asInt()).isZero();
    assertThat(get("/oruk/services/" + gift).status()).isEqualTo(404);
  }

  @Test
  void anUnknownIdIsA404Problem() throws Exception {
    for (String path :
        List.of(
            "/oruk/services/" + UUID.randomUUID(),
            "/oruk/services/not-an-id",
            "/oruk/service_at_locations/" + UUID.randomUUID(),
            "/oruk/taxonomies/" + UUID.randomUUID(),
            "/oruk/taxonomy_terms/" + UUID.randomUUID())) {
      Answer answer = get(path);
      assertThat(answer.status()).as(path).isEqualTo(404);
      assertThat(answer.raw().headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(answer.body().get("status").asInt()).isEqualTo(404);
      assertThat(answer.body().has("type")).isTrue();
    }
  }

  @Test
  void badParametersAreA400ProblemAndWritesAreRefused() throws Exception {
    assertThat(get("/oruk/services?minimum_age=old").status()).isEqualTo(400);
    assertThat(get("/oruk/services?per_page=0").status()).isEqualTo(400);
    assertThat(get("/oruk/services?taxonomy_term_id=x").status()).isEqualTo(400);
    HttpResponse<String> post =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oruk/services"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isIn(403, 405);
  }

  @Test
  void aCorsPreflightIsAnswered() throws Exception {
    HttpResponse<String> preflight =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oruk/services"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://someone-else.example")
                .header("Access-Control-Request-Method", "GET")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(preflight.statusCode()).isEqualTo(200);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
  }

  static OffsetDateTime now() {
    return TestClock.offsetNow();
  }
}

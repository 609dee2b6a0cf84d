package org.strengths.community;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Importing ORUK 3.0 feeds: the example files round-trip through the API, idempotently. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OrukImportTest {

  @LocalServerPort int port;
  @Autowired OrukImport importer;
  @Autowired JdbcClient jdbc;

  static String example(String name) throws Exception {
    try (InputStream in = OrukImportTest.class.getResourceAsStream("/oruk/examples/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  JsonNode api(String path) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return OrukConformanceTest.JSON.readTree(response.body());
  }

  @Test
  void theExampleFilesRoundTripThroughTheApiAndReimportingChangesNothing() throws Exception {
    for (String file :
        new String[] {
          "service_full.json",
          "service_list.json",
          "organization_full.json",
          "service_at_location_full.json",
          "service_at_location_list.json"
        }) {
      OrukImport.Report report = importer.importText(file, example(file), "test");
      assertThat(report.failed()).as(file).isEmpty();
    }
    JsonNode original = OrukConformanceTest.JSON.readTree(example("service_full.json"));

    JsonNode published = api("/oruk/services/" + original.get("id").asText());

    OrukConformanceTest.assertValid(OrukConformanceTest.schema("service.json"), published);
    for (String field : new String[] {"id", "name", "url", "email", "status"}) {
      assertThat(published.get(field).asText()).as(field).isEqualTo(original.get(field).asText());
    }
    assertThat(published.get("minimum_age").decimalValue())
        .isEqualByComparingTo(original.get("minimum_age").decimalValue());
    assertThat(published.get("maximum_age").decimalValue())
        .isEqualByComparingTo(original.get("maximum_age").decimalValue());
    assertThat(published.get("organization").get("id").asText())
        .isEqualTo(original.at("/organization/id").asText());
    assertThat(published.get("organization").get("name").asText())
        .isEqualTo(original.at("/organization/name").asText());
    assertThat(published.at("/attributes/0/taxonomy_term/id").asText())
        .isEqualTo(original.at("/attributes/0/taxonomy_term/id").asText());
    assertThat(published.get("schedules").findValuesAsText("byday")).contains("TH", "FR");
    assertThat(published.at("/schedules/0/opens_at").asText()).isEqualTo("10:00:00");
    assertThat(published.at("/contacts/0/name").asText()).isEqualTo("Ann Persona");
    assertThat(
            api("/oruk/taxonomy_terms/" + original.at("/attributes/0/taxonomy_term/id").asText())
                .get("name")
                .asText())
        .isEqualTo("name");

    importer.importText("again", example("service_full.json"), "test");
    int before = rows();
    OrukImport.Report again = importer.importText("again", example("service_full.json"), "test");
    assertThat(again.unchanged()).isEqualTo(1);
    assertThat(again.created() + again.updated()).isZero();
    assertThat(rows()).isEqualTo(before);
  }

  @Test
  void refusedRecordsAreReportedOneByOneAndTheRestImport() {
    String good = UUID.randomUUID().toString();
    String feed =
        """
        [
          {"id": "%s", "name": "Good service", "status": "active", "minimum_age": 18.5},
          {"id": "%s", "status": "active"},
          {"id": "%s", "name": "Bad status", "status": "open"},
          {"name": "No id", "status": "active"},
          {"id": "%s", "name": "Ages", "status": "active", "minimum_age": 60, "maximum_age": 20},
          {"id": "%s", "name": "Bad day", "status": "active", "schedules": [{"id": "x", "byday": "XX"}]}
        ]
        """
            .formatted(
                good, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

    OrukImport.Report report = importer.importText("test-feed", feed, "test");

    assertThat(report.created()).isEqualTo(1);
    assertThat(report.failed())
        .extracting(OrukImport.Problem::position, OrukImport.Problem::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "name is missing"),
            org.assertj.core.groups.Tuple.tuple(
                3, "status \"open\" is not one of active, inactive, defunct, temporarily closed"),
            org.assertj.core.groups.Tuple.tuple(4, "id is missing"),
            org.assertj.core.groups.Tuple.tuple(5, "minimum_age is more than maximum_age"),
            org.assertj.core.groups.Tuple.tuple(6, "schedule byday \"XX\" has an unknown day"));
  }

  @Test
  void aReimportUpdatesTheSameRecordAndKeepsWhatOnlyWeRecord() {
    String id = UUID.randomUUID().toString();
    importer.importText(
        "feed",
        """
        {"id": "%s", "name": "Lunch club", "status": "active", "description": "Hot lunches"}
        """
            .formatted(id),
        "test");
    jdbc.sql("UPDATE community_asset SET how_to_connect = 'REFERRAL' WHERE source_id = ?")
        .param(id)
        .update();

    OrukImport.Report report =
        importer.importText(
            "feed",
            "{\"id\": \"%s\", \"name\": \"Lunch club (new)\", \"status\": \"inactive\"}"
                .formatted(id),
            "test");

    assertThat(report.updated()).isEqualTo(1);
    var row =
        jdbc.sql(
                "SELECT name, description, status, how_to_connect FROM community_asset"
                    + " WHERE source_id = ?")
            .param(id)
            .query(
                (rs, n) ->
                    new String[] {
                      rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)
                    })
            .single();
    assertThat(row).containsExactly("Lunch club (new)", "Hot lunches", "PAUSED", "REFERRAL");
    assertThat(
            jdbc.sql("SELECT count(*) FROM community_asset WHERE source_id = ?")
                .param(id)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  int rows() {
    return jdbc.sql("SELECT count(*) FROM community_asset").query(Integer.class).single();
  }
}

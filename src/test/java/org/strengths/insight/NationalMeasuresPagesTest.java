package org.strengths.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.person.People;
import org.strengths.testing.RecordFixtures;
import org.strengths.testing.WebSession;

/**
 * The national measures over real HTTP and from the command line, from a commissioned support line
 * recorded in a plan (through the one path): a person of 91 with community support by direct
 * payment in 2031 is counted in LTS001a table 1b (every cell's arithmetic is in {@link
 * NationalMeasuresTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalMeasuresPagesTest {

  static final String PASSWORD = "strengths-demo";
  static final String PERIOD = "from=2031-04-01&to=2031-06-30";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired People people;
  @Autowired StaffAccounts accounts;
  @Autowired CldMeasuresCommand command;

  @BeforeAll
  void aPersonWithCommunitySupportByDirectPayment() {
    StaffMember worker = accounts.loadUserByUsername("practitioner");
    UUID person =
        people
            .create(
                RecordFixtures.allocated(
                    "Agnes",
                    "Measures" + UUID.randomUUID().toString().substring(0, 6),
                    LocalDate.of(1940, 1, 2),
                    worker.teamId(),
                    worker.id()),
                worker)
            .id();
    UUID plan = UUID.randomUUID();
    OffsetDateTime at = OffsetDateTime.of(2031, 1, 5, 9, 0, 0, 0, ZoneOffset.UTC);
    jdbc.sql(
            """
            INSERT INTO planning_plan (id, person_id, status, started_on, agreed_on,
              created_at, created_by, updated_at, updated_by)
            VALUES (:id, :person, 'AGREED', DATE '2031-01-05', DATE '2031-01-05',
              :at, 'test', :at, 'test')
            """)
        .param("id", plan)
        .param("person", person)
        .param("at", at)
        .update();
    jdbc.sql(
            """
            INSERT INTO planning_support_line (id, plan_id, person_id, kind, help, service_type,
              service_component, delivery_mechanism, unit_cost_pence, cost_frequency,
              planned_units_per_week, start_on, created_at, created_by, updated_at, updated_by)
            VALUES (:id, :plan, :person, 'COMMISSIONED', 'Help at home',
              'Long Term Support: Community', 'Home care', 'Direct Payment', 2000, 'Hourly', 5,
              DATE '2031-02-01', :at, 'test', :at, 'test')
            """)
        .param("id", UUID.randomUUID())
        .param("plan", plan)
        .param("person", person)
        .param("at", at)
        .update();
    // a carer whose support line pays her directly: a carer's event (LTS003, ASCOF 3D 1b/2b)
    UUID carer =
        people
            .create(
                RecordFixtures.allocated(
                    "Carla",
                    "Measures" + UUID.randomUUID().toString().substring(0, 6),
                    LocalDate.of(1970, 5, 2),
                    worker.teamId(),
                    worker.id()),
                worker)
            .id();
    UUID carerPlan = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO planning_plan (id, person_id, status, started_on, agreed_on,
              created_at, created_by, updated_at, updated_by)
            VALUES (:id, :person, 'AGREED', DATE '2031-01-05', DATE '2031-01-05',
              :at, 'test', :at, 'test')
            """)
        .param("id", carerPlan)
        .param("person", carer)
        .param("at", at)
        .update();
    jdbc.sql(
            """
            INSERT INTO planning_support_line (id, plan_id, person_id, kind, help, service_type,
              service_component, delivery_mechanism, unit_cost_pence, cost_frequency,
              planned_units_per_week, start_on, created_at, created_by, updated_at, updated_by)
            VALUES (:id, :plan, :person, 'COMMISSIONED', 'A break from caring',
              'Carer Support: Direct to Carer', 'Carer Support: Other', 'Direct Payment', 5000,
              'Weekly', 1, DATE '2031-03-01', :at, 'test', :at, 'test')
            """)
        .param("id", UUID.randomUUID())
        .param("plan", carerPlan)
        .param("person", carer)
        .param("at", at)
        .update();
  }

  @Test
  void theAnalystChoosesAPeriodAndSeesEachTableAsPublished() {
    WebSession analyst = WebSession.signedIn(port, "analyst", PASSWORD);
    analyst.get("/insight/measures");

    HttpResponse<String> chosen =
        analyst.post("/insight/measures", CldExtractPagesTest.period("1 4 2031", "30 6 2031"));
    assertThat(WebSession.location(chosen)).isEqualTo("/insight/measures?" + PERIOD);

    String page = analyst.get(WebSession.location(chosen)).body();
    assertThat(page)
        .contains("Measures for 1 April 2031 to 30 June 2031")
        .contains("id=\"table-STS001\"", "id=\"table-LTS001a-1b\"", "id=\"table-ASCOF-2E\"")
        .contains(
            "id=\"table-STS002a\"",
            "id=\"table-STS002b\"",
            "id=\"table-LTS001b-3a\"",
            "id=\"table-LTS001c-1b\"",
            "id=\"table-LTS004-2b\"",
            "id=\"table-ASCOF-2A\"",
            "id=\"table-LTS003\"",
            "id=\"table-ASCOF-3D-carers\"",
            "id=\"table-ASCOF-2B2C\"")
        // no population is configured in tests: the rate says so
        .contains("id=\"note-ASCOF-2B2C\"", "The population is not configured")
        .contains("not configured (no population set)")
        .contains(
            "<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">Community: Direct Payment</th>")
        .contains("href=\"/insight/measures/LTS001a-1b.csv?from=2031-04-01&amp;to=2031-06-30\"")
        .contains("Small numbers are not suppressed");
  }

  @Test
  void eachTableDownloadsAsOneRowPerCell() {
    WebSession analyst = WebSession.signedIn(port, "analyst", PASSWORD);

    HttpResponse<byte[]> csv = analyst.getBytes("/insight/measures/LTS001a-1b.csv?" + PERIOD);

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(new String(csv.body(), StandardCharsets.UTF_8))
        .startsWith("table,row,column,value\r\n")
        // other tests' open support lines may be counted too: at least Agnes
        .containsPattern("LTS001a-1b,Unknown,Community: Direct Payment,[1-9][0-9]*\r\n")
        .containsPattern("LTS001a-1b,Unknown,Total,[1-9][0-9]*\r\n");
    // Carla's support line reaches the carers' tables through the extract's own rows
    assertThat(
            new String(
                analyst.getBytes("/insight/measures/LTS003.csv?" + PERIOD).body(),
                StandardCharsets.UTF_8))
        .containsPattern("LTS003,Direct Payment only,26 to 64,[1-9][0-9]*\r\n");
    assertThat(
            new String(
                analyst.getBytes("/insight/measures/ASCOF-3D-carers.csv?" + PERIOD).body(),
                StandardCharsets.UTF_8))
        .containsPattern(
            "ASCOF-3D-carers,Part 2b numerator: direct payments,18 to 64,[1-9][0-9]*\r\n");
    assertThat(analyst.getBytes("/insight/measures/NOPE.csv?" + PERIOD).statusCode())
        .isEqualTo(404);
  }

  @Test
  void aPeriodEndingBeforeItStartsIsRefusedAndWhatWasTypedIsKept() {
    WebSession analyst = WebSession.signedIn(port, "analyst", PASSWORD);
    analyst.get("/insight/measures");

    HttpResponse<String> response =
        analyst.post("/insight/measures", CldExtractPagesTest.period("1 4 2031", "31 3 2031"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("There is a problem")
        .contains("The end of the period must be the same as or after the start")
        .contains("value=\"2031\"");
  }

  @Test
  void onlyTheAnalystRoleSeesTheMeasures() {
    WebSession practitioner = WebSession.signedIn(port, "practitioner", PASSWORD);

    assertThat(practitioner.get("/insight/measures").statusCode()).isEqualTo(403);
    assertThat(practitioner.getBytes("/insight/measures/STS001.csv?" + PERIOD).statusCode())
        .isEqualTo(403);
  }

  @Test
  void theCommandWritesOneCsvPerTable(@TempDir Path directory) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status =
        command.execute(
            new String[] {"--cld-measures=" + directory, "--from=2031-04-01", "--to=2031-06-30"},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            System.err);

    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("22 tables written", "STS001");
    assertThat(Files.readString(directory.resolve("LTS001a-1b.csv")))
        .containsPattern("LTS001a-1b,Unknown,Community: Direct Payment,[1-9][0-9]*\r\n");
    assertThat(Files.readString(directory.resolve("ASCOF-2E.csv")))
        .startsWith("table,row,column,value\r\n");
    assertThat(Files.exists(directory.resolve("STS001.csv"))).isTrue();
    assertThat(Files.exists(directory.resolve("LTS001a-1a.csv"))).isTrue();
    for (String table :
        List.of(
            "STS002a",
            "STS002b",
            "LTS001b-2",
            "LTS001c-1a",
            "LTS004-1",
            "ASCOF-2A",
            "ASCOF-3D",
            "LTS003",
            "ASCOF-3D-carers")) {
      assertThat(Files.readString(directory.resolve(table + ".csv")))
          .startsWith("table,row,column,value\r\n" + table + ",");
    }
  }
}

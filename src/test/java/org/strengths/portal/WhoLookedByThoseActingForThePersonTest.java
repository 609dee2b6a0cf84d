package org.strengths.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.access.Role;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.access.Teams;
import org.strengths.person.People;
import org.strengths.testing.PersonSignIns;
import org.strengths.testing.RecordFixtures;
import org.strengths.testing.WebSession;

/**
 * "Who has looked at my record" lists the looks of someone signed in to the person's pages for them
 * — their representative or their carer — by name and how they stand to the person, next to
 * staff's; the person's own visits are never listed back to them (docs/adr/0164).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhoLookedByThoseActingForThePersonTest {

  static final String PASSWORD = "strengths-demo";

  @LocalServerPort int port;
  @Autowired Teams teams;
  @Autowired StaffAccounts staff;
  @Autowired People people;
  @Autowired JdbcClient jdbc;

  String suffix;
  StaffMember worker;

  @BeforeAll
  void team() {
    suffix = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000));
    UUID team = teams.add("Who looked team " + suffix);
    staff.addDemoAccount("looked-worker" + suffix, "Asha Patel", Role.PRACTITIONER, team, null);
    worker = staff.loadUserByUsername("looked-worker" + suffix);
  }

  private WebSession practitioner() {
    return WebSession.signedIn(port, worker.getUsername(), PASSWORD);
  }

  private String unique(String name) {
    return name + suffix + "-" + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.com";
  }

  private WebSession signedIn(String contact) {
    WebSession session = new WebSession(port);
    assertThat(WebSession.location(PersonSignIns.signIn(session, jdbc, contact))).isEqualTo("/my/");
    return session;
  }

  private static int entries(String page) {
    return page.split("class=\"app-who-looked__entry", -1).length - 1;
  }

  @Test
  void thePersonSeesTheirAttorneysLooksByNameButNotTheirOwnVisits() {
    RecordFixtures.Person nadia = new RecordFixtures(jdbc, people).person("Nadia", worker);
    String nadias = unique("nadia");
    String alis = unique("ali");
    WebSession practitioner = practitioner();
    PersonSignIns.invite(practitioner, nadia.id(), nadias);
    practitioner.get("/people/" + nadia.id() + "/representatives");
    Map<String, String> attorney = new HashMap<>();
    attorney.put("name", "Ali Raza");
    attorney.put("authority", "LPA_HEALTH_WELFARE");
    attorney.put("reference", "7000-1234-5678");
    attorney.put("endsOnDay", "1");
    attorney.put("endsOnMonth", "6");
    attorney.put("endsOnYear", "2027");
    attorney.put("contact", alis);
    attorney.put("confirmed", "yes");
    assertThat(
            practitioner.post("/people/" + nadia.id() + "/representatives", attorney).statusCode())
        .isEqualTo(302);

    WebSession ali = signedIn(alis);
    assertThat(ali.get("/my/").statusCode()).isEqualTo(200);
    assertThat(ali.get("/my/own-words").statusCode()).isEqualTo(200);
    WebSession herself = signedIn(nadias);
    herself.get("/my/");
    herself.get("/my/network");
    HttpResponse<String> page = herself.get("/my/who-looked");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Ali Raza, your attorney, looked at your support page")
        .contains("Ali Raza, your attorney, looked at your own words")
        .contains("Your own visits to these pages are not shown either.")
        .contains("If someone acts for you, or you share things with your carer");
    long listed =
        jdbc.sql(
                """
                SELECT count(*) FROM audit_entry WHERE person_id = :p
                  AND ((staff_id IS NOT NULL AND role NOT IN ('PERSON', 'NONE'))
                    OR role IN ('REPRESENTATIVE', 'CARER'))
                  AND action <> 'sign-in'
                """)
            .param("p", nadia.id())
            .query(Long.class)
            .single();
    assertThat(entries(page.body()))
        .as("staff's and Ali's looks, and none of Nadia's own")
        .isEqualTo((int) listed);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE person_id = :p"
                        + " AND role = 'REPRESENTATIVE' AND action = 'sign-in'")
                .param("p", nadia.id())
                .query(Long.class)
                .single())
        .as("Ali's sign-in is audited in his name, but is not a look at her record")
        .isEqualTo(1);
    assertThat(page.body()).doesNotContain("Nadia looked", "the people in your life");

    HttpResponse<String> alisView = ali.get("/my/who-looked");
    assertThat(alisView.body())
        .as("the attorney sees the same list, with his own looks in it")
        .contains("Ali Raza, your attorney, looked at your own words");
  }

  @Test
  void thePersonSeesTheirCarersLooksAtWhatTheyShareWithThem() {
    RecordFixtures fixtures = new RecordFixtures(jdbc, people);
    RecordFixtures.Person kim = fixtures.person("Kim", worker);
    RecordFixtures.Person lea = fixtures.person("Lea", worker);
    UUID link = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO carer_link (id, carer_id, cared_for_id, relationship, consent_given,
              consent_date, consent_given_by, created_at, created_by, updated_at, updated_by)
            VALUES (:id, :carer, :caredFor, 'Daughter', true, DATE '2026-07-01', 'Lea', now(),
              'test', now(), 'test')
            """)
        .param("id", link)
        .param("carer", kim.id())
        .param("caredFor", lea.id())
        .update();
    WebSession practitioner = practitioner();
    String sharing = "/people/" + lea.id() + "/carers/" + link + "/sharing";
    practitioner.get(sharing);
    Map<String, String> form = new HashMap<>();
    form.put("scopes", "NEXT_REVIEW");
    form.put("givenBy", "Lea");
    form.put("givenOnDay", "10");
    form.put("givenOnMonth", "7");
    form.put("givenOnYear", "2026");
    assertThat(practitioner.post(sharing, form).statusCode()).isEqualTo(302);
    String kims = unique("kim");
    String leas = unique("lea");
    PersonSignIns.invite(practitioner, kim.id(), kims);
    PersonSignIns.invite(practitioner, lea.id(), leas);

    assertThat(signedIn(kims).get("/my/caring").body()).contains("About Lea");
    HttpResponse<String> page = signedIn(leas).get("/my/who-looked");

    assertThat(page.body())
        .contains(kim.displayName() + ", your carer, looked at what you share with them");
  }
}

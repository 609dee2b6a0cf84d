package org.strengths.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.testing.WebSession;

/**
 * The administrator's page for the postcode districts each team covers (docs/adr/0175), over real
 * HTTP: districts typed any way are kept upper case, a request made online then reaches the team;
 * bad districts, duplicates, another team's district and a change someone else made meanwhile are
 * refused with what was typed kept; only administrators; every change audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TeamDistrictsAdminTest {

  static final String PASSWORD = "strengths-demo";

  @LocalServerPort int port;
  @Autowired Teams teams;
  @Autowired JdbcClient jdbc;

  private static String unique() {
    return String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000));
  }

  /** A district no team covers yet: letters no UK postcode area uses, a number and a letter. */
  private String district() {
    while (true) {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      String district =
          "Q"
              + (char) ('A' + random.nextInt(26))
              + random.nextInt(10)
              + (char) ('A' + random.nextInt(26));
      if (teams.covering(district + "1AB").isEmpty()) {
        return district;
      }
    }
  }

  private WebSession admin() {
    return WebSession.signedIn(port, "admin", PASSWORD);
  }

  private static String path(UUID team) {
    return "/admin/teams/" + team + "/districts";
  }

  /** Opens the form and sends the districts with what the form showed. */
  private static HttpResponse<String> save(WebSession session, UUID team, String districts) {
    String form = session.get(path(team)).body();
    String seen = form.replaceAll("(?s).*name=\"seen\" value=\"([^\"]*)\".*", "$1");
    return session.post(path(team), Map.of("districts", districts, "seen", seen));
  }

  private long audited(String detailLike) {
    return jdbc.sql(
            "SELECT count(*) FROM audit_entry WHERE section = 'team-districts'"
                + " AND action = 'change' AND detail LIKE :d")
        .param("d", detailLike)
        .query(Long.class)
        .single();
  }

  @Test
  void anAdministratorSetsATeamsDistrictsAndARequestFromThereReachesTheTeam() {
    String name = "Districts team " + unique();
    UUID team = teams.add(name);
    WebSession admin = admin();
    assertThat(admin.get("/").body()).contains("href=\"/admin/teams\"");
    assertThat(admin.get("/admin/teams").body()).contains(name, "href=\"" + path(team) + "\"");

    String first = district();
    String second = district();
    HttpResponse<String> saved =
        save(admin, team, " " + first.toLowerCase() + ",\n" + second + " ");
    assertThat(saved.statusCode()).isEqualTo(302);
    assertThat(WebSession.location(saved)).isEqualTo("/admin/teams");
    assertThat(admin.get("/admin/teams").body())
        .contains("The team&#39;s postcode districts have been saved.", first, second);
    assertThat(teams.districts(team)).containsExactlyInAnyOrder(first, second);
    assertThat(teams.covering(first + " 1AB")).map(Teams.Team::id).contains(team);
    assertThat(audited(name + ": added %" + first + "%; removed none")).isEqualTo(1);

    assertThat(save(admin, team, second).statusCode()).isEqualTo(302);
    assertThat(teams.districts(team)).containsExactly(second);
    assertThat(teams.covering(first + " 1AB")).isEmpty();
    assertThat(audited(name + ": added none; removed " + first)).isEqualTo(1);
  }

  @Test
  void somethingThatIsNotADistrictIsRefusedShownAsTextWithWhatWasTypedKept() {
    UUID team = teams.add("Refusing team " + unique());
    WebSession admin = admin();
    String typed = "N1 <script>alert(1)</script>";
    HttpResponse<String> refused = save(admin, team, typed);
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("There is a problem", "href=\"#districts\"")
        .contains("is not a postcode district", "&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert(1)");
    assertThat(teams.districts(team)).isEmpty();

    assertThat(save(admin, team, "LS6 2AB").body()).contains("2AB");
    assertThat(save(admin, team, "ls6 LS6").body())
        .contains("LS6 is in the list twice. Enter each district once");
    assertThat(save(admin, team, "SW1A1AA").body()).contains("is not a postcode district");
    assertThat(teams.districts(team)).isEmpty();
  }

  @Test
  void aDistrictAnotherTeamCoversIsRefusedNamingThatTeam() {
    String otherName = "Covering team " + unique();
    UUID other = teams.add(otherName);
    UUID team = teams.add("Wanting team " + unique());
    String taken = district();
    teams.cover(other, List.of(taken));

    HttpResponse<String> refused = save(admin(), team, taken);
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains(taken + " is covered by " + otherName + ". Remove it from that team first");
    assertThat(teams.districts(team)).isEmpty();
    assertThat(teams.districts(other)).containsExactly(taken);
  }

  @Test
  void aChangeSomeoneElseMadeSinceThePageWasOpenedIsNotOverwritten() {
    UUID team = teams.add("Stale team " + unique());
    WebSession mine = admin();
    String form = mine.get(path(team)).body();
    assertThat(form).contains("name=\"seen\" value=\"\"");

    String theirs = district();
    assertThat(save(admin(), team, theirs).statusCode()).isEqualTo(302);

    HttpResponse<String> stale = mine.post(path(team), Map.of("districts", "QX1Q", "seen", ""));
    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.body())
        .contains("Someone changed this team&#39;s districts while you were editing")
        .contains("The team now covers: " + theirs, "QX1Q");
    assertThat(teams.districts(team)).containsExactly(theirs);
  }

  @Test
  void onlyAdministratorsSeeOrChangeTeamsDistricts() {
    UUID team = teams.add("Guarded team " + unique());
    for (String username : List.of("practitioner", "manager", "analyst")) {
      WebSession staff = WebSession.signedIn(port, username, PASSWORD);
      assertThat(staff.get("/admin/teams").statusCode()).as(username).isEqualTo(403);
      assertThat(staff.get(path(team)).statusCode()).as(username).isEqualTo(403);
      staff.get("/");
      assertThat(staff.post(path(team), Map.of("districts", "QX2Q", "seen", "")).statusCode())
          .as(username)
          .isEqualTo(403);
    }
    HttpResponse<String> anonymous = new WebSession(port).get("/admin/teams");
    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(teams.districts(team)).isEmpty();
    assertThat(admin().get("/admin/teams/" + UUID.randomUUID() + "/districts").statusCode())
        .isEqualTo(404);
  }
}

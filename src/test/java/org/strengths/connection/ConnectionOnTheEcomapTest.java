package org.strengths.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.access.StaffAccounts;
import org.strengths.community.CommunityAssets;
import org.strengths.network.NetworkMemberView;
import org.strengths.network.Networks;
import org.strengths.network.SupportDirection;
import org.strengths.network.TieKind;
import org.strengths.network.TieStrength;
import org.strengths.person.People;
import org.strengths.testing.TestClock;

/** A connection sent from a person's record puts the asset on their network, once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConnectionOnTheEcomapTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired People people;
  @Autowired StaffAccounts accounts;
  @Autowired PasswordEncoder passwords;
  @Autowired Networks networks;

  UUID person;
  UUID asset;
  String assetName;

  @BeforeEach
  void aPersonAndAnAsset() {
    Fixtures fixtures = new Fixtures(jdbc, people, accounts, passwords);
    person = fixtures.person();
    assetName = "Befriending visits " + Fixtures.letters();
    asset = fixtures.asset(CommunityAssets.DEMO_BEFRIENDING_ORGANISATION_ID, assetName);
  }

  @Test
  void aConnectionSentPutsTheAssetOnTheirNetworkAndASecondOneDoesNotAddItAgain() {
    Visitor practitioner = Visitor.signedIn(port, "practitioner");
    practitioner.get("/people/" + person + "/connections/new?asset=" + asset);

    HttpResponse<String> sent =
        practitioner.post("/people/" + person + "/connections/new", introduction());

    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
    List<NetworkMemberView> members = networks.members(person);
    assertThat(members).singleElement().satisfies(this::isTheAssetAsATenuousCommunityGroup);
    assertThat(networks.snapshotDates(person)).isNotEmpty();
    assertThat(practitioner.get("/people/" + person + "/network").body()).contains(assetName);
    assertThat(audit()).contains("network/create");
    assertThat(chronology()).anyMatch(s -> s.contains("Relationship added: " + assetName));

    practitioner.get("/people/" + person + "/connections/new?asset=" + asset);
    HttpResponse<String> again =
        practitioner.post(
            "/people/" + person + "/connections/new",
            fields("asset", asset.toString(), "method", "INFORMATION_GIVEN", "message", "Leaflet"));

    assertThat(again.statusCode()).as(again.body()).isEqualTo(302);
    assertThat(networks.members(person)).hasSize(1);
    assertThat(audit().stream().filter("network/create"::equals)).hasSize(1);
  }

  @Test
  void informationGivenAlsoPutsTheAssetOnTheirNetwork() {
    Visitor practitioner = Visitor.signedIn(port, "practitioner");
    practitioner.get("/people/" + person + "/connections/new?asset=" + asset);

    HttpResponse<String> sent =
        practitioner.post(
            "/people/" + person + "/connections/new",
            fields("asset", asset.toString(), "method", "INFORMATION_GIVEN", "message", "Leaflet"));

    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
    assertThat(networks.members(person))
        .singleElement()
        .satisfies(this::isTheAssetAsATenuousCommunityGroup);
  }

  private void isTheAssetAsATenuousCommunityGroup(NetworkMemberView member) {
    assertThat(member.label()).isEqualTo(assetName);
    assertThat(member.kind()).isEqualTo(TieKind.COMMUNITY_GROUP);
    assertThat(member.strength()).isEqualTo(TieStrength.TENUOUS);
    assertThat(member.direction()).isEqualTo(SupportDirection.TO_PERSON);
    assertThat(member.stressful()).isFalse();
    assertThat(member.thirdParty()).isFalse();
  }

  private List<Map.Entry<String, String>> introduction() {
    LocalDate consented = TestClock.today().minusDays(2);
    return fields(
        "asset", asset.toString(),
        "method", "WARM_INTRODUCTION",
        "providesCare", "no",
        "lawfulBasis", "EXPLICIT_CONSENT",
        "consentDateDay", String.valueOf(consented.getDayOfMonth()),
        "consentDateMonth", String.valueOf(consented.getMonthValue()),
        "consentDateYear", String.valueOf(consented.getYear()),
        "consentScope", "Name and phone, to arrange a first visit",
        "shared", "NAME",
        "shared", "PHONE",
        "message", "Please call in the mornings");
  }

  private static List<Map.Entry<String, String>> fields(String... keysAndValues) {
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      fields.add(Map.entry(keysAndValues[i], keysAndValues[i + 1]));
    }
    return fields;
  }

  private List<String> audit() {
    return jdbc.sql(
            "SELECT section || '/' || action FROM audit_entry WHERE person_id = ? ORDER BY seq")
        .param(person)
        .query(String.class)
        .list();
  }

  private List<String> chronology() {
    return jdbc.sql("SELECT summary FROM person_chronology WHERE person_id = ? ORDER BY id")
        .param(person)
        .query(String.class)
        .list();
  }
}

package org.strengths.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
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
 * Invitation and sign-in by code over real HTTP, with no Notify key (so codes are read from the
 * outbox, as on the demo): who may invite, the code's rules as the person meets them, and the fence
 * between the person's pages and the staff pages in both directions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonSignInPagesTest {

  static final String PASSWORD = "strengths-demo";

  @LocalServerPort int port;
  @Autowired Teams teams;
  @Autowired StaffAccounts staff;
  @Autowired People people;
  @Autowired JdbcClient jdbc;

  String suffix;
  StaffMember worker;
  StaffMember stranger;
  StaffMember admin;

  @BeforeAll
  void team() {
    suffix = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000));
    UUID team = teams.add("Portal team " + suffix);
    UUID other = teams.add("Other portal team " + suffix);
    worker = account("portal-worker", "Asha Patel", Role.PRACTITIONER, team);
    stranger = account("portal-stranger", "Tim Cole", Role.PRACTITIONER, other);
    admin = account("portal-admin", "Ada Lee", Role.ADMIN, null);
  }

  private StaffMember account(String username, String name, Role role, UUID team) {
    staff.addDemoAccount(username + suffix, name, role, team, null);
    return staff.loadUserByUsername(username + suffix);
  }

  private WebSession as(StaffMember member) {
    return WebSession.signedIn(port, member.getUsername(), PASSWORD);
  }

  private RecordFixtures.Person invited(String firstName, String contact) {
    RecordFixtures.Person person = new RecordFixtures(jdbc, people).person(firstName, worker);
    WebSession practitioner = as(worker);
    PersonSignIns.invite(practitioner, person.id(), contact);
    return person;
  }

  private String unique(String name) {
    return name + suffix + "-" + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.com";
  }

  /** Asks for a code as the person and reads it from the outbox, as an administrator would. */
  private String askForCode(WebSession person, String contact) {
    person.get("/my/sign-in");
    HttpResponse<String> asked = person.post("/my/sign-in", Map.of("contact", contact));
    assertThat(asked.statusCode()).isEqualTo(302);
    assertThat(WebSession.location(asked)).isEqualTo("/my/sign-in/code");
    return PersonSignIns.newestCode(jdbc, contact);
  }

  private HttpResponse<String> enter(WebSession person, String code) {
    person.get("/my/sign-in/code");
    return person.post("/my/sign-in/code", Map.of("code", code));
  }

  private WebSession signedInPerson(String contact) {
    WebSession person = new WebSession(port);
    String code = askForCode(person, contact);
    HttpResponse<String> in = enter(person, code);
    assertThat(in.statusCode()).isEqualTo(302);
    assertThat(WebSession.location(in)).isEqualTo("/my/");
    return person;
  }

  @Test
  void theInvitedPersonSignsInWithTheCodeAndSeesTheirOwnHomeAudited() {
    String contact = unique("dora");
    RecordFixtures.Person dora = invited("Dora", contact);

    WebSession person = signedInPerson(contact);
    HttpResponse<String> home = person.get("/my/");

    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("Hello Dora");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE person_id = :person AND role = 'PERSON'"
                        + " AND section = 'my-home' AND action = 'view' AND staff_id IS NULL")
                .param("person", dora.id())
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "SELECT detail FROM audit_entry WHERE person_id = :person AND role = 'PERSON'"
                        + " AND section = 'sign-in' AND action = 'sign-in'")
                .param("person", dora.id())
                .query(String.class)
                .list())
        .as("the sign-in itself is in the audit log, saying how")
        .containsExactly("code");
  }

  @Test
  void theDemoCouncilHasInvitedNusratRazaWhoSignsInWithTheCodeFromTheOutbox() {
    WebSession nusrat = signedInPerson("nusrat.raza@example.com");

    assertThat(nusrat.get("/my/").body()).contains("Hello Nusrat");
  }

  @Test
  void theInvitationCarriesTheFirstNameOnly() {
    String contact = unique("ezra");
    invited("Ezra", contact);

    String personalisation =
        jdbc.sql(
                "SELECT personalisation::text FROM portal_outbox WHERE recipient = :to"
                    + " AND template = 'invitation'")
            .param("to", contact)
            .query(String.class)
            .single();
    assertThat(personalisation).isEqualTo("{\"first_name\": \"Ezra\"}");
  }

  @Test
  void anInvitationNeedsTheAddressConfirmedWithThePerson() {
    RecordFixtures.Person fay = new RecordFixtures(jdbc, people).person("Fay", worker);
    WebSession practitioner = as(worker);
    practitioner.get("/people/" + fay.id() + "/online-access");

    HttpResponse<String> refused =
        practitioner.post(
            "/people/" + fay.id() + "/online-access", Map.of("contact", "fay@example"));

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("Enter an email address like name@example.com")
        .contains("Confirm that you have checked")
        .contains("value=\"fay@example\"");
  }

  @Test
  void aPractitionerWithoutAWorkingRelationshipCannotInvite() {
    RecordFixtures.Person gus = new RecordFixtures(jdbc, people).person("Gus", worker);
    WebSession other = as(stranger);

    assertThat(other.get("/people/" + gus.id() + "/online-access").statusCode()).isEqualTo(403);
    HttpResponse<String> posted =
        other.post(
            "/people/" + gus.id() + "/online-access",
            Map.of("contact", unique("gus"), "confirmed", "yes"));
    assertThat(posted.statusCode()).isIn(302, 403);
    assertThat(
            jdbc.sql("SELECT count(*) FROM portal_invitation WHERE person_id = :id")
                .param("id", gus.id())
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aCodeWorksOnlyOnce() {
    String contact = unique("hal");
    invited("Hal", contact);
    WebSession first = new WebSession(port);
    String code = askForCode(first, contact);
    assertThat(WebSession.location(enter(first, code))).isEqualTo("/my/");

    // Asking again issues a new code and removes the used one, which no longer signs anyone in.
    WebSession second = new WebSession(port);
    assertThat(askForCode(second, contact)).isNotNull();
    HttpResponse<String> again = enter(second, code);

    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("That code is not right");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM portal_sign_in_code WHERE invitation_id IN (SELECT id"
                        + " FROM portal_invitation WHERE contact = :to)")
                .param("to", contact)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void anExpiredCodeIsRefused() {
    String contact = unique("ida");
    invited("Ida", contact);
    WebSession person = new WebSession(port);
    String code = askForCode(person, contact);
    jdbc.sql(
            "UPDATE portal_sign_in_code SET expires_at = created_at WHERE invitation_id IN"
                + " (SELECT id FROM portal_invitation WHERE contact = :to)")
        .param("to", contact)
        .update();

    HttpResponse<String> late = enter(person, code);

    assertThat(late.statusCode()).isEqualTo(200);
    assertThat(late.body()).contains("That code has run out");
  }

  @Test
  void afterFiveWrongCodesTheRightOneIsRefusedToo() {
    String contact = unique("jon");
    invited("Jon", contact);
    WebSession person = new WebSession(port);
    String code = askForCode(person, contact);
    String wrong = code.equals("000000") ? "111111" : "000000";
    for (int i = 0; i < 5; i++) {
      assertThat(enter(person, wrong).body()).contains("That code is not right");
    }

    assertThat(enter(person, code).body()).contains("You have tried too many times");
  }

  @Test
  void aFourthCodeInFifteenMinutesIsRefusedForAnyAddress() {
    String contact = unique("kay");
    invited("Kay", contact);
    WebSession person = new WebSession(port);
    for (int i = 0; i < 3; i++) {
      askForCode(person, contact);
    }
    HttpResponse<String> fourth = person.post("/my/sign-in", Map.of("contact", contact));
    assertThat(fourth.statusCode()).isEqualTo(200);
    assertThat(fourth.body()).contains("You have asked for 3 codes");

    String stranger = unique("nobody");
    for (int i = 0; i < 3; i++) {
      person.get("/my/sign-in");
      assertThat(person.post("/my/sign-in", Map.of("contact", stranger)).statusCode())
          .as("an address nobody invited is answered as any other")
          .isEqualTo(302);
    }
    person.get("/my/sign-in");
    assertThat(person.post("/my/sign-in", Map.of("contact", stranger)).body())
        .contains("You have asked for 3 codes");
  }

  @Test
  void anAddressNobodyInvitedGetsNoCodeButTheSamePage() {
    WebSession person = new WebSession(port);
    person.get("/my/sign-in");
    String contact = unique("unknown");

    HttpResponse<String> asked = person.post("/my/sign-in", Map.of("contact", contact));

    assertThat(WebSession.location(asked)).isEqualTo("/my/sign-in/code");
    assertThat(person.get("/my/sign-in/code").body()).contains("we have sent a code to it");
    assertThat(
            jdbc.sql("SELECT count(*) FROM portal_outbox WHERE recipient = :to")
                .param("to", contact)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void withdrawingTheInvitationEndsTheSessionAndStopsSignIn() {
    String contact = unique("lou");
    RecordFixtures.Person lou = invited("Lou", contact);
    WebSession person = signedInPerson(contact);
    assertThat(person.get("/my/").statusCode()).isEqualTo(200);

    WebSession practitioner = as(worker);
    practitioner.get("/people/" + lou.id() + "/online-access");
    assertThat(
            practitioner
                .post("/people/" + lou.id() + "/online-access/withdraw", Map.of())
                .statusCode())
        .isEqualTo(302);

    HttpResponse<String> after = person.get("/my/");
    assertThat(after.statusCode()).isEqualTo(302);
    assertThat(WebSession.location(after)).isEqualTo("/my/sign-in");
    WebSession again = new WebSession(port);
    again.get("/my/sign-in");
    again.post("/my/sign-in", Map.of("contact", contact));
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM portal_outbox WHERE recipient = :to"
                        + " AND template = 'sign-in-code'")
                .param("to", contact)
                .query(Long.class)
                .single())
        .as("no new code once withdrawn")
        .isEqualTo(1);
  }

  @Test
  void anonymousVisitorsAreSentToThePersonsSignIn() {
    WebSession anonymous = new WebSession(port);
    for (String path : List.of("/my", "/my/")) {
      HttpResponse<String> response = anonymous.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(302);
      assertThat(WebSession.location(response)).as(path).isEqualTo("/my/sign-in");
    }
    assertThat(anonymous.get("/my/sign-in").statusCode()).isEqualTo(200);
  }

  @Test
  void staffOfEveryRoleAreNotSignedInOnThePersonsPages() {
    for (StaffMember member : List.of(worker, stranger, admin)) {
      HttpResponse<String> response = as(member).get("/my/");
      assertThat(response.statusCode()).as(member.getUsername()).isEqualTo(302);
      assertThat(WebSession.location(response)).isEqualTo("/my/sign-in");
    }
    WebSession demoStaff = WebSession.signedIn(port, "manager", PASSWORD);
    assertThat(WebSession.location(demoStaff.get("/my/"))).isEqualTo("/my/sign-in");
  }

  @Test
  void aSignedInPersonIsNobodyOnTheStaffPages() {
    String contact = unique("max");
    RecordFixtures.Person max = invited("Max", contact);
    WebSession person = signedInPerson(contact);

    for (String path :
        List.of(
            "/",
            "/people/" + max.id(),
            "/people/" + max.id() + "/online-access",
            "/admin/outbox",
            "/partner")) {
      HttpResponse<String> response = person.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(302);
      assertThat(WebSession.location(response)).as(path).isEqualTo("/sign-in");
    }
  }

  @Test
  void onlyAdministratorsReadTheOutbox() {
    String contact = unique("ned");
    invited("Ned", contact);

    HttpResponse<String> outbox = as(admin).get("/admin/outbox");
    assertThat(outbox.statusCode()).isEqualTo(200);
    assertThat(outbox.body()).contains(contact).contains("In the outbox only");
    assertThat(as(worker).get("/admin/outbox").statusCode()).isEqualTo(403);
    assertThat(WebSession.location(new WebSession(port).get("/admin/outbox")))
        .isEqualTo("/sign-in");
  }

  @Test
  void thePersonSeesAPractitionersLookAsTheirTeamAndRoleAndABreakGlassWithItsReason() {
    String contact = unique("rosa");
    RecordFixtures.Person rosa = invited("Rosa", contact);
    RecordFixtures.Person other = invited("Otto", unique("otto"));
    assertThat(as(worker).get("/people/" + rosa.id()).statusCode()).isEqualTo(200);
    assertThat(as(worker).get("/people?name=" + rosa.displayName().split(" ")[1]).statusCode())
        .isEqualTo(200);
    WebSession tim = as(stranger);
    tim.get("/people/" + rosa.id() + "/break-glass");
    String reason = "Out of hours call from the hospital " + suffix;
    assertThat(
            tim.post("/people/" + rosa.id() + "/break-glass", Map.of("reason", reason))
                .statusCode())
        .isEqualTo(302);
    WebSession timOnOther = as(stranger);
    timOnOther.get("/people/" + other.id() + "/break-glass");
    String otherReason = "Checking the other record for a safeguarding call " + suffix;
    timOnOther.post("/people/" + other.id() + "/break-glass", Map.of("reason", otherReason));

    WebSession person = signedInPerson(contact);
    assertThat(person.get("/my/").body()).contains("href=\"/my/who-looked\"");
    HttpResponse<String> looked = person.get("/my/who-looked?personId=" + other.id());

    assertThat(looked.statusCode()).isEqualTo(200);
    String body = looked.body();
    assertThat(body)
        .contains("Who has looked at your record")
        .contains("A practitioner from Portal team " + suffix + " looked at your record")
        .contains(
            "A practitioner from Other portal team "
                + suffix
                + " opened your record without being one of your workers")
        .contains("The reason they gave: " + reason)
        .doesNotContain(otherReason)
        .doesNotContain("Asha Patel")
        .doesNotContain("Tim Cole");
    assertThat(body.indexOf("opened your record without"))
        .as("newest first")
        .isLessThan(body.indexOf("A practitioner from Portal team " + suffix + " looked at"));
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE person_id = :person AND role = 'PERSON'"
                        + " AND section = 'my-who-looked' AND action = 'view'")
                .param("person", rosa.id())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void whoLookedIsOnlyForTheSignedInPerson() {
    assertThat(WebSession.location(new WebSession(port).get("/my/who-looked")))
        .isEqualTo("/my/sign-in");
    for (StaffMember member : List.of(worker, admin)) {
      assertThat(WebSession.location(as(member).get("/my/who-looked")))
          .as(member.getUsername())
          .isEqualTo("/my/sign-in");
    }
  }

  @Test
  void thePersonReadsTheirOwnAgreedPlanAndItsNextReviewAndNobodyElses() {
    String contact = unique("iris");
    RecordFixtures.Person iris = invited("Iris", contact);
    RecordFixtures.Person other = invited("Ivan", unique("ivan"));
    RecordFixtures records = new RecordFixtures(jdbc, people);
    records.agreedPlan(
        iris.id(),
        "Get back to the allotment every week " + suffix,
        java.time.LocalDate.of(2026, 6, 1),
        "PARTLY",
        "Nearly there",
        java.time.LocalDate.of(2026, 8, 1),
        java.time.LocalDate.of(2026, 9, 1));
    records.agreedPlan(
        other.id(),
        "Ivan's own outcome " + suffix,
        java.time.LocalDate.of(2026, 6, 1),
        "PARTLY",
        "Fine",
        java.time.LocalDate.of(2026, 8, 1),
        java.time.LocalDate.of(2026, 9, 1));

    WebSession person = signedInPerson(contact);
    String home = person.get("/my/").body();

    assertThat(home)
        .contains("Your plan")
        .contains("Get back to the allotment every week " + suffix)
        .contains("We will talk about how things are going by 1 September 2026.")
        .doesNotContain("Ivan&#39;s own outcome")
        .doesNotContain("Ivan's own outcome");
    HttpResponse<byte[]> pdf = person.getBytes("/my/plan.pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
  }

  @Test
  void aPersonWithoutAnAgreedPlanIsToldSoAndHasNoPdf() {
    String contact = unique("june");
    invited("June", contact);

    WebSession person = signedInPerson(contact);

    assertThat(person.get("/my/").body()).contains("You do not have an agreed plan yet.");
    assertThat(person.getBytes("/my/plan.pdf").statusCode()).isEqualTo(404);
  }
}

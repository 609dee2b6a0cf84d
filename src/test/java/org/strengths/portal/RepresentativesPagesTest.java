package org.strengths.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
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
 * Representatives over real HTTP (docs/adr/0118): recorded and invited by the practitioner, signed
 * in with a code from the outbox, acting for the person with everything attributed to them, seeing
 * only the people they represent, and refused once the authority ends or is withdrawn.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RepresentativesPagesTest {

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
    UUID team = teams.add("Representatives team " + suffix);
    UUID other = teams.add("Other representatives team " + suffix);
    worker = account("reps-worker", "Asha Patel", Role.PRACTITIONER, team);
    stranger = account("reps-stranger", "Tim Cole", Role.PRACTITIONER, other);
    admin = account("reps-admin", "Ada Lee", Role.ADMIN, null);
  }

  private StaffMember account(String username, String name, Role role, UUID team) {
    staff.addDemoAccount(username + suffix, name, role, team, null);
    return staff.loadUserByUsername(username + suffix);
  }

  private WebSession as(StaffMember member) {
    return WebSession.signedIn(port, member.getUsername(), PASSWORD);
  }

  private String unique(String name) {
    return name + suffix + "-" + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.com";
  }

  private RecordFixtures.Person person(String firstName) {
    return new RecordFixtures(jdbc, people).person(firstName, worker);
  }

  private static Map<String, String> attorney(String name, String contact) {
    Map<String, String> form = new HashMap<>();
    form.put("name", name);
    form.put("authority", "LPA_HEALTH_WELFARE");
    form.put("reference", "7000-1234-5678");
    form.put("endsOnDay", "1");
    form.put("endsOnMonth", "6");
    form.put("endsOnYear", "2027");
    form.put("contact", contact);
    form.put("confirmed", "yes");
    return form;
  }

  private HttpResponse<String> record(UUID personId, Map<String, String> form) {
    WebSession practitioner = as(worker);
    practitioner.get("/people/" + personId + "/representatives");
    return practitioner.post("/people/" + personId + "/representatives", form);
  }

  private UUID representativeOf(UUID personId) {
    return jdbc.sql("SELECT id FROM portal_representative WHERE person_id = :person")
        .param("person", personId)
        .query(UUID.class)
        .single();
  }

  private long codesSentTo(String contact) {
    return jdbc.sql(
            "SELECT count(*) FROM portal_outbox WHERE recipient = :to AND template = 'sign-in-code'")
        .param("to", contact.toLowerCase())
        .query(Long.class)
        .single();
  }

  /** Signs in with a code from the outbox; where the sign-in led. */
  private String signIn(WebSession session, String contact) {
    HttpResponse<String> in = PersonSignIns.signIn(session, jdbc, contact);
    assertThat(in.statusCode()).isEqualTo(302);
    return WebSession.location(in);
  }

  @Test
  void anAttorneyRecordedAndInvitedSignsInAndActsForThePersonWithEverythingAttributedToThem() {
    RecordFixtures.Person nadia = person("Nadia");
    String contact = unique("ali");
    HttpResponse<String> recorded = record(nadia.id(), attorney("Ali Raza", contact));
    assertThat(recorded.statusCode()).isEqualTo(302);
    assertThat(
            jdbc.sql(
                    "SELECT personalisation->>'first_name' FROM portal_outbox"
                        + " WHERE recipient = :to AND template = 'invitation'")
                .param("to", contact)
                .query(String.class)
                .single())
        .as("the invitation greets the representative by first name only")
        .isEqualTo("Ali");

    WebSession ali = new WebSession(port);
    assertThat(signIn(ali, contact)).isEqualTo("/my/");
    HttpResponse<String> home = ali.get("/my/");

    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("Hello Nadia").contains("Ali Raza, you are acting for Nadia.");
    assertThat(
            jdbc.sql(
                    "SELECT username FROM audit_entry WHERE person_id = :person"
                        + " AND section = 'my-home' AND action = 'view'")
                .param("person", nadia.id())
                .query(String.class)
                .list())
        .containsExactly("Ali Raza, lasting power of attorney, for Nadia");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE person_id = :person"
                        + " AND role = 'PERSON'")
                .param("person", nadia.id())
                .query(Long.class)
                .single())
        .as("nothing the representative does is recorded as the person's")
        .isZero();
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE person_id = :person"
                        + " AND role = 'REPRESENTATIVE' AND staff_id IS NULL")
                .param("person", nadia.id())
                .query(Long.class)
                .single())
        .as("his sign-in and his view, in his name")
        .isEqualTo(2);

    HttpResponse<String> page = as(worker).get("/people/" + nadia.id() + "/representatives");
    assertThat(page.body())
        .contains("Ali Raza", "Lasting power of attorney for health and welfare", "In force")
        .contains(contact);
  }

  @Test
  void aRepresentativeForTwoPeopleChoosesWhomToActForAndSeesNobodyElse() {
    RecordFixtures.Person olu = person("Olu");
    RecordFixtures.Person pat = person("Pat");
    RecordFixtures.Person quin = person("Quin");
    String contact = unique("bea");
    String quinsOwn = unique("quin");
    assertThat(record(olu.id(), attorney("Bea Cole", contact)).statusCode()).isEqualTo(302);
    assertThat(record(pat.id(), attorney("Bea Cole", contact)).statusCode()).isEqualTo(302);
    WebSession practitioner = as(worker);
    practitioner.get("/people/" + quin.id() + "/online-access");
    practitioner.post(
        "/people/" + quin.id() + "/online-access", Map.of("contact", quinsOwn, "confirmed", "yes"));
    UUID quinsInvitation =
        jdbc.sql("SELECT id FROM portal_invitation WHERE person_id = :person")
            .param("person", quin.id())
            .query(UUID.class)
            .single();

    WebSession bea = new WebSession(port);
    assertThat(signIn(bea, contact)).isEqualTo("/my/act-for");
    HttpResponse<String> choose = bea.get("/my/act-for");
    assertThat(choose.statusCode()).isEqualTo(200);
    assertThat(choose.body())
        .contains("Who are you acting for?", "Olu", "Pat")
        .doesNotContain("Quin");

    HttpResponse<String> tampered =
        bea.post("/my/act-for", Map.of("invitation", quinsInvitation.toString()));
    assertThat(tampered.statusCode()).isEqualTo(200);
    assertThat(tampered.body()).contains("Choose who you are acting for");
    assertThat(bea.get("/my/").body())
        .containsAnyOf("Hello Olu", "Hello Pat")
        .doesNotContain("Quin");

    UUID patsInvitation =
        jdbc.sql(
                "SELECT i.id FROM portal_invitation i WHERE i.person_id = :person"
                    + " AND i.representative_id IS NOT NULL")
            .param("person", pat.id())
            .query(UUID.class)
            .single();
    HttpResponse<String> chosen =
        bea.post("/my/act-for", Map.of("invitation", patsInvitation.toString()));
    assertThat(WebSession.location(chosen)).isEqualTo("/my/");
    assertThat(bea.get("/my/").body())
        .contains("Hello Pat", "Bea Cole, you are acting for Pat.", "Act for someone else");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE person_id = :person"
                        + " AND username = 'Bea Cole, lasting power of attorney, for Pat'"
                        + " AND section = 'my-home'")
                .param("person", pat.id())
                .query(Long.class)
                .single())
        // Once or twice: the first person signed in for is the oldest invitation, and both were
        // made at the same instant of the test clock.
        .isPositive();
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE person_id = :person"
                        + " AND role IN ('REPRESENTATIVE', 'PERSON', 'CARER')")
                .param("person", quin.id())
                .query(Long.class)
                .single())
        .as("nothing of Quin's was seen by the representative")
        .isZero();
  }

  @Test
  void afterTheEndDateTheRepresentativeIsRefusedEvenInTheMiddleOfASession() {
    RecordFixtures.Person rae = person("Rae");
    String contact = unique("cal");
    record(rae.id(), attorney("Cal Dunn", contact));
    WebSession cal = new WebSession(port);
    signIn(cal, contact);
    assertThat(cal.get("/my/").statusCode()).isEqualTo(200);

    // The end date passes (the test clock stands still, so the date moves instead).
    jdbc.sql("UPDATE portal_representative SET ends_on = DATE '2026-07-14' WHERE id = :id")
        .param("id", representativeOf(rae.id()))
        .update();

    HttpResponse<String> after = cal.get("/my/");
    assertThat(after.statusCode()).isEqualTo(302);
    assertThat(WebSession.location(after)).isEqualTo("/my/sign-in");
    long codes = codesSentTo(contact);
    WebSession again = new WebSession(port);
    again.get("/my/sign-in");
    again.post("/my/sign-in", Map.of("contact", contact));
    assertThat(codesSentTo(contact)).as("no code once the authority has ended").isEqualTo(codes);
    assertThat(as(worker).get("/people/" + rae.id() + "/representatives").body())
        .contains("Ended")
        .contains("No online access");
  }

  @Test
  void withdrawingTheAuthorityEndsTheRepresentativesSessionAtOnce() {
    RecordFixtures.Person sol = person("Sol");
    String contact = unique("dee");
    record(sol.id(), attorney("Dee Moss", contact));
    WebSession dee = new WebSession(port);
    signIn(dee, contact);
    assertThat(dee.get("/my/").statusCode()).isEqualTo(200);

    WebSession practitioner = as(worker);
    practitioner.get("/people/" + sol.id() + "/representatives");
    HttpResponse<String> withdrawn =
        practitioner.post(
            "/people/" + sol.id() + "/representatives/" + representativeOf(sol.id()) + "/withdraw",
            Map.of());
    assertThat(withdrawn.statusCode()).isEqualTo(302);

    assertThat(WebSession.location(dee.get("/my/"))).isEqualTo("/my/sign-in");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE person_id = :person"
                        + " AND section = 'representatives' AND action = 'withdraw'")
                .param("person", sol.id())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void thePersonSignedInThemselvesIsNotTreatedAsARepresentative() {
    RecordFixtures.Person tia = person("Tia");
    String own = unique("tia");
    WebSession practitioner = as(worker);
    practitioner.get("/people/" + tia.id() + "/online-access");
    practitioner.post(
        "/people/" + tia.id() + "/online-access", Map.of("contact", own, "confirmed", "yes"));
    record(tia.id(), attorney("Eve Hart", unique("eve")));

    WebSession person = new WebSession(port);
    assertThat(signIn(person, own)).isEqualTo("/my/");
    assertThat(person.get("/my/").body()).contains("Hello Tia").doesNotContain("acting for");
    assertThat(WebSession.location(person.get("/my/act-for"))).isEqualTo("/my/");
  }

  @Test
  void aPersonsOwnAddressCannotBeGivenToTheirRepresentative() {
    RecordFixtures.Person uma = person("Uma");
    String own = unique("uma");
    WebSession practitioner = as(worker);
    practitioner.get("/people/" + uma.id() + "/online-access");
    practitioner.post(
        "/people/" + uma.id() + "/online-access", Map.of("contact", own, "confirmed", "yes"));

    HttpResponse<String> refused = record(uma.id(), attorney("Fay Lowe", own));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("This address is already used to sign in");
    assertThat(refused.body()).contains("value=\"Fay Lowe\"");
    assertThat(
            jdbc.sql("SELECT count(*) FROM portal_representative WHERE person_id = :person")
                .param("person", uma.id())
                .query(Long.class)
                .single())
        .as("nothing kept")
        .isZero();
  }

  @Test
  void missingDetailsAreExplainedAndWhatWasTypedIsKept() {
    RecordFixtures.Person val = person("Val");
    Map<String, String> form = attorney("Gil Ross", unique("gil"));
    form.put("authority", "CHOSEN");
    form.put("reference", "");
    form.put("endsOnYear", "2025");
    form.remove("confirmed");
    HttpResponse<String> refused = record(val.id(), form);
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("There is a problem")
        .contains("Enter where the person")
        .contains("must be in the future")
        .contains("Confirm that the person, able to make this decision, chose this representative")
        .contains("Confirm that you have checked the address with the representative")
        .contains("value=\"Gil Ross\"");
  }

  @Test
  void onlyStaffWithAWorkingRelationshipSeeOrRecordRepresentatives() {
    RecordFixtures.Person wyn = person("Wyn");
    String path = "/people/" + wyn.id() + "/representatives";
    assertThat(as(stranger).get(path).statusCode()).isEqualTo(403);
    WebSession other = as(stranger);
    other.get("/people");
    assertThat(other.post(path, attorney("Hal Tate", unique("hal"))).statusCode()).isEqualTo(403);
    assertThat(as(admin).get(path).statusCode()).isEqualTo(403);
    assertThat(WebSession.location(new WebSession(port).get(path))).isEqualTo("/sign-in");
  }

  @Test
  void staffAndAnonymousVisitorsAreNotSignedInOnTheChoicePage() {
    assertThat(WebSession.location(new WebSession(port).get("/my/act-for")))
        .isEqualTo("/my/sign-in");
    for (StaffMember member : List.of(worker, stranger, admin)) {
      assertThat(WebSession.location(as(member).get("/my/act-for"))).isEqualTo("/my/sign-in");
    }
  }

  @Test
  void aCarerSeesTheirOwnPagesAndOfThePersonTheyCareForOnlyWhatThatPersonAgreedToShare() {
    RecordFixtures.Person kim = person("Kim");
    RecordFixtures.Person lea = person("Lea");
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
    String contact = unique("kim");
    WebSession practitioner = as(worker);
    practitioner.get("/people/" + kim.id() + "/online-access");
    practitioner.post(
        "/people/" + kim.id() + "/online-access", Map.of("contact", contact, "confirmed", "yes"));

    WebSession carer = new WebSession(port);
    assertThat(signIn(carer, contact)).isEqualTo("/my/");
    assertThat(carer.get("/my/").body()).contains("Your support as a carer");
    HttpResponse<String> nothing = carer.get("/my/caring");
    assertThat(nothing.statusCode()).isEqualTo(200);
    assertThat(nothing.body())
        .contains("You have not had a carer")
        .contains("Lea has not chosen to share anything with you.")
        .doesNotContain("When the plan will next be reviewed");
    assertThat(carerLooksAt(lea.id())).as("nothing of Lea's was shown").isZero();

    String sharing = "/people/" + lea.id() + "/carers/" + link + "/sharing";
    assertThat(practitioner.get(sharing).statusCode()).isEqualTo(200);
    Map<String, String> form = new HashMap<>();
    form.put("scopes", "NEXT_REVIEW");
    form.put("givenBy", "Lea");
    form.put("givenOnDay", "10");
    form.put("givenOnMonth", "7");
    form.put("givenOnYear", "2026");
    assertThat(practitioner.post(sharing, form).statusCode()).isEqualTo(302);

    HttpResponse<String> shared = carer.get("/my/caring");
    assertThat(shared.body())
        .contains("About Lea")
        .doesNotContain("has not chosen to share")
        .doesNotContain("Who helps with what");
    assertThat(carerLooksAt(lea.id())).isEqualTo(1);
    assertThat(
            jdbc.sql("SELECT detail FROM audit_entry WHERE person_id = :person AND role = 'CARER'")
                .param("person", lea.id())
                .query(String.class)
                .single())
        .isEqualTo("NEXT_REVIEW");
  }

  private long carerLooksAt(UUID personId) {
    return jdbc.sql(
            "SELECT count(*) FROM audit_entry WHERE person_id = :person AND role = 'CARER'"
                + " AND username LIKE 'Kim%, carer, for Lea'")
        .param("person", personId)
        .query(Long.class)
        .single();
  }

  @Test
  void whatIsSharedWithACarerIsRecordedOnlyByStaffWithAWorkingRelationshipAndForTheirOwnLink() {
    RecordFixtures.Person mo = person("Mo");
    RecordFixtures.Person ned = person("Ned");
    UUID link = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO carer_link (id, carer_id, cared_for_id, relationship, consent_given,
              consent_date, consent_given_by, created_at, created_by, updated_at, updated_by)
            VALUES (:id, :carer, :caredFor, 'Son', true, DATE '2026-07-01', 'Ned', now(),
              'test', now(), 'test')
            """)
        .param("id", link)
        .param("carer", mo.id())
        .param("caredFor", ned.id())
        .update();
    assertThat(
            as(stranger).get("/people/" + ned.id() + "/carers/" + link + "/sharing").statusCode())
        .isEqualTo(403);
    assertThat(as(worker).get("/people/" + mo.id() + "/carers/" + link + "/sharing").statusCode())
        .as("the link is Ned's to share, not the carer's")
        .isEqualTo(404);
    WebSession practitioner = as(worker);
    String sharing = "/people/" + ned.id() + "/carers/" + link + "/sharing";
    practitioner.get(sharing);
    HttpResponse<String> refused = practitioner.post(sharing, Map.of("scopes", "WHO_HELPS"));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("Enter who agreed to this", "Enter the date it was agreed");
    assertThat(WebSession.location(new WebSession(port).get("/my/caring")))
        .isEqualTo("/my/sign-in");
    assertThat(WebSession.location(as(worker).get("/my/caring"))).isEqualTo("/my/sign-in");
  }
}

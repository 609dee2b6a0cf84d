package org.strengths.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Messages with the worker over real HTTP (docs/adr/0162): the person writes, their worker sees it
 * on My work and replies on the record, the person reads the reply; each side is told through the
 * outbox with nothing but a first name; only the person's own thread, only staff with a working
 * relationship; messages kept as written, shown as text; every view and message audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MessagesPagesTest {

  static final String PASSWORD = "strengths-demo";

  @LocalServerPort int port;
  @Autowired Teams teams;
  @Autowired StaffAccounts staff;
  @Autowired People people;
  @Autowired JdbcClient jdbc;
  @Autowired PersonMessages personMessages;

  String suffix;
  StaffMember worker;
  StaffMember manager;
  StaffMember stranger;

  @BeforeAll
  void team() {
    suffix = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000));
    UUID team = teams.add("Messages team " + suffix);
    UUID other = teams.add("Other messages team " + suffix);
    // The worker's username is an email address, so they are told of new messages by email.
    worker =
        account("msg-worker" + suffix + "@council.example", "Asha Patel", Role.PRACTITIONER, team);
    manager = account("msg-manager" + suffix, "Mo Reed", Role.MANAGER, team);
    stranger = account("msg-stranger" + suffix, "Tim Cole", Role.PRACTITIONER, other);
  }

  private StaffMember account(String username, String name, Role role, UUID team) {
    staff.addDemoAccount(username, name, role, team, null);
    return staff.loadUserByUsername(username);
  }

  private WebSession as(StaffMember member) {
    return WebSession.signedIn(port, member.getUsername(), PASSWORD);
  }

  private String unique(String name) {
    return name + suffix + "-" + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.com";
  }

  /** A person of the worker's, invited at {@code contact} and signed in. */
  private record Invited(UUID id, String name, String contact, WebSession session) {}

  private Invited invited(String firstName) {
    RecordFixtures.Person person = new RecordFixtures(jdbc, people).person(firstName, worker);
    String contact = unique(firstName.toLowerCase());
    PersonSignIns.invite(as(worker), person.id(), contact);
    WebSession session = new WebSession(port);
    assertThat(WebSession.location(PersonSignIns.signIn(session, jdbc, contact))).isEqualTo("/my/");
    return new Invited(person.id(), person.displayName(), contact, session);
  }

  private static HttpResponse<String> write(WebSession session, String path, String text) {
    session.get(path);
    return session.post(path, Map.of("text", text));
  }

  private long messages(UUID person) {
    return jdbc.sql("SELECT count(*) FROM portal_message WHERE person_id = :p")
        .param("p", person)
        .query(Long.class)
        .single();
  }

  private List<String> outbox(String template, String recipient) {
    return jdbc.sql(
            "SELECT personalisation::text FROM portal_outbox WHERE template = :t"
                + " AND recipient = :r ORDER BY seq")
        .param("t", template)
        .param("r", recipient.toLowerCase())
        .query(String.class)
        .list();
  }

  private long audited(UUID person, String role, String section, String action) {
    return jdbc.sql(
            "SELECT count(*) FROM audit_entry WHERE person_id = :p AND role = :role"
                + " AND section = :s AND action = :a")
        .param("p", person)
        .param("role", role)
        .param("s", section)
        .param("a", action)
        .query(Long.class)
        .single();
  }

  @Test
  void thePersonWritesTheWorkerSeesItOnMyWorkRepliesAndThePersonReadsTheReply() {
    Invited olu = invited("Olu");
    String mine = "/my/messages";
    assertThat(olu.session().get(mine).body()).contains("There are no messages yet.");
    // The worker's people in the other tests write to them too.
    int workerToldBefore = outbox(PersonMessages.TO_STAFF, worker.getUsername()).size();

    HttpResponse<String> sent = write(olu.session(), mine, "Can the carer come at eight?");
    assertThat(sent.statusCode()).isEqualTo(302);
    assertThat(WebSession.location(sent)).isEqualTo(mine);
    assertThat(olu.session().get(mine).body())
        .contains("Your message has been sent", "Can the carer come at eight?", ">You<");

    String thread = "/people/" + olu.id() + "/messages";
    String work = as(worker).get("/").body();
    assertThat(work).contains("Messages from your people", olu.name(), thread);
    // The worker is told by email that there is a message: nothing else, not even whose.
    List<String> told = outbox(PersonMessages.TO_STAFF, worker.getUsername());
    assertThat(told).hasSize(workerToldBefore + 1);
    assertThat(told.get(told.size() - 1)).isEqualTo("{}");

    // A manager reading does not clear the worker's list.
    assertThat(as(manager).get(thread).body()).contains("Can the carer come at eight?");
    assertThat(as(manager).get(thread).body()).doesNotContain("id=\"message-form\"");
    assertThat(as(worker).get("/").body()).contains(thread);

    WebSession practitioner = as(worker);
    assertThat(practitioner.get(thread).body())
        .contains("Can the carer come at eight?", olu.name(), ">New<");
    assertThat(as(worker).get("/").body()).doesNotContain(thread);
    HttpResponse<String> replied =
        practitioner.post(thread, Map.of("text", "Yes, from Monday.\nI will ring you too."));
    assertThat(replied.statusCode()).isEqualTo(302);
    assertThat(WebSession.location(replied)).isEqualTo(thread);
    assertThat(practitioner.get(thread).body()).contains("Your message has been sent", ">You<");

    String reply = olu.session().get(mine).body();
    assertThat(reply).contains("Asha Patel", "Yes, from Monday.<br>I will ring you too.", ">New<");
    assertThat(olu.session().get(mine).body()).doesNotContain(">New<");
    assertThat(outbox(PersonMessages.TO_PERSON, olu.contact()))
        .containsExactly("{\"first_name\": \"Olu\"}");

    assertThat(audited(olu.id(), "PERSON", "my-messages", "view")).isEqualTo(5);
    assertThat(audited(olu.id(), "PERSON", "my-messages", "create")).isEqualTo(1);
    assertThat(audited(olu.id(), "PRACTITIONER", "messages", "view")).isEqualTo(2);
    assertThat(audited(olu.id(), "MANAGER", "messages", "view")).isEqualTo(2);
    assertThat(audited(olu.id(), "PRACTITIONER", "messages", "create")).isEqualTo(1);
  }

  /** The number beside "My work" in the navigation of the worker's home page (none shown is 0). */
  private int navigationCount() {
    String page = as(worker).get("/").body();
    Matcher count =
        Pattern.compile(
                "My work\\s*(</strong>)?\\s*<span class=\"app-navigation-count\">(\\d+)</span>")
            .matcher(page);
    int shown = count.find() ? Integer.parseInt(count.group(2)) : 0;
    assertThat(page).contains("Things that need your action: " + shown);
    return shown;
  }

  @Test
  void eachUnreadMessageFromTheWorkersPeopleCountsInTheNavigationUntilTheyReadIt() {
    Invited xan = invited("Xan");
    int before = navigationCount();

    write(xan.session(), "/my/messages", "Is Thursday still on?");
    assertThat(navigationCount()).isEqualTo(before + 1);
    write(xan.session(), "/my/messages", "Or Friday?");
    assertThat(navigationCount()).isEqualTo(before + 2);

    // A manager reading does not clear it; the worker reading does.
    String thread = "/people/" + xan.id() + "/messages";
    as(manager).get(thread);
    assertThat(navigationCount()).isEqualTo(before + 2);
    as(worker).get(thread);
    assertThat(navigationCount()).isEqualTo(before);
  }

  @Test
  void severalMessagesInARowBringOneNoticeUntilTheOtherSideReads() {
    Invited pat = invited("Pat");
    String thread = "/people/" + pat.id() + "/messages";
    WebSession practitioner = as(worker);
    write(practitioner, thread, "Hello Pat");
    write(practitioner, thread, "Are you free on Tuesday?");
    assertThat(outbox(PersonMessages.TO_PERSON, pat.contact())).hasSize(1);

    pat.session().get("/my/messages");
    write(practitioner, thread, "I can come at two.");
    assertThat(outbox(PersonMessages.TO_PERSON, pat.contact())).hasSize(2);
  }

  @Test
  void anEmptyOrTooLongMessageIsRefusedAndWhatWasTypedIsKeptAndShownAsText() {
    Invited rae = invited("Rae");
    HttpResponse<String> empty = write(rae.session(), "/my/messages", "   ");
    assertThat(empty.statusCode()).isEqualTo(200);
    assertThat(empty.body()).contains("There is a problem", "Write your message", "href=\"#text\"");

    String tooLong = "<b>bold</b> " + "a".repeat(MessageRules.LIMIT);
    HttpResponse<String> refused = rae.session().post("/my/messages", Map.of("text", tooLong));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("Your message must be 2,000 characters or fewer")
        .contains("&lt;b&gt;bold&lt;/b&gt; aaaa");
    assertThat(messages(rae.id())).isZero();

    write(rae.session(), "/my/messages", "<script>alert('hi')</script>");
    assertThat(rae.session().get("/my/messages").body())
        .contains("&lt;script&gt;alert(&#39;hi&#39;)&lt;/script&gt;")
        .doesNotContain("<script>alert");
    HttpResponse<String> staffEmpty = write(as(worker), "/people/" + rae.id() + "/messages", "");
    assertThat(staffEmpty.body()).contains("There is a problem", "Write your message");
  }

  @Test
  void aPersonSeesOnlyTheirOwnThreadAndCannotOpenAnotherPersonsById() {
    Invited sol = invited("Sol");
    Invited tia = invited("Tia");
    write(sol.session(), "/my/messages", "Only for my worker, from Sol");

    assertThat(tia.session().get("/my/messages").body())
        .doesNotContain("Only for my worker, from Sol");
    assertThat(tia.session().get("/my/messages?personId=" + sol.id()).body())
        .doesNotContain("Only for my worker, from Sol");
    HttpResponse<String> byId = tia.session().get("/people/" + sol.id() + "/messages");
    assertThat(byId.statusCode()).isNotEqualTo(200);
    assertThat(byId.body()).doesNotContain("Only for my worker, from Sol");
    HttpResponse<String> postById =
        tia.session().post("/people/" + sol.id() + "/messages", Map.of("text", "Hello"));
    assertThat(postById.statusCode()).isNotEqualTo(200);
    assertThat(messages(sol.id())).isEqualTo(1);
    assertThat(messages(tia.id())).isZero();
  }

  @Test
  void staffWithoutAWorkingRelationshipAndAnonymousVisitorsAreRefused() {
    Invited uma = invited("Uma");
    write(uma.session(), "/my/messages", "A message for Asha");
    String thread = "/people/" + uma.id() + "/messages";

    assertThat(as(stranger).get(thread).statusCode()).isEqualTo(403);
    WebSession other = as(stranger);
    other.get("/");
    assertThat(other.post(thread, Map.of("text", "Hello")).statusCode()).isEqualTo(403);
    assertThat(messages(uma.id())).isEqualTo(1);

    HttpResponse<String> anonymous = new WebSession(port).get(thread);
    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(WebSession.location(anonymous)).doesNotContain("messages");

    HttpResponse<String> anonymousMine = new WebSession(port).get("/my/messages");
    assertThat(anonymousMine.statusCode()).isEqualTo(302);
    assertThat(WebSession.location(anonymousMine)).isEqualTo("/my/sign-in");
    for (StaffMember member : List.of(worker, manager)) {
      HttpResponse<String> staffVisit = as(member).get("/my/messages");
      assertThat(staffVisit.statusCode()).isEqualTo(302);
      assertThat(WebSession.location(staffVisit)).isEqualTo("/my/sign-in");
    }
    WebSession visitor = new WebSession(port);
    visitor.get("/my/sign-in");
    assertThat(visitor.post("/my/messages", Map.of("text", "Let me in")).statusCode())
        .isIn(302, 403);
    assertThat(messages(uma.id())).isEqualTo(1);
  }

  /** A representative for the person, invited at a new address and signed in. */
  private WebSession representative(Invited person, String name, String contact) {
    Map<String, String> form = new HashMap<>();
    form.put("name", name);
    form.put("authority", "LPA_HEALTH_WELFARE");
    form.put("reference", "7000-1234-5678");
    form.put("endsOnDay", "1");
    form.put("endsOnMonth", "6");
    form.put("endsOnYear", "2027");
    form.put("contact", contact);
    form.put("confirmed", "yes");
    WebSession practitioner = as(worker);
    practitioner.get("/people/" + person.id() + "/representatives");
    assertThat(practitioner.post("/people/" + person.id() + "/representatives", form).statusCode())
        .isEqualTo(302);
    WebSession session = new WebSession(port);
    PersonSignIns.signIn(session, jdbc, contact);
    return session;
  }

  private static int newTags(String page) {
    return page.split(">New<", -1).length - 1;
  }

  @Test
  void aRepresentativeReadingDoesNotMarkTheWorkersMessagesReadForThePerson() {
    Invited zia = invited("Zia");
    String contact = unique("bea");
    WebSession bea = representative(zia, "Bea Khan", contact);
    String thread = "/people/" + zia.id() + "/messages";

    write(as(worker), thread, "Hello Zia and Bea");
    assertThat(outbox(PersonMessages.TO_PERSON, contact)).hasSize(1);
    assertThat(outbox(PersonMessages.TO_PERSON, zia.contact())).hasSize(1);

    assertThat(newTags(bea.get("/my/messages").body())).isEqualTo(1);
    assertThat(newTags(bea.get("/my/messages").body())).isZero();

    // Bea has read everything, so she is told of the next one; Zia has not, so she is not.
    write(as(worker), thread, "The carer comes at nine now");
    assertThat(outbox(PersonMessages.TO_PERSON, contact)).hasSize(2);
    assertThat(outbox(PersonMessages.TO_PERSON, zia.contact())).hasSize(1);

    String zias = zia.session().get("/my/messages").body();
    assertThat(zias).contains("Hello Zia and Bea", "The carer comes at nine now");
    assertThat(newTags(zias)).isEqualTo(2);
    assertThat(newTags(zia.session().get("/my/messages").body())).isZero();
    assertThat(newTags(bea.get("/my/messages").body())).isEqualTo(1);

    // What the person's side reads does not touch what staff have read, and the other way round.
    write(bea, "/my/messages", "Thank you, nine is fine");
    assertThat(newTags(as(worker).get(thread).body())).isEqualTo(1);
    assertThat(newTags(as(worker).get(thread).body())).isZero();
    assertThat(newTags(zia.session().get("/my/messages").body())).isZero();
  }

  @Test
  void aRepresentativesMessageCarriesTheirNameAndTheyAreToldOfReplies() {
    Invited vic = invited("Vic");
    String contact = unique("ali");
    WebSession ali = representative(vic, "Ali Raza", contact);

    write(ali, "/my/messages", "I am writing for Vic");
    write(vic.session(), "/my/messages", "And this is Vic");

    String thread = "/people/" + vic.id() + "/messages";
    assertThat(as(worker).get(thread).body())
        .contains("Ali Raza, lasting power of attorney, for Vic", "I am writing for Vic")
        .contains(vic.name());
    assertThat(ali.get("/my/messages").body()).contains(">You<", "Vic");
    assertThat(audited(vic.id(), "REPRESENTATIVE", "my-messages", "create")).isEqualTo(1);

    write(as(worker), thread, "Thank you both");
    assertThat(outbox(PersonMessages.TO_PERSON, contact))
        .containsExactly("{\"first_name\": \"Ali\"}");
    assertThat(outbox(PersonMessages.TO_PERSON, vic.contact()))
        .containsExactly("{\"first_name\": \"Vic\"}");
  }

  @Test
  void aMessageIsNeverEditedOrDeleted() {
    Invited wyn = invited("Wyn");
    write(wyn.session(), "/my/messages", "Kept as I wrote it");

    assertThatThrownBy(
            () ->
                jdbc.sql("UPDATE portal_message SET body = 'Changed' WHERE person_id = :p")
                    .param("p", wyn.id())
                    .update())
        .hasMessageContaining("never edited");
    assertThatThrownBy(
            () ->
                jdbc.sql("UPDATE portal_message SET sent_at = sent_at WHERE person_id = :p")
                    .param("p", wyn.id())
                    .update())
        .hasMessageContaining("never edited");
    assertThatThrownBy(
            () ->
                jdbc.sql("DELETE FROM portal_message WHERE person_id = :p")
                    .param("p", wyn.id())
                    .update())
        .hasMessageContaining("never deleted");
    assertThat(wyn.session().get("/my/messages").body())
        .contains("Kept as I wrote it", "You cannot change or delete a message once you send it.");
  }

  @Test
  void theDemoCouncilHasNusratsMessagesWithOneWaitingOnSamsMyWork() {
    UUID nusrat =
        jdbc.sql(
                "SELECT person_id FROM portal_invitation WHERE contact = :c AND status = 'ACTIVE'"
                    + " AND representative_id IS NULL")
            .param("c", MessagesDemo.NUSRAT)
            .query(UUID.class)
            .single();
    assertThat(messages(nusrat)).isGreaterThanOrEqualTo(3);
    if (personMessages.unreadFromPeople(List.of(nusrat)).isEmpty()) {
      // Another test sharing this demo database opened her thread as Sam, which reads it.
      personMessages.fromPerson(nusrat, "Are you there, Sam?", null);
    }
    assertThat(WebSession.signedIn(port, "practitioner", PASSWORD).get("/").body())
        .contains("id=\"messages-waiting-table\"", "/people/" + nusrat + "/messages");
  }
}

package org.strengths.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.platform.ApplicationClock;
import org.strengths.testing.RecordFixtures;
import org.strengths.testing.RecordFixtures.Action;

/**
 * The record starts with the person: their words, strengths, network, outcomes, what was agreed,
 * the next review and active connections, in that order, then their details; every part of the
 * record in a side navigation; the same access rule and audit as every other page of the record.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PersonRecordSummaryTests {

  static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** Monday 15 June 2026, 9am in London. */
  @TestConfiguration(proxyBeanMethods = false)
  static class FixedClock {
    @Bean
    @Primary
    Clock fixedClock() {
      return ApplicationClock.over(
          Clock.fixed(ZonedDateTime.of(2026, 6, 15, 9, 0, 0, 0, LONDON).toInstant(), LONDON));
    }
  }

  @Autowired MockMvc mvc;
  @Autowired StaffAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired People people;

  RecordFixtures fixtures;
  StaffMember practitioner;

  @BeforeEach
  void setUp() {
    fixtures = new RecordFixtures(jdbc, people);
    practitioner = TestPeople.staff(accounts, "practitioner");
  }

  @Test
  void opensWithThePersonsOwnWordsThenStrengthsNetworkOutcomesAgreedActionsReviewAndConnections()
      throws Exception {
    RecordFixtures.Person person = wholeRecord();

    String page = page(practitioner, "/people/" + person.id());

    assertThat(page)
        .containsSubsequence(
            "In their own words",
            "What matters to me",
            "Getting back to the allotment",
            "Said by " + person.displayName(),
            "What a good life looks like",
            "Cooking my own tea again",
            "Said by Mia (A family member)",
            "Strengths",
            "Grows prize leeks",
            "Their network",
            "3 relationships",
            "What they want to achieve",
            "Go to the mosque on Fridays",
            "Partly achieved",
            "at the review on 1 June 2026",
            "What we agreed and is due next",
            "Overdue",
            "Ring the allotment society",
            "Ask Mia about Saturdays",
            "Find the bus times",
            "Follow up by 29 June 2026",
            "Next review",
            "Due",
            "Yearly review: from 1 June 2026, by 30 June 2026",
            "Active connections",
            "Chapeltown Allotment Society",
            "Accepted",
            "Details",
            "Allocation");
    assertThat(page)
        .as("the latest completed conversation, not an older one")
        .doesNotContain("Words from an older conversation", "An ended choir");
    assertThat(page).contains("class=\"app-ecomap\"", "role=\"img\"");
  }

  @Test
  void showsTheQuotesAsQuotesWithWhoSaidEach() throws Exception {
    RecordFixtures.Person person = wholeRecord();

    String page = page(practitioner, "/people/" + person.id());

    assertThat(page)
        .containsSubsequence(
            "<figure class=\"app-quote",
            "<blockquote",
            "Getting back to the allotment",
            "</blockquote>",
            "<figcaption",
            "Said by " + person.displayName(),
            "</figcaption>");
  }

  @Test
  void listsThePartsOfTheRecordInASideNavigationWithTheSummaryCurrent() throws Exception {
    RecordFixtures.Person person = wholeRecord();
    String base = "/people/" + person.id();

    String page = page(practitioner, base);

    assertThat(page)
        .contains("<nav class=\"app-record-nav\"", "This person&#39;s record")
        .containsPattern(
            "id=\"record-summary-link\" href=\"" + base + "\"\\s+aria-current=\"page\">Summary")
        .containsSubsequence(
            "href=\"" + base + "/conversations\"",
            "href=\"" + base + "/assessments\"",
            "href=\"" + base + "/network\"",
            "href=\"" + base + "/ideas-for-connections\"",
            "href=\"" + base + "/connections\"",
            "href=\"" + base + "/plan\"",
            "href=\"" + base + "/history\"",
            "href=\"" + base + "/chronology\"")
        .doesNotContain("href=\"" + base + "/audit-trail\"");
    String navigation =
        page.substring(
            page.indexOf("id=\"record-navigation\""),
            page.indexOf("</nav>", page.indexOf("id=\"record-navigation\"")));
    assertThat(navigation.split("aria-current=\"page\"", -1)).as("one current page").hasSize(2);
    assertThat(page.split("aria-current=\"page\"", -1))
        .as("the service navigation marks the section, not a second current page")
        .hasSize(2);
    assertThat(page).containsPattern("href=\"/people\"\\s+aria-current=\"true\"");
    assertThat(page(TestPeople.staff(accounts, "manager"), base))
        .contains("href=\"" + base + "/audit-trail\"");
  }

  @Test
  void showsContextHistoryAndChronologyOnTheirOwnPagesMarkedCurrent() throws Exception {
    RecordFixtures.Person person = wholeRecord();
    String base = "/people/" + person.id();

    String history = page(practitioner, base + "/history");
    String chronology = page(practitioner, base + "/chronology");

    assertThat(history)
        .contains("Context for the national data return", "Changes to details")
        .containsPattern("id=\"history-link\" href=\"" + base + "/history\"\\s+aria-current");
    assertThat(chronology)
        .contains("Record created")
        .containsPattern("id=\"chronology-link\" href=\"" + base + "/chronology\"\\s+aria-current");
    assertThat(auditDetails(person.id())).contains("history", "chronology");
  }

  @Test
  void saysWhatIsNotRecordedYetForAPersonWithNothingButTheirDetails() throws Exception {
    RecordFixtures.Person person = fixtures.person("Bea", practitioner);

    String page = page(practitioner, "/people/" + person.id());

    assertThat(page)
        .contains("No conversation has been completed yet")
        .contains("No relationships have been recorded yet")
        .contains("No connections are active")
        .doesNotContain("What they want to achieve", "What we agreed and is due next");
  }

  @Test
  void refusesAPractitionerOfAnotherTeamEveryPageAndAuditsOnlyTheViewsAllowed() throws Exception {
    RecordFixtures.Person person = wholeRecord();
    StaffMember elsewhere = TestPeople.staff(accounts, "practitioner2");

    for (String path : List.of("", "/history", "/chronology")) {
      MockHttpServletResponse refused =
          mvc.perform(get("/people/" + person.id() + path).with(user(elsewhere)))
              .andReturn()
              .getResponse();
      assertThat(refused.getStatus()).as(path).isEqualTo(403);
      assertThat(refused.getContentAsString()).doesNotContain("Getting back to the allotment");
    }
    assertThat(auditActions(person.id())).doesNotContain("record/view");

    page(practitioner, "/people/" + person.id());
    assertThat(auditActions(person.id())).contains("record/view");
  }

  /**
   * An older and a latest conversation, three relationships, an agreed plan rated at a review, and
   * an active and an ended connection.
   */
  private RecordFixtures.Person wholeRecord() {
    RecordFixtures.Person person = fixtures.person("Nusrat", practitioner);
    fixtures.conversation(
        person.id(),
        1,
        LocalDate.of(2026, 3, 2),
        List.of("Words from an older conversation"),
        null,
        List.of("An older strength"),
        List.of(),
        null);
    fixtures.conversation(
        person.id(),
        2,
        LocalDate.of(2026, 6, 1),
        List.of("Getting back to the allotment", "Seeing my brother on Saturdays"),
        "Mia: Cooking my own tea again",
        List.of("Grows prize leeks", "Knows everyone at the mosque"),
        List.of(
            new Action("Find the bus times", "person", null),
            new Action("Ask Mia about Saturdays", "network", LocalDate.of(2026, 6, 20)),
            new Action("Ring the allotment society", "practitioner", LocalDate.of(2026, 6, 10))),
        LocalDate.of(2026, 6, 29));
    fixtures.relationship(person.id(), "Mia", "FAMILY", true);
    fixtures.relationship(person.id(), "Tariq", "FAMILY", false);
    fixtures.relationship(person.id(), "Leeds Grand Mosque", "FAITH", true);
    fixtures.agreedPlan(
        person.id(),
        "Go to the mosque on Fridays",
        LocalDate.of(2026, 6, 1),
        "PARTLY",
        "Most Fridays now",
        LocalDate.of(2026, 6, 1),
        LocalDate.of(2026, 6, 30));
    fixtures.connection(person.id(), "Chapeltown Allotment Society", "ACCEPTED", practitioner);
    fixtures.connection(person.id(), "An ended choir", "ENDED", practitioner);
    return person;
  }

  private String page(StaffMember staff, String path) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get(path).with(user(staff))).andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return response.getContentAsString();
  }

  private List<String> auditActions(UUID personId) {
    return jdbc.sql(
            "SELECT section || '/' || action FROM audit_entry WHERE person_id = :id ORDER BY seq")
        .param("id", personId)
        .query(String.class)
        .list();
  }

  private List<String> auditDetails(UUID personId) {
    return jdbc.sql(
            "SELECT coalesce(detail, '') FROM audit_entry WHERE person_id = :id"
                + " AND section = 'record' AND action = 'view' ORDER BY seq")
        .param("id", personId)
        .query(String.class)
        .list();
  }
}

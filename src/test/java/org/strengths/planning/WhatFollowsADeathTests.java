package org.strengths.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.access.StaffAccounts;
import org.strengths.person.People;
import org.strengths.testing.TestClock;
import org.strengths.testing.WebSession;

/**
 * What follows a recorded death in other modules (ADR 0174), and what removing a date recorded in
 * error puts back, over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WhatFollowsADeathTests {

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired StaffAccounts accounts;
  @Autowired JdbcClient jdbc;

  private final LocalDate today = TestClock.today();

  @Test
  void aDeathEndsThePlanItsReviewsDueAndOpenServicesAndRemovingItReopensThePlanOnly() {
    WebSession browser = WebSession.signedIn(port, "practitioner", PlanPagesTests.PASSWORD);
    UUID person =
        PlanningTestPeople.allocatedTo(people, PlanningTestPeople.staff(accounts, "practitioner"));
    String plan = "/people/" + person + "/plan";
    browser.get(plan);
    browser.post(plan, Map.of("action", "start"));
    PlanFixtures.complete(browser, plan, person, jdbc);
    browser.get(plan);
    assertThat(
            browser
                .post(
                    plan, Map.of("action", "agree", "version", PlanFixtures.version(person, jdbc)))
                .statusCode())
        .isEqualTo(302);
    // As if agreed seven weeks ago, so its first review is due now.
    jdbc.sql(
            "UPDATE planning_plan SET started_on = :then, agreed_on = :then,"
                + " last_changed_on = NULL, review_kind = 'AFTER_PLAN_STARTED',"
                + " review_opens_on = :opens, review_due_on = :due WHERE person_id = :p")
        .param("then", today.minusWeeks(7))
        .param("opens", today.minusWeeks(1))
        .param("due", today.plusWeeks(1))
        .param("p", person)
        .update();
    UUID open = service(person, today.minusMonths(2), null);
    UUID endsLater = service(person, today.minusMonths(2), today.plusMonths(1));
    UUID endedBefore = service(person, today.minusMonths(3), today.minusMonths(1));
    String name = name(person);
    assertThat(browser.get("/reviews").body()).contains(name);
    assertThat(browser.get("/").body()).contains(name);

    LocalDate died = today.minusDays(3);
    HttpResponse<String> recorded = recordDeath(browser, person, died);

    assertThat(recorded.statusCode()).isEqualTo(302);
    assertThat(browser.get("/reviews").body()).doesNotContain(name);
    assertThat(browser.get("/").body()).doesNotContain(name);
    assertThat(browser.get(plan).body())
        .contains("This plan ended when the person died on", "Its reviews are no longer due");
    assertThat(endOn(open)).isEqualTo(died);
    assertThat(endOn(endsLater)).isEqualTo(died);
    assertThat(endOn(endedBefore)).isEqualTo(today.minusMonths(1));

    browser.get("/people/" + person + "/death/remove");
    HttpResponse<String> removed =
        browser.post(
            "/people/" + person + "/death/remove",
            Map.of("version", personVersion(person), "reason", "Recorded on the wrong record"));

    assertThat(removed.statusCode()).isEqualTo(302);
    String reopened = browser.get(plan).body();
    assertThat(reopened)
        .doesNotContain("This plan ended when the person died on")
        .contains("ended on a date of death that has since been removed", "Home care " + open);
    assertThat(browser.get("/reviews").body()).contains(name);
    assertThat(endOn(open)).isEqualTo(died);
    assertThat(browser.get("/people/" + person + "/chronology").body())
        .contains("Date of death removed: Recorded on the wrong record");
  }

  @Test
  void aPersonWhoDiedLeavesTheWaitingListAndTheirSignInsAreWithdrawn() {
    WebSession browser = WebSession.signedIn(port, "practitioner", PlanPagesTests.PASSWORD);
    UUID person =
        PlanningTestPeople.allocatedTo(people, PlanningTestPeople.staff(accounts, "practitioner"));
    String name = name(person);
    UUID invitation = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO portal_invitation (id, person_id, contact, channel, status, created_at,
              updated_at)
            VALUES (:id, :person, :contact, 'EMAIL', 'ACTIVE', :at, :at)
            """)
        .param("id", invitation)
        .param("person", person)
        .param("contact", "died-" + invitation + "@example.org")
        .param("at", OffsetDateTime.now())
        .update();
    assertThat(browser.get("/waiting").body()).contains(name);

    LocalDate died = today.minusDays(1);
    browser.get("/people/" + person + "/death");
    recordDeath(browser, person, died);

    assertThat(browser.get("/waiting").body()).doesNotContain(name);
    assertThat(
            jdbc.sql("SELECT status FROM portal_invitation WHERE id = :id")
                .param("id", invitation)
                .query(String.class)
                .single())
        .isEqualTo("WITHDRAWN");
    assertThat(browser.get("/people/" + person).body()).contains("Died on");
    browser.get("/people/" + person + "/online-access");
    HttpResponse<String> invited =
        browser.post(
            "/people/" + person + "/online-access",
            Map.of("contact", "again-" + invitation + "@example.org", "confirmed", "yes"));
    assertThat(invited.statusCode()).isEqualTo(200);
    assertThat(invited.body()).contains("has a date of death, so they cannot be invited");

    browser.get("/people/" + person + "/representatives");
    HttpResponse<String> representative =
        browser.post(
            "/people/" + person + "/representatives",
            Map.of(
                "name", "Fay Lowe",
                "authority", "LPA_HEALTH_WELFARE",
                "reference", "7000-1234-5678",
                "endsOnDay", "1",
                "endsOnMonth", "6",
                "endsOnYear", String.valueOf(today.getYear() + 1),
                "contact", "attorney-" + invitation + "@example.org",
                "confirmed", "yes"));
    assertThat(representative.statusCode()).isEqualTo(200);
    assertThat(representative.body())
        .contains("has a date of death, so nobody can be invited to act for them")
        .contains("value=\"Fay Lowe\"");
  }

  private UUID service(UUID person, LocalDate startOn, LocalDate endOn) {
    UUID line = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO planning_support_line (id, plan_id, person_id, kind, help, service_type,
              start_on, end_on, created_at, created_by, updated_at, updated_by)
            SELECT :id, id, person_id, 'COMMISSIONED', :help, 'Long Term Support: Community',
              :start, :end, now(), 'practitioner', now(), 'practitioner'
            FROM planning_plan WHERE person_id = :person
            """)
        .param("id", line)
        .param("help", "Home care " + line)
        .param("start", startOn)
        .param("end", endOn)
        .param("person", person)
        .update();
    return line;
  }

  private LocalDate endOn(UUID line) {
    return jdbc.sql("SELECT end_on FROM planning_support_line WHERE id = :id")
        .param("id", line)
        .query(LocalDate.class)
        .single();
  }

  /** Posts the date-of-death form as the practitioner would, at the record's current version. */
  private HttpResponse<String> recordDeath(WebSession browser, UUID person, LocalDate died) {
    return browser.post(
        "/people/" + person + "/death",
        Map.of(
            "version", personVersion(person),
            "diedOnDay", String.valueOf(died.getDayOfMonth()),
            "diedOnMonth", String.valueOf(died.getMonthValue()),
            "diedOnYear", String.valueOf(died.getYear())));
  }

  private String personVersion(UUID person) {
    return jdbc.sql("SELECT version::text FROM person WHERE id = :id")
        .param("id", person)
        .query(String.class)
        .single();
  }

  private String name(UUID person) {
    return jdbc.sql("SELECT first_name || ' ' || last_name FROM person WHERE id = :id")
        .param("id", person)
        .query(String.class)
        .single();
  }
}

package org.strengths.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strengths.testing.TestClock;
import org.strengths.testing.WebSession;

/** Fills in every part of a plan through the pages, as a practitioner would. */
final class PlanFixtures {

  private PlanFixtures() {}

  static String complete(WebSession browser, String plan, UUID person, JdbcClient jdbc) {
    for (String slug :
        new String[] {
          "needs", "eligibility", "how-needs-are-met", "advice", "involved", "contingency"
        }) {
      section(browser, plan, slug, Map.of("text", "Written for " + slug), person, jdbc);
    }
    section(browser, plan, "agreement", Map.of("agrees", "yes"), person, jdbc);
    java.time.LocalDate soon = TestClock.today().plusWeeks(10);
    section(
        browser,
        plan,
        "next-review",
        Map.of(
            "day", String.valueOf(soon.getDayOfMonth()),
            "month", String.valueOf(soon.getMonthValue()),
            "year", String.valueOf(soon.getYear())),
        person,
        jdbc);
    browser.get(plan + "/outcomes/new");
    browser.post(
        plan + "/outcomes/new",
        Map.of(
            "words", "Get back to the bowling club on Thursdays",
            "areas", "PARTICIPATION",
            "gasMinus2", "Does not go",
            "gasMinus1", "Goes once a month with help",
            "gas0", "Goes most Thursdays with a lift",
            "gasPlus1", "Goes every Thursday",
            "gasPlus2", "Goes every Thursday and helps run it",
            "weight", "2",
            "version", "0"));
    String outcome =
        jdbc.sql(
                "SELECT o.id FROM planning_outcome o JOIN planning_plan p ON p.id = o.plan_id"
                    + " WHERE p.person_id = :p ORDER BY o.position DESC LIMIT 1")
            .param("p", person)
            .query(String.class)
            .single();
    browser.get(plan + "/support/new/person");
    assertThat(
            browser
                .post(
                    plan + "/support/new/person",
                    Map.of(
                        "help",
                        "Practises bowling in the garden",
                        "outcomeIds",
                        outcome,
                        "version",
                        "0"))
                .statusCode())
        .isEqualTo(302);
    browser.get(plan + "/budget");
    browser.post(
        plan + "/budget",
        Map.of(
            "indicative",
            "",
            "contribution",
            "0",
            "managementOption",
            "COUNCIL_MANAGED",
            "version",
            version(person, jdbc)));
    return outcome;
  }

  static void section(
      WebSession browser,
      String plan,
      String slug,
      Map<String, String> fields,
      UUID person,
      JdbcClient jdbc) {
    browser.get(plan + "/" + slug);
    Map<String, String> typed = new LinkedHashMap<>(fields);
    typed.put("version", version(person, jdbc));
    var saved = browser.post(plan + "/" + slug, typed);
    assertThat(saved.statusCode()).as(slug).isEqualTo(302);
    browser.get(WebSession.location(saved));
  }

  static String version(UUID person, JdbcClient jdbc) {
    return jdbc.sql("SELECT version FROM planning_plan WHERE person_id = :p AND status <> 'ENDED'")
        .param("p", person)
        .query(String.class)
        .single();
  }
}

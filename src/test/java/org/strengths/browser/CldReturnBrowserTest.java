package org.strengths.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class CldReturnBrowserTest extends JourneyTest {

  @Autowired JdbcClient jdbc;

  @Test
  void theAnalystChecksAQuarterAndTheProblemLinkLeadsToWhereItIsPutRight() {
    UUID person = personAllocatedTo("practitioner", "Edna", uniqueName());
    UUID eventId = UUID.randomUUID();
    String reference = "CONV-" + UUID.randomUUID();
    LocalDate heldOn = LocalDate.of(2032, 5, 10);
    OffsetDateTime at = OffsetDateTime.of(2032, 5, 10, 10, 0, 0, 0, ZoneOffset.UTC);
    jdbc.sql(
            """
            INSERT INTO cld_event (id, reference, person_id, source_kind, source_id, start_date,
              end_date, derived_event_type, derived_description, derived_outcome, derived_at,
              created_at, created_by, updated_at, updated_by)
            VALUES (:id, :reference, :person, 'conversation', :source, :on, :on, 'Request',
              'Initial conversation', 'Progress to Assessment', :at, :at, 'test', :at, 'test')
            """)
        .param("id", eventId)
        .param("reference", reference)
        .param("person", person)
        .param("source", UUID.randomUUID())
        .param("on", heldOn)
        .param("at", at)
        .update();

    browser.signIn("analyst", PASSWORD).visit("/insight/cld");
    assertThat(browser.heading()).isEqualTo("Client Level Data return");
    browser.fitsOnANarrowScreen();

    browser
        .type("fromDay", "1")
        .type("fromMonth", "4")
        .type("fromYear", "2032")
        .type("toDay", "31")
        .type("toMonth", "6")
        .type("toYear", "2032")
        .press("Check the extract");
    assertThat(browser.text())
        .contains("There is a problem", "End of the period must be a real date");
    assertThat(browser.valueOf("toDay")).isEqualTo("31");
    browser.fitsOnANarrowScreen();

    browser.type("toDay", "30").press("Check the extract");
    assertThat(browser.textOf("report-heading"))
        .isEqualTo("Extract for 1 April 2032 to 30 June 2032");
    String problems =
        browser.driver().findElements(By.xpath("//tr[contains(., '" + reference + "')]")).stream()
            .map(row -> row.getText())
            .collect(java.util.stream.Collectors.joining("\n"));
    assertThat(problems).contains("Request_Route_of_Access is missing").doesNotContain("LA_Code");
    assertThat(browser.textOf("problems")).contains("LA_Code is not set: set STRENGTHS_LA_CODE");
    String fix =
        browser
            .driver()
            .findElement(By.xpath("//tr[contains(., '" + reference + "')]//a"))
            .getAttribute("href");
    assertThat(fix).endsWith("/data-quality/cld-events/" + eventId);
    browser.fitsOnANarrowScreen();

    // The analyst sees no one's record; the team manager who puts codes right follows the link.
    try (Browser manager = Browser.open(port)) {
      manager.signIn("manager", PASSWORD);
      manager.driver().get(fix);
      manager.checkAccessible();
      assertThat(manager.heading()).isEqualTo("Correct a CLD event");
      assertThat(manager.text()).contains(reference.substring(0, 12));
      manager.fitsOnANarrowScreen();
    }
  }
}

package org.strengths.insight;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strengths.testing.RecordFixtures;

/** Writes the source modules' rows the flow read model is rebuilt from, for hand-built fixtures. */
public final class FlowFixture {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private final JdbcClient jdbc;

  public FlowFixture(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public UUID team(String name) {
    UUID id = UUID.randomUUID();
    jdbc.sql("INSERT INTO access_team (id, name) VALUES (:id, :name)")
        .param("id", id)
        .param("name", name + " " + id.toString().substring(0, 8))
        .update();
    return id;
  }

  /** A person whose record was opened (first contact) on {@code openedOn}, in {@code team}. */
  public UUID person(UUID team, LocalDate openedOn, String postcode, String gender) {
    UUID id = UUID.randomUUID();
    ZonedDateTime at = openedOn.atTime(LocalTime.NOON).atZone(LONDON);
    jdbc.sql(
            """
            INSERT INTO person (id, first_name, last_name, postcode, gender, team_id,
              created_at, created_by, updated_at, updated_by)
            VALUES (:id, 'Flow', 'Fixture', :postcode, :gender, :team, :at, 'test', :at, 'test')
            """)
        .param("id", id)
        .param("postcode", postcode)
        .param("gender", gender)
        .param("team", team)
        .param("at", at.toOffsetDateTime())
        .update();
    return id;
  }

  public void conversation(UUID person, int number, LocalDate heldOn, String stage) {
    jdbc.sql(
            """
            INSERT INTO conversation (id, person_id, status, number, held_on, stage, channel,
              outcome, completed_at, created_at, created_by, updated_at, updated_by)
            VALUES (:id, :person, 'COMPLETE', :number, :heldOn, :stage, 'home', 'NFA - Other',
              now(), now(), 'test', now(), 'test')
            """)
        .param("id", UUID.randomUUID())
        .param("person", person)
        .param("number", number)
        .param("heldOn", heldOn)
        .param("stage", stage)
        .update();
    if (number == 1) {
      RecordFixtures.firstConversationHeld(jdbc, person);
    }
  }

  public void handover(UUID person, LocalDate on) {
    jdbc.sql(
            """
            INSERT INTO person_handover (id, person_id, to_worker_id, reason, handed_at, handed_by)
            VALUES (:id, :person, :to, 'Fixture', :at, 'test')
            """)
        .param("id", UUID.randomUUID())
        .param("person", person)
        .param("to", UUID.randomUUID())
        .param("at", on.atTime(LocalTime.NOON).atZone(LONDON).toOffsetDateTime())
        .update();
  }

  /** An agreed plan with one line of each kind given ({@code NETWORK}, {@code COMMISSIONED}…). */
  public UUID plan(UUID person, LocalDate agreedOn, LocalDate reviewDueOn, String... lineKinds) {
    UUID plan = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO planning_plan (id, person_id, status, started_on, agreed_on, review_due_on,
              created_at, created_by, updated_at, updated_by)
            VALUES (:id, :person, 'AGREED', :agreed, :agreed, :due, now(), 'test', now(), 'test')
            """)
        .param("id", plan)
        .param("person", person)
        .param("agreed", agreedOn)
        .param("due", reviewDueOn)
        .update();
    for (String kind : lineKinds) {
      boolean paid = kind.equals("COMMISSIONED");
      jdbc.sql(
              """
              INSERT INTO planning_support_line (id, plan_id, person_id, kind, help,
                unit_cost_pence, planned_units_per_week, cost_frequency, start_on,
                created_at, created_by, updated_at, updated_by)
              VALUES (:id, :plan, :person, :kind, 'Help', :cost, :units, :frequency, :start,
                now(), 'test', now(), 'test')
              """)
          .param("id", UUID.randomUUID())
          .param("plan", plan)
          .param("person", person)
          .param("kind", kind)
          .param("cost", paid ? 2_500L : null)
          .param("units", paid ? new java.math.BigDecimal("10") : null)
          .param("frequency", paid ? "Hourly" : null)
          .param("start", agreedOn)
          .update();
    }
    return plan;
  }
}

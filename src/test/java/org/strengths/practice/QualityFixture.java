package org.strengths.practice;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strengths.insight.FlowFixture;

/**
 * Writes the owning modules' rows the practice-quality read model is worked out from, for
 * hand-built fixtures (people, teams and plans through {@link FlowFixture}).
 */
final class QualityFixture {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private final JdbcClient jdbc;
  final FlowFixture flow;

  QualityFixture(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.flow = new FlowFixture(jdbc);
  }

  /** A quote: its words and who said them ("person", "family", "carer", "practitioner"). */
  record Said(String words, String attribution) {}

  /** A strength's words and, if it is a relationship, the network member it points to. */
  record Named(String description, UUID networkMemberId) {}

  /** A completed conversation with what the practitioner wrote under "what is working". */
  UUID conversation(
      UUID person, LocalDate heldOn, String working, List<Said> quotes, List<Named> strengths) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO conversation (id, person_id, status, held_on, stage, channel, working,
              outcome, completed_at, created_at, created_by, updated_at, updated_by)
            VALUES (:id, :person, 'COMPLETE', :heldOn, 'listen-and-connect', 'home', :working,
              'NFA - Other', now(), now(), 'test', now(), 'test')
            """)
        .param("id", id)
        .param("person", person)
        .param("heldOn", heldOn)
        .param("working", working)
        .update();
    for (int i = 0; i < quotes.size(); i++) {
      jdbc.sql(
              """
              INSERT INTO conversation_quote (conversation_id, section, position, words, attribution)
              VALUES (:id, 'what-matters', :position, :words, :attribution)
              """)
          .param("id", id)
          .param("position", i)
          .param("words", quotes.get(i).words())
          .param("attribution", quotes.get(i).attribution())
          .update();
    }
    for (int i = 0; i < strengths.size(); i++) {
      jdbc.sql(
              """
              INSERT INTO conversation_strength (conversation_id, position, kind, description,
                identified_by, network_member_id)
              VALUES (:id, :position, 'skill', :description, 'person', :member)
              """)
          .param("id", id)
          .param("position", i)
          .param("description", strengths.get(i).description())
          .param("member", strengths.get(i).networkMemberId())
          .update();
    }
    return id;
  }

  /** An outcome in the plan that builds on the strength with {@code strengthId}. */
  void outcomeBuildingOn(UUID plan, UUID person, UUID strengthId) {
    jdbc.sql(
            """
            INSERT INTO planning_outcome (id, plan_id, person_id, words, strength_id, position,
              created_at, created_by, updated_at, updated_by)
            VALUES (:id, :plan, :person, 'To cook again', :strength, 0, now(), 'test', now(),
              'test')
            """)
        .param("id", UUID.randomUUID())
        .param("plan", plan)
        .param("person", person)
        .param("strength", strengthId)
        .update();
  }

  /** A line of support from a network member. */
  void networkLine(UUID plan, UUID person, UUID memberId) {
    jdbc.sql(
            """
            INSERT INTO planning_support_line (id, plan_id, person_id, kind, help,
              network_member_id, created_at, created_by, updated_at, updated_by)
            VALUES (:id, :plan, :person, 'NETWORK', 'Help', :member, now(), 'test', now(), 'test')
            """)
        .param("id", UUID.randomUUID())
        .param("plan", plan)
        .param("person", person)
        .param("member", memberId)
        .update();
  }

  void assessment(UUID person, LocalDate startedOn) {
    jdbc.sql(
            """
            INSERT INTO assessment (id, person_id, started_on, created_at, created_by, updated_at,
              updated_by)
            VALUES (:id, :person, :started, :at, 'test', :at, 'test')
            """)
        .param("id", UUID.randomUUID())
        .param("person", person)
        .param("started", startedOn)
        .param("at", startedOn.atTime(LocalTime.NOON).atZone(LONDON).toOffsetDateTime())
        .update();
  }
}

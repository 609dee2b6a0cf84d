package org.strengths.testing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strengths.access.StaffMember;
import org.strengths.person.CreatedPerson;
import org.strengths.person.NewPerson;
import org.strengths.person.People;

/**
 * A whole record for tests of the pages that bring the modules together (the record's summary): a
 * person made through the person module's API, then a completed conversation, relationships, a plan
 * with an outcome rated at a review, and connections, written as the owning modules store them.
 * Each person has a made-up surname of their own, so tests never see each other's data.
 */
public final class RecordFixtures {

  /** A person made for a test, and the name their record shows. */
  public record Person(UUID id, String displayName) {}

  /** An agreed action: what, who and by when (null for no date). */
  public record Action(String what, String who, LocalDate byWhen) {}

  private static final OffsetDateTime RECORDED =
      OffsetDateTime.of(2026, 1, 5, 10, 0, 0, 0, ZoneOffset.UTC);

  private final JdbcClient jdbc;
  private final People people;

  public RecordFixtures(JdbcClient jdbc, People people) {
    this.jdbc = jdbc;
    this.people = people;
  }

  /**
   * A person to add with only a name and date of birth, allocated to a team and worker (either may
   * be null): what most tests need, without the form's other eighteen fields.
   */
  public static NewPerson allocated(
      String firstName, String lastName, LocalDate dateOfBirth, UUID teamId, UUID workerId) {
    return new NewPerson(
        firstName,
        lastName,
        null,
        null,
        dateOfBirth,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        false,
        null,
        null,
        false,
        teamId,
        workerId);
  }

  /** A new person allocated to {@code worker} in their team. */
  public Person person(String firstName, StaffMember worker) {
    StringBuilder surname = new StringBuilder("Z");
    for (int i = 0; i < 9; i++) {
      surname.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    CreatedPerson created =
        people.create(
            allocated(
                firstName,
                surname.toString(),
                LocalDate.of(1948, 3, 12),
                worker.teamId(),
                worker.id()),
            worker);
    if (!created.isCreated()) {
      throw new IllegalStateException("Test person refused: " + created.errors());
    }
    return new Person(created.id(), firstName + " " + surname);
  }

  /**
   * Takes the person out of the queue for a first conversation, as the conversation module does
   * when it numbers a first conversation: for fixtures that insert conversations with SQL.
   */
  public static void firstConversationHeld(JdbcClient jdbc, UUID person) {
    jdbc.sql("UPDATE person SET first_conversation_held = true WHERE id = :person")
        .param("person", person)
        .update();
  }

  /**
   * A completed conversation.
   *
   * @param whatMatters quotes said by the person
   * @param goodLifeByFamily a quote said by a named family member, {@code name: words}
   */
  public UUID conversation(
      UUID person,
      int number,
      LocalDate heldOn,
      List<String> whatMatters,
      String goodLifeByFamily,
      List<String> strengths,
      List<Action> actions,
      LocalDate followUp) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO conversation (id, person_id, status, number, held_on, stage, channel,
              follow_up_on, outcome, completed_at, created_at, created_by, updated_at, updated_by)
            VALUES (:id, :person, 'COMPLETE', :number, :heldOn, 'listen-and-connect', 'home',
              :followUp, 'NFA - Other', :at, :at, 'practitioner', :at, 'practitioner')
            """)
        .param("id", id)
        .param("person", person)
        .param("number", number)
        .param("heldOn", heldOn)
        .param("followUp", followUp)
        .param("at", RECORDED)
        .update();
    if (number == 1) {
      firstConversationHeld(jdbc, person);
    }
    for (int i = 0; i < whatMatters.size(); i++) {
      quote(id, "what-matters", i, whatMatters.get(i), "person", null);
    }
    if (goodLifeByFamily != null) {
      String[] said = goodLifeByFamily.split(": ", 2);
      quote(id, "good-life", 0, said[1], "family", said[0]);
    }
    for (int i = 0; i < strengths.size(); i++) {
      jdbc.sql(
              """
              INSERT INTO conversation_strength (conversation_id, position, kind, description,
                identified_by)
              VALUES (:id, :position, 'interests', :description, 'person')
              """)
          .param("id", id)
          .param("position", i)
          .param("description", strengths.get(i))
          .update();
    }
    for (int i = 0; i < actions.size(); i++) {
      jdbc.sql(
              """
              INSERT INTO conversation_action (conversation_id, position, what, who, by_when)
              VALUES (:id, :position, :what, :who, :byWhen)
              """)
          .param("id", id)
          .param("position", i)
          .param("what", actions.get(i).what())
          .param("who", actions.get(i).who())
          .param("byWhen", actions.get(i).byWhen())
          .update();
    }
    return id;
  }

  private void quote(
      UUID conversation, String section, int position, String words, String who, String name) {
    jdbc.sql(
            """
            INSERT INTO conversation_quote (conversation_id, section, position, words,
              attribution, attributed_name)
            VALUES (:id, :section, :position, :words, :who, :name)
            """)
        .param("id", conversation)
        .param("section", section)
        .param("position", position)
        .param("words", words)
        .param("who", who)
        .param("name", name)
        .update();
  }

  /** A current relationship of the given kind ({@code FAMILY}, {@code FRIEND}, …). */
  public UUID relationship(UUID person, String label, String kind, boolean strong) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO network_member (id, person_id, kind, label, strength, direction,
              created_at, created_by, created_by_name, updated_at, updated_by, updated_by_name)
            VALUES (:id, :person, :kind, :label, :strength, 'BOTH_WAYS',
              :at, 'practitioner', 'Sam Okafor', :at, 'practitioner', 'Sam Okafor')
            """)
        .param("id", id)
        .param("person", person)
        .param("kind", kind)
        .param("label", label)
        .param("strength", strong ? "STRONG" : "ORDINARY")
        .param("at", RECORDED)
        .update();
    return id;
  }

  /**
   * An agreed plan with one outcome, rated at one review, and its next review as the schedule keeps
   * it.
   */
  public UUID agreedPlan(
      UUID person,
      String outcome,
      LocalDate reviewedOn,
      String rating,
      String theirWords,
      LocalDate reviewOpensOn,
      LocalDate reviewDueOn) {
    UUID plan = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO planning_plan (id, person_id, status, started_on, agreed_on,
              review_kind, review_opens_on, review_due_on,
              created_at, created_by, updated_at, updated_by)
            VALUES (:id, :person, 'AGREED', :started, :started, 'PLANNED_ANNUAL', :opens, :due,
              :at, 'practitioner', :at, 'practitioner')
            """)
        .param("id", plan)
        .param("person", person)
        .param("started", reviewedOn.minusMonths(3))
        .param("opens", reviewOpensOn)
        .param("due", reviewDueOn)
        .param("at", RECORDED)
        .update();
    UUID outcomeId = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO planning_outcome (id, plan_id, person_id, words, position,
              created_at, created_by, updated_at, updated_by)
            VALUES (:id, :plan, :person, :words, 0, :at, 'practitioner', :at, 'practitioner')
            """)
        .param("id", outcomeId)
        .param("plan", plan)
        .param("person", person)
        .param("words", outcome)
        .param("at", RECORDED)
        .update();
    UUID review = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO planning_review (id, plan_id, person_id, held_on, review_reason,
              review_method, working, not_working, package_changed, event_outcome,
              created_at, created_by, updated_at, updated_by)
            VALUES (:id, :plan, :person, :heldOn, 'Planned', 'Service user only', 'Bowling',
              'Lifts', false, 'No change in Long Term Support',
              :at, 'practitioner', :at, 'practitioner')
            """)
        .param("id", review)
        .param("plan", plan)
        .param("person", person)
        .param("heldOn", reviewedOn)
        .param("at", RECORDED)
        .update();
    jdbc.sql(
            """
            INSERT INTO planning_review_rating (review_id, outcome_id, rating, their_words)
            VALUES (:review, :outcome, :rating, :words)
            """)
        .param("review", review)
        .param("outcome", outcomeId)
        .param("rating", rating)
        .param("words", theirWords)
        .update();
    return plan;
  }

  /** A connection to a community asset, information given, in the status given. */
  public UUID connection(UUID person, String assetName, String status, StaffMember by) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO connection (id, person_id, asset_id, asset_name, method, lawful_basis,
              provides_care, status, decline_reason, sent_at, sent_by_id, sent_by_name,
              created_at, created_by, updated_at, updated_by)
            VALUES (:id, :person, :asset, :name, 'INFORMATION_GIVEN', 'NOTHING_SHARED', false,
              :status, :reason, :at, :by, :byName, :at, :username, :at, :username)
            """)
        .param("id", id)
        .param("person", person)
        .param("asset", UUID.randomUUID())
        .param("name", assetName)
        .param("status", status)
        .param("reason", "DECLINED".equals(status) ? "Full" : null)
        .param("at", RECORDED)
        .param("by", by.id())
        .param("byName", by.displayName())
        .param("username", by.getUsername())
        .update();
    return id;
  }
}

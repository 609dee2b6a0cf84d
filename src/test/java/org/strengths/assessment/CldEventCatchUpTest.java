package org.strengths.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.conversation.ConversationTestData;
import org.strengths.person.People;
import org.strengths.testing.TestClock;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CldEventCatchUpTest {

  private static final String DERIVED =
      "SELECT person_id, source_kind, source_id, start_date, end_date, derived_event_type,"
          + " derived_assessment_type, derived_description, derived_outcome,"
          + " derived_route_of_access, version FROM cld_event WHERE reference = :reference";

  @Autowired JdbcClient jdbc;
  @Autowired People people;
  @Autowired StaffAccounts accounts;
  @Autowired ApplicationContext context;
  @Autowired CldEventCatchUp catchUp;

  @Test
  void aConversationSavedWithoutItsEventGetsTheSameEventAtTheNextRunAndOnlyOnce() {
    StaffMember worker = ConversationTestData.staff(accounts, "practitioner");
    UUID person = ConversationTestData.personOf(people, worker);
    requestReceivedOnline(person);
    UUID conversation =
        ConversationTestData.completed(
            context, person, worker, TestClock.today(), "Progress to Assessment");
    String reference = "CONV-" + conversation;
    Map<String, Object> asRecorded = event(reference);
    assertThat(asRecorded).containsEntry("derived_route_of_access", "Self-Referral");
    // as if deriving had failed when the conversation was saved
    jdbc.sql("DELETE FROM cld_event WHERE reference = :reference")
        .param("reference", reference)
        .update();

    assertThat(catchUp.run()).isPositive();
    assertThat(event(reference)).isEqualTo(asRecorded);

    catchUp.run();
    assertThat(event(reference)).containsEntry("version", asRecorded.get("version"));
  }

  @Test
  void aConversationCompletedBeforeTheLookBackIsLeftAsItIs() {
    StaffMember worker = ConversationTestData.staff(accounts, "practitioner");
    UUID person = ConversationTestData.personOf(people, worker);
    UUID conversation =
        ConversationTestData.completed(
            context, person, worker, TestClock.today().minusDays(20), "Progress to Assessment");
    jdbc.sql("UPDATE conversation SET completed_at = :at WHERE id = :id")
        .param("at", OffsetDateTime.parse("2026-06-20T09:00:00Z"))
        .param("id", conversation)
        .update();
    jdbc.sql("DELETE FROM cld_event WHERE reference = :reference")
        .param("reference", "CONV-" + conversation)
        .update();

    catchUp.run();

    assertThat(
            jdbc.sql("SELECT count(*) FROM cld_event WHERE reference = :reference")
                .param("reference", "CONV-" + conversation)
                .query(Integer.class)
                .single())
        .isZero();
  }

  private void requestReceivedOnline(UUID person) {
    jdbc.sql(
            """
            INSERT INTO conversation_request (id, person_id, route_of_access, received_on,
              created_at, created_by)
            VALUES (:id, :person, 'Self-Referral', :on, now(), 'test')
            """)
        .param("id", UUID.randomUUID())
        .param("person", person)
        .param("on", TestClock.today())
        .update();
  }

  private Map<String, Object> event(String reference) {
    return jdbc.sql(DERIVED).param("reference", reference).query().singleRow();
  }
}

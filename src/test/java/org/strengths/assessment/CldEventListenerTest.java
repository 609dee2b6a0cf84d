package org.strengths.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.conversation.ConversationRecorded;
import org.strengths.conversation.ConversationTestData;
import org.strengths.person.People;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CldEventListenerTest {

  @Autowired JdbcClient jdbc;
  @Autowired People people;
  @Autowired StaffAccounts accounts;
  @Autowired ApplicationContext context;
  @Autowired ApplicationEventPublisher publisher;
  @Autowired TransactionTemplate transactions;

  @Test
  void aConversationRecordedHasItsCldEventOnceSaved() {
    StaffMember worker = ConversationTestData.staff(accounts, "practitioner");
    UUID person = ConversationTestData.personOf(people, worker);

    UUID conversation =
        ConversationTestData.completed(
            context, person, worker, LocalDate.of(2025, 3, 3), "Progress to Assessment");

    assertThat(
            jdbc.sql(
                    "SELECT derived_outcome FROM cld_event WHERE reference = :reference"
                        + " AND person_id = :person")
                .param("reference", "CONV-" + conversation)
                .param("person", person)
                .query(String.class)
                .single())
        .isEqualTo("Progress to Assessment");
  }

  @Test
  void aFailureToDeriveTheEventRollsBackOnlyTheEvent() {
    UUID conversation = UUID.randomUUID();
    UUID nobody = UUID.randomUUID(); // no such person: the event's insert fails

    Integer stillUsable =
        transactions.execute(
            status -> {
              publisher.publishEvent(
                  new ConversationRecorded(
                      conversation,
                      nobody,
                      LocalDate.of(2025, 3, 3),
                      1,
                      "good-life",
                      "Progress to Assessment",
                      null));
              return jdbc.sql("SELECT 1").query(Integer.class).single();
            });

    assertThat(stillUsable).isEqualTo(1);
    assertThat(
            jdbc.sql("SELECT count(*) FROM cld_event WHERE reference = :reference")
                .param("reference", "CONV-" + conversation)
                .query(Integer.class)
                .single())
        .isZero();
  }
}

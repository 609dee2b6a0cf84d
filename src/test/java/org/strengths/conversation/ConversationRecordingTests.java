package org.strengths.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.person.Caseloads;
import org.strengths.person.Chronology;
import org.strengths.person.People;

/** Saving drafts and complete conversations in the database, with numbering and the event. */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
class ConversationRecordingTests {

  @Autowired ConversationRecording recording;
  @Autowired Conversations conversations;
  @Autowired People people;
  @Autowired StaffAccounts accounts;
  @Autowired Chronology chronology;
  @Autowired ApplicationEvents events;
  @Autowired Caseloads caseloads;

  @Test
  void numbersCompletedConversationsAndPublishesAnEventOnlyOnFirstCompletion() {
    StaffMember practitioner = ConversationTestData.staff(accounts, "practitioner");
    UUID person = ConversationTestData.personOf(people, practitioner);
    LocalDate day = LocalDate.of(2026, 3, 2);

    var draft =
        (ConversationRecording.Saved)
            recording.saveDraft(
                person, null, 0, ConversationTestData.content(day, null), practitioner);
    assertThat(events.stream(ConversationRecorded.class)).isEmpty();
    assertThat(conversations.find(draft.id()).orElseThrow().draft()).isTrue();
    assertThat(waitingInTeam(practitioner)).contains(person);

    var first =
        (ConversationRecording.Saved)
            recording.complete(
                person,
                draft.id(),
                draft.version(),
                ConversationTestData.content(day, "Progress to Assessment"),
                practitioner);
    var second =
        (ConversationRecording.Saved)
            recording.complete(
                person,
                null,
                0,
                ConversationTestData.content(day.plusDays(14), "NFA - Other"),
                practitioner);
    recording.complete(
        person,
        first.id(),
        first.version(),
        ConversationTestData.content(day, "NFA - Information & Advice / Signposting only"),
        practitioner);

    assertThat(waitingInTeam(practitioner)).doesNotContain(person);
    List<ConversationRecorded> published = events.stream(ConversationRecorded.class).toList();
    assertThat(published)
        .extracting(ConversationRecorded::number, ConversationRecorded::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "Progress to Assessment"),
            org.assertj.core.groups.Tuple.tuple(2, "NFA - Other"));
    ConversationView view = conversations.find(first.id()).orElseThrow();
    assertThat(view.number()).isEqualTo(1);
    assertThat(view.whatMatters())
        .containsExactly(new Quote("Getting back to the allotment", "person", null));
    assertThat(view.strengths()).hasSize(1);
    assertThat(view.stageLabel()).isEqualTo("Listen and connect");
    assertThat(conversations.forPerson(person))
        .extracting(ConversationView::id)
        .containsExactly(second.id(), first.id());
    assertThat(chronology.entries(person))
        .extracting(Chronology.Entry::kind)
        .contains("conversation-recorded", "conversation-changed");
  }

  @Test
  void refusesASaveBasedOnAnOldVersion() {
    StaffMember practitioner = ConversationTestData.staff(accounts, "practitioner");
    UUID person = ConversationTestData.personOf(people, practitioner);
    LocalDate day = LocalDate.of(2026, 3, 2);
    var saved =
        (ConversationRecording.Saved)
            recording.complete(
                person, null, 0, ConversationTestData.content(day, "NFA - Other"), practitioner);
    recording.complete(
        person, saved.id(), 0, ConversationTestData.content(day, "NFA - Other"), practitioner);

    var stale =
        recording.complete(
            person, saved.id(), 0, ConversationTestData.content(day, "NFA - Other"), practitioner);

    assertThat(stale).isInstanceOf(ConversationRecording.Conflict.class);
  }

  /** Everyone in the practitioner's team My work lists as waiting for a first conversation. */
  private List<UUID> waitingInTeam(StaffMember practitioner) {
    return caseloads
        .waitingForFirstConversation(practitioner.teamId(), List.of(), Integer.MAX_VALUE)
        .longest()
        .stream()
        .map(Caseloads.Waiting::personId)
        .toList();
  }
}

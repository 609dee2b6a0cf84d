package org.strengths.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.person.People;

/** The person's own words from their latest completed conversation, for other modules. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PersonInTheirWordsTests {

  @Autowired PersonInTheirWords inTheirWords;
  @Autowired ConversationRecording recording;
  @Autowired People people;
  @Autowired StaffAccounts accounts;

  @Test
  void givesTheHighlightsOfTheLatestCompletedConversationAndIgnoresDrafts() {
    StaffMember practitioner = ConversationTestData.staff(accounts, "practitioner");
    UUID person = ConversationTestData.personOf(people, practitioner);
    LocalDate day = LocalDate.of(2026, 3, 2);
    recording.complete(
        person, null, 0, ConversationTestData.content(day, "NFA - Other"), practitioner);
    recording.complete(
        person,
        null,
        0,
        ConversationTestData.content(day.plusDays(10), "NFA - Other"),
        practitioner);
    recording.saveDraft(
        person, null, 0, ConversationTestData.content(day.plusDays(20), null), practitioner);

    PersonInTheirWords.Highlights highlights = inTheirWords.latestFor(person).orElseThrow();

    assertThat(highlights.heldOn()).isEqualTo(day.plusDays(10));
    assertThat(highlights.whatMatters()).containsExactly("Getting back to the allotment");
    assertThat(highlights.goodLife()).containsExactly("Mum with her friends again");
    assertThat(highlights.strengths()).containsExactly("Grows vegetables");
  }

  @Test
  void isEmptyForAPersonWithOnlyADraft() {
    StaffMember practitioner = ConversationTestData.staff(accounts, "practitioner");
    UUID person = ConversationTestData.personOf(people, practitioner);
    recording.saveDraft(
        person,
        null,
        0,
        ConversationTestData.content(LocalDate.of(2026, 3, 2), null),
        practitioner);

    assertThat(inTheirWords.latestFor(person)).isEmpty();
  }
}

package org.strengths.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.access.PersonDirectory;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;

@SpringBootTest
@ActiveProfiles("test")
class PeopleTests {

  @Autowired People people;
  @Autowired Chronology chronology;
  @Autowired PersonDirectory directory;
  @Autowired StaffAccounts accounts;

  private StaffMember practitioner;

  @BeforeEach
  void signIn() {
    practitioner = TestPeople.staff(accounts, "practitioner");
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                practitioner, null, practitioner.getAuthorities()));
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void returnsProblemsAsDataAndSavesNothing() {
    var typed = person("", TestPeople.name(), null, "943 476 5918");

    CreatedPerson result = people.create(typed, practitioner);

    assertThat(result.isCreated()).isFalse();
    assertThat(result.errors())
        .containsEntry("firstName", "Enter the person's first name")
        .containsKey("nhsNumber");
  }

  @Test
  void refusesAWorkerWhoIsNotInTheTeam() {
    var typed =
        withAllocation(
            person(TestPeople.name(), TestPeople.name(), null, null),
            practitioner.teamId(),
            TestPeople.staff(accounts, "practitioner2").id());

    assertThat(people.create(typed, practitioner).errors()).containsKey("workerId");
  }

  @Test
  void createsAPersonFindableWithTheirDetailsNormalised() {
    String last = TestPeople.name();
    var typed = person(" Ada ", last, LocalDate.of(1950, 2, 3), "943 476 5919 ");

    UUID id = people.create(typed, practitioner).id();

    PersonDetails found = people.find(id).orElseThrow();
    assertThat(found.firstName()).isEqualTo("Ada");
    assertThat(found.nhsNumber()).isEqualTo("9434765919");
    assertThat(found.postcode()).isEqualTo("LS1 4AP");
    assertThat(found.createdBy()).isEqualTo("practitioner");
    assertThat(found.displayName()).isEqualTo("Ada " + last);
  }

  @Test
  void findsATypoInTheNameWithTheSameDateOfBirthAsALikelyDuplicate() {
    LocalDate born = TestPeople.dateOfBirth();
    String last = "Zyxwood" + TestPeople.name().toLowerCase();
    UUID id = people.create(person("Jonathan", last, born, null), practitioner).id();

    assertThat(people.likelyDuplicates("Jonathon", last, born, null))
        .extracting(DuplicateMatch::id)
        .contains(id);
    assertThat(people.likelyDuplicates("Jonathon", last, born.plusDays(1), null))
        .extracting(DuplicateMatch::id)
        .doesNotContain(id);
  }

  @Test
  void findsALastNameThatSoundsAlikeWithTheSameInitial() {
    LocalDate born = TestPeople.dateOfBirth();
    UUID id = people.create(person("Katherine", "Smith", born, null), practitioner).id();

    assertThat(people.likelyDuplicates("Kate", "Smyth", born, null))
        .extracting(DuplicateMatch::id)
        .contains(id);
  }

  @Test
  void findsTheSameNhsNumberWhateverTheName() {
    String nhs = TestPeople.nhsNumber();
    UUID id =
        people.create(person(TestPeople.name(), TestPeople.name(), null, nhs), practitioner).id();

    assertThat(people.likelyDuplicates(TestPeople.name(), TestPeople.name(), null, nhs))
        .singleElement()
        .satisfies(
            match -> {
              assertThat(match.id()).isEqualTo(id);
              assertThat(match.sameNhsNumber()).isTrue();
            });
  }

  @Test
  void startsTheChronologyAndLetsOtherModulesAddToIt() {
    UUID id =
        people.create(person(TestPeople.name(), TestPeople.name(), null, null), practitioner).id();

    chronology.add(id, "conversation-recorded", "Conversation recorded");

    assertThat(chronology.entries(id))
        .extracting(Chronology.Entry::summary)
        .containsExactly("Conversation recorded", "Record created");
    assertThat(chronology.entries(id).get(0).recordedBy()).isEqualTo("Sam Okafor");
  }

  @Test
  void tellsTheAccessModuleWhoThePersonIsAllocatedToAndTheirName() {
    var typed = person("Robert", TestPeople.name(), null, null);
    UUID id =
        people
            .create(
                new NewPerson(
                    typed.firstName(),
                    typed.lastName(),
                    "Bob",
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
                    null,
                    null,
                    false,
                    null,
                    null,
                    false,
                    practitioner.teamId(),
                    practitioner.id()),
                practitioner)
            .id();

    assertThat(directory.allocationOf(id))
        .hasValueSatisfying(
            allocation -> {
              assertThat(allocation.teamId()).isEqualTo(practitioner.teamId());
              assertThat(allocation.workerId()).isEqualTo(practitioner.id());
            });
    assertThat(directory.displayName(id)).contains("Bob " + typed.lastName());
    assertThat(directory.allocationOf(UUID.randomUUID())).isEmpty();
  }

  private NewPerson person(String first, String last, LocalDate born, String nhs) {
    return withAllocation(
        new NewPerson(
            first, last, null, null, born, nhs, null, null, null, "ls14ap", null, null, null, null,
            null, false, null, null, false, null, null),
        practitioner.teamId(),
        practitioner.id());
  }

  private static NewPerson withAllocation(NewPerson p, UUID team, UUID worker) {
    return new NewPerson(
        p.firstName(),
        p.lastName(),
        p.preferredName(),
        p.pronouns(),
        p.dateOfBirth(),
        p.nhsNumber(),
        p.addressLine1(),
        p.addressLine2(),
        p.town(),
        p.postcode(),
        p.phone(),
        p.email(),
        p.gender(),
        p.ethnicity(),
        p.mainLanguage(),
        p.interpreterNeeded(),
        p.communicationNeeds(),
        p.preferredFormat(),
        p.advocateNeeded(),
        team,
        worker);
  }
}

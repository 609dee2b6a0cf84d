package org.strengths.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class MemberFormTest {

  private static MemberForm filledIn() {
    MemberForm form = new MemberForm();
    form.setKind("FAMILY");
    form.setLabel("Mary");
    form.setSpecificTie("daughter");
    form.setStrength("STRONG");
    form.setStressful("no");
    form.setDirection("BOTH_WAYS");
    form.setContactFrequency("WEEKLY");
    form.setWantsChange("NOT_ASKED");
    form.setGivesCare("yes");
    form.setWilling("YES");
    form.setAble("YES");
    form.setImpactOnThem("Works part time");
    form.setPersonAgrees("YES");
    form.setConsentToContact("YES");
    return form;
  }

  @Test
  void turnsACompleteFormIntoDetails() {
    MemberForm.Checked checked = filledIn().check(id -> false);

    assertThat(checked.problems()).isEmpty();
    MemberDetails details = checked.details();
    assertThat(details.kind()).isEqualTo(TieKind.FAMILY);
    assertThat(details.strength()).isEqualTo(TieStrength.STRONG);
    assertThat(details.contactFrequency()).isEqualTo(ContactFrequency.WEEKLY);
    assertThat(details.thirdParty()).isTrue();
    assertThat(
            new CarerCheck(
                    true,
                    details.willing(),
                    details.able(),
                    details.impactOnThem(),
                    details.personAgrees())
                .mayBeReliedOn())
        .isTrue();
  }

  @Test
  void asksForEveryRequiredAnswerOnAnEmptyForm() {
    MemberForm.Checked checked = new MemberForm().check(id -> true);

    assertThat(checked.valid()).isFalse();
    assertThat(checked.problems())
        .containsKeys("kind", "label", "strength", "stressful", "direction", "givesCare")
        .containsEntry("label", "network.error.label.missing");
  }

  @Test
  void refusesTextThatIsTooLong() {
    MemberForm form = filledIn();
    form.setLabel("x".repeat(201));
    form.setImpactOnThem("y".repeat(2001));
    form.setWantsChange("YES");
    form.setChangeWanted("z".repeat(2001));

    MemberForm.Checked checked = form.check(id -> true);

    assertThat(checked.problems())
        .containsEntry("label", "network.error.label.tooLong")
        .containsEntry("impactOnThem", "network.error.impactOnThem.tooLong")
        .containsEntry("changeWanted", "network.error.changeWanted.tooLong");
  }

  @Test
  void acceptsTextAtTheLimits() {
    MemberForm form = filledIn();
    form.setLabel("x".repeat(200));
    form.setImpactOnThem("y".repeat(2000));

    assertThat(form.check(id -> true).valid()).isTrue();
  }

  @Test
  void explainsWrongCodesInsteadOfFailing() {
    MemberForm form = filledIn();
    form.setKind("COUSIN");
    form.setStrength("VERY");
    form.setDirection("SIDEWAYS");
    form.setStressful("maybe");
    form.setContactFrequency("HOURLY");
    form.setWilling("PERHAPS");

    MemberForm.Checked checked = form.check(id -> true);

    assertThat(checked.problems())
        .containsEntry("kind", "network.error.kind.missing")
        .containsEntry("strength", "network.error.strength.missing")
        .containsEntry("direction", "network.error.direction.missing")
        .containsEntry("stressful", "network.error.stressful.missing")
        .containsEntry("contactFrequency", "network.error.contactFrequency.missing")
        .containsEntry("willing", "network.error.choice.invalid");
  }

  @Test
  void keepsNoCareAnswersForSomeoneWhoGivesNoCare() {
    MemberForm form = filledIn();
    form.setGivesCare("no");

    MemberDetails details = form.check(id -> true).details();

    assertThat(details.willing()).isEqualTo(Answer.NOT_ASKED);
    assertThat(details.impactOnThem()).isNull();
  }

  @Test
  void linksARecordOnlyWhenTheUserMaySeeIt() {
    UUID other = UUID.randomUUID();
    MemberForm form = filledIn();
    form.setLinkedPerson("http://localhost:8080/people/" + other);

    assertThat(form.check(id -> id.equals(other)).details().linkedPersonId()).isEqualTo(other);
    assertThat(form.check(id -> false).problems())
        .containsEntry("linkedPerson", "network.error.linkedPerson.invalid");
    form.setLinkedPerson("not an id");
    assertThat(form.check(id -> true).problems()).containsKey("linkedPerson");
  }

  @Test
  void treatsAMissingOrGarbledVersionAsStale() {
    MemberForm form = filledIn();
    assertThat(form.versionSeen()).isEqualTo(-1);
    form.setVersion("abc");
    assertThat(form.versionSeen()).isEqualTo(-1);
    form.setVersion(" 3 ");
    assertThat(form.versionSeen()).isEqualTo(3);
  }
}

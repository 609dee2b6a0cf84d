package org.strengths.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.strengths.assessment.AssessmentEvidence;
import org.strengths.conversation.AgreedAction;
import org.strengths.conversation.ConversationStatus;
import org.strengths.conversation.ConversationView;
import org.strengths.conversation.PersonInTheirWords;
import org.strengths.conversation.Quote;
import org.strengths.conversation.Strength;
import org.strengths.network.Answer;
import org.strengths.network.NetworkMemberView;
import org.strengths.network.SupportDirection;
import org.strengths.network.TieKind;
import org.strengths.network.TieStrength;
import org.strengths.planning.PlanEvidence;
import org.strengths.planning.PlanEvidence.Giver;

/** Each number of the evidence against records counted by hand. */
class EvidenceRulesTest {

  static final LocalDate OPENED = LocalDate.of(2026, 3, 2);
  static final UUID SISTER = UUID.randomUUID();

  @Test
  void aConversationWithThreeQuotesAndTwoStrengthsGivesExactlyThoseNumbers() {
    ConversationView conversation =
        conversation(
            LocalDate.of(2026, 3, 9),
            List.of(
                new Quote("Getting to the allotment", "person", null),
                new Quote("Seeing my grandson", "person", null)),
            List.of(
                new Quote("Cooking for friends again", "person", null),
                new Quote("She wants to stay at home", "family", "Ann")),
            List.of(strength("Grows vegetables", null), strength("Close to her sister", SISTER)),
            "She lives alone.");

    Evidence evidence = EvidenceRules.of(record(List.of(conversation), null, null, List.of()));

    assertThat(evidence.conversations()).isEqualTo(1);
    assertThat(evidence.quotesInTheirWords()).isEqualTo(3);
    assertThat(evidence.quotesFromFamilyOrCarers()).isEqualTo(1);
    assertThat(evidence.conversationsWithTheirWords()).isEqualTo(1);
    assertThat(evidence.strengthsRecorded()).isEqualTo(2);
    assertThat(evidence.strengthsUsed()).isZero();
    assertThat(evidence.daysRequestToFirstConversation()).isEqualTo(7);
    assertThat(evidence.s94()).isNull();
    assertThat(evidence.hasPlan()).isFalse();
  }

  @Test
  void aStrengthCarriedForwardIsCountedOnceAndIsUsedWhenAnOutcomeOrItsRelationshipsHelpUseIt() {
    ConversationView first =
        conversation(
            LocalDate.of(2026, 3, 9),
            List.of(),
            List.of(),
            List.of(strength("Grows vegetables", null), strength("Close to her sister", SISTER)),
            null);
    ConversationView second =
        conversation(
            LocalDate.of(2026, 4, 1),
            List.of(new Quote("I want to cook again", "person", null)),
            List.of(),
            List.of(strength("grows vegetables ", null), strength("Sings in a choir", null)),
            null);
    PlanEvidence plan =
        plan(
            List.of(PersonInTheirWords.strengthId(second.id(), 0)),
            List.of(
                new PlanEvidence.Line(Giver.NETWORK, SISTER, true),
                new PlanEvidence.Line(Giver.NETWORK, UUID.randomUUID(), false),
                new PlanEvidence.Line(Giver.COMMUNITY, null, true),
                new PlanEvidence.Line(Giver.UNIVERSAL, null, true),
                new PlanEvidence.Line(Giver.PAID, null, true),
                new PlanEvidence.Line(Giver.EQUIPMENT, null, true)),
            LocalDate.of(2026, 5, 11));

    Evidence evidence =
        EvidenceRules.of(
            record(
                List.of(second, first),
                new AssessmentEvidence(
                    UUID.randomUUID(), LocalDate.of(2026, 4, 20), true, true, false),
                plan,
                List.of()));

    assertThat(evidence.conversations()).isEqualTo(2);
    assertThat(evidence.conversationsWithTheirWords()).isEqualTo(1);
    assertThat(evidence.strengthsRecorded()).isEqualTo(3);
    assertThat(evidence.strengthsUsed())
        .as("vegetables by an outcome, sister by help")
        .isEqualTo(2);
    assertThat(evidence.networkLines()).isEqualTo(2);
    assertThat(evidence.networkLinesChecked()).isEqualTo(1);
    assertThat(evidence.communityLines()).isEqualTo(2);
    assertThat(evidence.paidLines()).isEqualTo(1);
    assertThat(evidence.otherLines()).isEqualTo(1);
    assertThat(evidence.daysRequestToFirstConversation()).isEqualTo(7);
    assertThat(evidence.daysAssessmentToPlan()).isEqualTo(21);
    assertThat(evidence.s94().present()).isEqualTo(2);
    assertThat(evidence.s94().careCouldContribute()).isFalse();
    assertThat(evidence.s25PartsPresent()).isEqualTo(7);
    assertThat(evidence.s25Parts()).hasSize(8);
  }

  @Test
  void theCoachReadsOnlyThePractitionersWordsAndFlagsAreCountedPerThousandWords() {
    ConversationView conversation =
        conversation(
            LocalDate.of(2026, 3, 9),
            List.of(new Quote("I refuse to go into a home", "person", null)),
            List.of(new Quote("Service user refuses care", "practitioner", null)),
            List.of(),
            "The service user was compliant");
    List<String> read = new java.util.ArrayList<>();

    Evidence evidence =
        EvidenceRules.of(
            new EvidenceRules.Record(
                OPENED,
                List.of(conversation),
                null,
                null,
                List.of(),
                text -> {
                  read.add(text);
                  return text.toLowerCase(java.util.Locale.UK).split("service user", -1).length - 1;
                }));

    assertThat(read).containsExactly("Service user refuses care", "The service user was compliant");
    assertThat(evidence.coachFlags()).isEqualTo(2);
    assertThat(evidence.practitionerWords()).isEqualTo(9);
    assertThat(evidence.coachFlagsPerThousandWords()).isEqualTo(222.2);
  }

  @Test
  void peopleWhoGiveCareCountAsCheckedOnlyWithAllFourAnswers() {
    List<NetworkMemberView> network =
        List.of(
            member(true, Answer.YES, Answer.YES, "Tiring but manageable", Answer.YES),
            member(true, Answer.YES, Answer.NOT_ASKED, "Tiring", Answer.YES),
            member(true, Answer.YES, Answer.YES, " ", Answer.YES),
            member(false, null, null, null, null));

    Evidence evidence = EvidenceRules.of(record(List.of(), null, null, network));

    assertThat(evidence.peopleGivingCare()).isEqualTo(3);
    assertThat(evidence.peopleGivingCareChecked()).isEqualTo(1);
    assertThat(evidence.daysRequestToFirstConversation()).isNull();
  }

  private static EvidenceRules.Record record(
      List<ConversationView> conversations,
      AssessmentEvidence assessment,
      PlanEvidence plan,
      List<NetworkMemberView> network) {
    return new EvidenceRules.Record(OPENED, conversations, assessment, plan, network, text -> 0);
  }

  private static Strength strength(String description, UUID member) {
    return new Strength("interests", description, "person", false, member);
  }

  private static PlanEvidence plan(
      List<UUID> outcomeStrengths, List<PlanEvidence.Line> lines, LocalDate agreedOn) {
    return new PlanEvidence(
        UUID.randomUUID(),
        agreedOn.minusDays(10),
        agreedOn,
        2,
        outcomeStrengths,
        lines,
        List.of(
            new PlanEvidence.S25Part("25(1)(a)", true),
            new PlanEvidence.S25Part("25(1)(b)", true),
            new PlanEvidence.S25Part("25(1)(c)", true),
            new PlanEvidence.S25Part("25(1)(d)", true),
            new PlanEvidence.S25Part("25(1)(e)", true),
            new PlanEvidence.S25Part("25(1)(f)", false),
            new PlanEvidence.S25Part("25(2)", true),
            new PlanEvidence.S25Part("25(3)", true)));
  }

  static ConversationView conversation(
      LocalDate heldOn,
      List<Quote> whatMatters,
      List<Quote> goodLife,
      List<Strength> strengths,
      String analysis) {
    return new ConversationView(
        UUID.randomUUID(),
        UUID.randomUUID(),
        ConversationStatus.COMPLETE,
        1,
        heldOn,
        "listen-and-connect",
        "Listen and connect",
        "home",
        null,
        null,
        whatMatters,
        goodLife,
        analysis,
        null,
        null,
        null,
        null,
        strengths,
        null,
        List.<AgreedAction>of(),
        null,
        null,
        List.of(),
        null,
        null,
        UUID.randomUUID(),
        null,
        null,
        null,
        null,
        1);
  }

  private static NetworkMemberView member(
      boolean givesCare, Answer willing, Answer able, String impact, Answer agrees) {
    return new NetworkMemberView(
        UUID.randomUUID(),
        UUID.randomUUID(),
        TieKind.FAMILY,
        "Ann",
        null,
        null,
        TieStrength.STRONG,
        false,
        SupportDirection.BOTH_WAYS,
        null,
        null,
        null,
        givesCare,
        willing,
        able,
        impact,
        agrees,
        null,
        false,
        null,
        null,
        null,
        null,
        null,
        null,
        1);
  }
}

package org.strengths.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CldEventRuleTest {

  private static final LocalDate HELD = LocalDate.of(2025, 4, 7);

  @Test
  void makesTheFirstConversationOnARequestARequestEvent() {
    UUID id = UUID.randomUUID();

    CldEventRule.Derived event =
        CldEventRule.forConversation(id, HELD, 1, "Progress to Assessment");

    assertThat(event.eventType()).isEqualTo("Request");
    assertThat(event.assessmentType()).isNull();
    assertThat(event.description()).isEqualTo("Initial conversation");
    assertThat(event.outcome()).isEqualTo("Progress to Assessment");
    assertThat(event.startDate()).isEqualTo(HELD);
    assertThat(event.endDate()).isEqualTo(HELD);
    assertThat(event.reference()).isEqualTo("CONV-" + id);
    assertThat(event.sourceKind()).isEqualTo("conversation");
  }

  @Test
  void makesALaterConversationAShortTermAssessmentNumberedInItsDescription() {
    CldEventRule.Derived second =
        CldEventRule.forConversation(
            UUID.randomUUID(), HELD, 2, "NFA - Information & Advice / Signposting only");
    CldEventRule.Derived third = CldEventRule.forConversation(UUID.randomUUID(), HELD, 3, null);

    assertThat(second.eventType()).isEqualTo("Assessment");
    assertThat(second.assessmentType()).isEqualTo("Short Term Assessment");
    assertThat(second.description()).isEqualTo("Conversation 2");
    assertThat(third.description()).isEqualTo("Conversation 3");
    assertThat(CldEventRule.description(12)).isEqualTo("Conversation 12");
  }

  @Test
  void makesTheConversationAnsweringARequestMadeOnlineARequestCarryingItsRouteOfAccess() {
    CldEventRule.Derived first =
        CldEventRule.forConversation(
            UUID.randomUUID(), HELD, 1, "Progress to Assessment", "Community / Other route");
    CldEventRule.Derived later =
        CldEventRule.forConversation(UUID.randomUUID(), HELD, 4, null, "Community / Other route");
    CldEventRule.Derived noRequest = CldEventRule.forConversation(UUID.randomUUID(), HELD, 1, null);

    assertThat(first.eventType()).isEqualTo("Request");
    assertThat(first.routeOfAccess()).isEqualTo("Community / Other route");
    assertThat(later.eventType()).isEqualTo("Request");
    assertThat(later.assessmentType()).isNull();
    assertThat(later.routeOfAccess()).isEqualTo("Community / Other route");
    assertThat(noRequest.routeOfAccess()).isNull();
  }

  @Test
  void leavesAMissingConversationOutcomeMissingForTheDataQualityPageToFlag() {
    assertThat(CldEventRule.forConversation(UUID.randomUUID(), HELD, 1, "  ").outcome()).isNull();
  }

  @Test
  void treatsANumberBelowOneAsTheFirstConversation() {
    assertThat(CldEventRule.forConversation(UUID.randomUUID(), HELD, 0, null).eventType())
        .isEqualTo("Request");
  }

  @Test
  void makesAnEligibilityDeterminationALongTermAssessmentFromAssessmentToSignOff() {
    UUID id = UUID.randomUUID();

    CldEventRule.Derived eligible = CldEventRule.forDetermination(id, HELD, HELD.plusDays(9), true);
    CldEventRule.Derived notEligible =
        CldEventRule.forDetermination(UUID.randomUUID(), HELD, HELD.plusDays(9), false);

    assertThat(eligible.eventType()).isEqualTo("Assessment");
    assertThat(eligible.assessmentType()).isEqualTo("Long Term Assessment");
    assertThat(eligible.description()).isEqualTo("Care Act eligibility determination");
    assertThat(eligible.outcome()).isEqualTo("Progress to Support Planning / Services");
    assertThat(notEligible.outcome()).isEqualTo("NFA - Information & Advice / Signposting only");
    assertThat(eligible.startDate()).isEqualTo(HELD);
    assertThat(eligible.endDate()).isEqualTo(HELD.plusDays(9));
    assertThat(eligible.reference()).isEqualTo("ELIG-" + id);
  }

  @Test
  void derivesTheSameReferenceEveryTimeForTheSameSource() {
    UUID id = UUID.randomUUID();

    assertThat(CldEventRule.forConversation(id, HELD, 1, null).reference())
        .isEqualTo(CldEventRule.forConversation(id, HELD.plusDays(1), 2, "x").reference());
    assertThat(CldEventRule.forDetermination(id, HELD, HELD, true).reference())
        .isEqualTo(CldEventRule.forDetermination(id, HELD, HELD, false).reference());
  }
}

package org.strengths.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CarriedActionsTest {

  private final UUID read = UUID.randomUUID();
  private final UUID shadow = UUID.randomUUID();
  private final UUID forum = UUID.randomUUID();

  @Test
  void eachOpenActionIsEitherDoneOrCarriedToTheNextSession() {
    CarriedActions.Decision decision =
        CarriedActions.decide(
            List.of(read, shadow, forum),
            Map.of(
                read.toString(), "DONE", shadow.toString(), "CARRIED", forum.toString(), "DONE"));

    assertThat(decision.done()).containsExactly(read, forum);
    assertThat(decision.carried()).containsExactly(shadow);
    assertThat(decision.complete()).isTrue();
  }

  @Test
  void anOpenActionTheSessionSaidNothingAboutIsUndecidedNotDropped() {
    CarriedActions.Decision decision =
        CarriedActions.decide(List.of(read, shadow), Map.of(read.toString(), "DONE"));

    assertThat(decision.undecided()).containsExactly(shadow);
    assertThat(decision.complete()).isFalse();
  }

  @Test
  void anAnswerThatIsNeitherDoneNorCarriedCountsAsUndecided() {
    CarriedActions.Decision decision =
        CarriedActions.decide(List.of(read), Map.of(read.toString(), "<script>"));

    assertThat(decision.undecided()).containsExactly(read);
  }

  @Test
  void answersAboutActionsThatAreNotOpenAreIgnored() {
    CarriedActions.Decision decision =
        CarriedActions.decide(List.of(), Map.of(read.toString(), "DONE"));

    assertThat(decision.done()).isEmpty();
    assertThat(decision.complete()).isTrue();
  }

  @Test
  void withNoActionsOpenThereIsNothingToDecide() {
    assertThat(CarriedActions.decide(List.of(), null).complete()).isTrue();
  }
}

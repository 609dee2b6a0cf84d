package org.strengths.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationFormTest {

  @Test
  void aNewConversationCarriesTheLastStrengthsForwardToBeConfirmed() {
    ConversationForm form =
        ConversationForm.fresh(
            LocalDate.of(2026, 3, 2),
            List.of(new Strength("interests", "Grows vegetables", "person", false, null)));

    assertThat(form.getStrengths()).hasSize(1);
    assertThat(form.getStrengths().get(0).getDescription()).isEqualTo("Grows vegetables");
    assertThat(form.getStrengths().get(0).isCarriedForward()).isTrue();
    assertThat(form.getHeldOnDay()).isEqualTo("2");
  }

  @Test
  void withNothingToCarryForwardThereIsOneEmptyRowToTypeInto() {
    ConversationForm form = ConversationForm.fresh(LocalDate.of(2026, 3, 2), List.of());

    form.withBlankRows();

    assertThat(form.getStrengths()).hasSize(1);
    assertThat(form.getStrengths().get(0).isCarriedForward()).isFalse();
    assertThat(form.getWhatMatters()).hasSize(1);
  }

  @Test
  void addAnotherAddsOneEmptyRowToTheNamedListOnly() {
    ConversationForm form = ConversationForm.fresh(LocalDate.of(2026, 3, 2), List.of());
    form.withBlankRows();

    form.addRow("strengths").addRow("nonsense");

    assertThat(form.getStrengths()).hasSize(2);
    assertThat(form.getActions()).hasSize(1);
  }
}

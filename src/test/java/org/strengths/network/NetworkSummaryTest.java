package org.strengths.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkSummaryTest {

  @Test
  void countsNothingForAnEmptyNetworkButStillListsEveryKind() {
    var summary = NetworkSummary.of(List.of());
    assertThat(summary.total()).isZero();
    assertThat(summary.strongReciprocal()).isZero();
    assertThat(summary.byKind())
        .hasSize(TieKind.values().length)
        .allSatisfy((k, n) -> assertThat(n).isZero());
  }

  @Test
  void countsStrongReciprocalOnlyWhenStrongAndBothWays() {
    var summary =
        NetworkSummary.of(
            List.of(
                Ties.tie(
                    "Mary",
                    TieKind.FAMILY,
                    TieStrength.STRONG,
                    false,
                    SupportDirection.BOTH_WAYS,
                    true),
                Ties.tie(
                    "Dev",
                    TieKind.FRIEND,
                    TieStrength.STRONG,
                    true,
                    SupportDirection.TO_PERSON,
                    false),
                Ties.tie(
                    "Aisha",
                    TieKind.FRIEND,
                    TieStrength.ORDINARY,
                    false,
                    SupportDirection.BOTH_WAYS,
                    false),
                Ties.tie(
                    "Bluebird",
                    TieKind.PAID_CARER,
                    TieStrength.TENUOUS,
                    true,
                    SupportDirection.TO_PERSON,
                    true)));

    assertThat(summary.total()).isEqualTo(4);
    assertThat(summary.strongReciprocal()).isEqualTo(1);
    assertThat(summary.stressful()).isEqualTo(2);
    assertThat(summary.givingCare()).isEqualTo(2);
    assertThat(summary.byKind())
        .containsEntry(TieKind.FAMILY, 1)
        .containsEntry(TieKind.FRIEND, 2)
        .containsEntry(TieKind.PAID_CARER, 1)
        .containsEntry(TieKind.PET, 0);
  }

  @Test
  void acceptsAnyMapOfKindsAndKeepsItUnchangeable() {
    var summary = new NetworkSummary(0, 0, 0, 0, java.util.Map.of());
    assertThat(summary.byKind()).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> summary.byKind().put(TieKind.PET, 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}

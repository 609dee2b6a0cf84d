package org.strengths.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The facade as the network pages get it: a bean using the application's message bundles. */
@SpringBootTest
@ActiveProfiles("test")
class EcomapsTest {

  @Autowired Ecomaps ecomaps;

  private final Tie mary =
      Ties.tie("Mary", TieKind.FAMILY, TieStrength.STRONG, true, SupportDirection.BOTH_WAYS, true);

  @Test
  void drawsDescribesAndComparesWithTheApplicationsWords() {
    String svg = ecomaps.svg("Ann Smith", List.of(mary), "/people/1/network/{tieId}/edit");

    assertThat(svg)
        .contains("Ecomap for Ann Smith")
        .contains("/people/1/network/" + mary.id() + "/edit")
        .contains("Strong: thick line");
    assertThat(ecomaps.text(List.of(mary)))
        .singleElement()
        .satisfies(group -> assertThat(group.heading()).isEqualTo("Family"));
    assertThat(ecomaps.describe(mary))
        .isEqualTo("Mary (family): strong, stressful, support goes both ways, gives care");
    assertThat(ecomaps.compare(List.of(), List.of(mary)).added()).containsExactly(mary);
    assertThat(ecomaps.summary(List.of(mary)).strongReciprocal()).isEqualTo(1);
    assertThat(ecomaps.png("Ann Smith", List.of(mary), 300)).hasSizeGreaterThan(1000);
  }
}

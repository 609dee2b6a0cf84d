package org.strengths.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EcomapTextTest {

  private final EcomapWords words = EcomapWords.standalone();

  @Test
  void describesARelationshipInPlainEnglish() {
    Tie mary =
        Ties.tie(
            "Mary", TieKind.FAMILY, TieStrength.STRONG, true, SupportDirection.BOTH_WAYS, true);
    assertThat(EcomapText.line(mary, words))
        .isEqualTo("Mary (family): strong, stressful, support goes both ways, gives care");
  }

  @Test
  void saysOnlyWhatAppliesAndEveryDirectionOfSupport() {
    assertThat(line("Rex", TieKind.PET, TieStrength.ORDINARY, SupportDirection.TO_PERSON))
        .isEqualTo("Rex (pet): ordinary, gives support to the person");
    assertThat(line("Dev", TieKind.FRIEND, TieStrength.TENUOUS, SupportDirection.FROM_PERSON))
        .isEqualTo("Dev (friend): tenuous, gets support from the person");
    assertThat(line("Jobcentre", TieKind.PROFESSIONAL, TieStrength.TENUOUS, SupportDirection.NONE))
        .isEqualTo("Jobcentre (professional): tenuous, no support either way");
  }

  @Test
  void namesARelationshipWithoutALabelAndKeepsUserTextAsItIs() {
    assertThat(line("  ", TieKind.PLACE, TieStrength.STRONG, SupportDirection.NONE))
        .startsWith("No name given (place)");
    assertThat(line("O'Brien {0} <b>", TieKind.FRIEND, TieStrength.STRONG, SupportDirection.NONE))
        .startsWith("O'Brien {0} <b> (friend)");
  }

  @Test
  void groupsByKindInMapOrderAndSortsByName() {
    Tie zoe = tie("zoe", TieKind.FRIEND);
    Tie adam = tie("Adam", TieKind.FRIEND);
    Tie rex = tie("Rex", TieKind.PET);
    Tie mum = tie("Mum", TieKind.FAMILY);

    List<EcomapText.Group> groups = EcomapText.describe(List.of(zoe, rex, adam, mum), words);

    assertThat(groups)
        .extracting(EcomapText.Group::heading)
        .containsExactly("Family", "Friends", "Pets");
    assertThat(groups.get(1).lines()).extracting(EcomapText.Line::tie).containsExactly(adam, zoe);
    assertThat(EcomapText.describe(List.of(), words)).isEmpty();
  }

  @Test
  void summarisesTheWholeMapInOneSentence() {
    assertThat(EcomapText.summary(List.of(), words))
        .isEqualTo("No relationships have been recorded yet.");
    assertThat(EcomapText.summary(List.of(tie("Mum", TieKind.FAMILY)), words))
        .startsWith("1 relationships: 1 strong, 0 stressful, 0 give care.");
  }

  private String line(
      String label, TieKind kind, TieStrength strength, SupportDirection direction) {
    return EcomapText.line(Ties.tie(label, kind, strength, false, direction, false), words);
  }

  private static Tie tie(String label, TieKind kind) {
    return Ties.tie(label, kind, TieStrength.STRONG, false, SupportDirection.NONE, false);
  }
}

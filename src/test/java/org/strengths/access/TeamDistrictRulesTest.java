package org.strengths.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TeamDistrictRulesTest {

  @Test
  void outwardCodesTypedAnyWayAreKeptUpperCaseInTheOrderTyped() {
    TeamDistrictRules.Checked checked = TeamDistrictRules.check(" n1, SW1A\nb33;ls16  W1 ");
    assertThat(checked.ok()).isTrue();
    assertThat(checked.districts()).containsExactly("N1", "SW1A", "B33", "LS16", "W1");
  }

  @Test
  void anEmptyListMeansTheTeamCoversNone() {
    assertThat(TeamDistrictRules.check("  ").districts()).isEmpty();
    assertThat(TeamDistrictRules.check(null).ok()).isTrue();
  }

  @Test
  void aFullPostcodeOrSomethingElseIsRefusedNamingWhatWasTyped() {
    assertThat(TeamDistrictRules.check("N1 SW1A1AA").argument()).isEqualTo("SW1A1AA");
    assertThat(TeamDistrictRules.check("N1 1").problem())
        .isEqualTo("teams.districts.error.notADistrict");
    assertThat(TeamDistrictRules.check("<b>").argument()).isEqualTo("<b>");
    assertThat(TeamDistrictRules.check("ABC1").ok()).isFalse();
    assertThat(TeamDistrictRules.check("N1AB").ok()).isFalse();
  }

  @Test
  void aDistrictTypedTwiceIsRefused() {
    TeamDistrictRules.Checked twice = TeamDistrictRules.check("ls6 N1 LS6");
    assertThat(twice.problem()).isEqualTo("teams.districts.error.twice");
    assertThat(twice.argument()).isEqualTo("LS6");
  }

  @Test
  void tooManyCharactersOrDistrictsAreRefused() {
    assertThat(TeamDistrictRules.check("N1 ".repeat(700)).problem())
        .isEqualTo("teams.districts.error.tooLong");
    StringBuilder many = new StringBuilder();
    for (int i = 0; i <= TeamDistrictRules.MOST; i++) {
      many.append("A")
          .append((char) ('A' + i % 26))
          .append(i % 10)
          .append((char) ('A' + i / 26))
          .append(' ');
    }
    assertThat(TeamDistrictRules.check(many.toString()).problem())
        .isEqualTo("teams.districts.error.tooMany");
  }

  @Test
  void theDistrictsThePageShowedAreReadBack() {
    assertThat(TeamDistrictRules.seen("LS6 ls7")).containsExactly("LS6", "LS7");
    assertThat(TeamDistrictRules.seen("")).isEmpty();
  }
}

package org.strengths.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TeamAreasTest {

  @Test
  void aPostcodesDistrictIsItsOutwardPartWhateverTheCaseOrSpacing() {
    assertThat(Teams.district("LS6 2AB")).isEqualTo("LS6");
    assertThat(Teams.district("ls62ab")).isEqualTo("LS6");
    assertThat(Teams.district(" LS16 7RT ")).isEqualTo("LS16");
    assertThat(Teams.district("EC1A 1BB")).isEqualTo("EC1A");
  }

  @Test
  void somethingThatIsNotAFullPostcodeHasNoDistrict() {
    assertThat(Teams.district("LS6")).isNull();
    assertThat(Teams.district("not a postcode")).isNull();
    assertThat(Teams.district(null)).isNull();
  }
}

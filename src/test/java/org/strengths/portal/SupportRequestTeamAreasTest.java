package org.strengths.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SupportRequestTeamAreasTest {

  @Test
  void eachTeamIsGivenTheDistrictsListedAfterItsName() {
    assertThat(
            SupportRequestTeamAreas.parse(
                "North locality: LS6 ls7, LS16; South locality:LS10 LS11"))
        .isEqualTo(
            Map.of(
                "North locality", List.of("LS6", "LS7", "LS16"),
                "South locality", List.of("LS10", "LS11")));
  }

  @Test
  void somethingThatIsNotADistrictOrHasNoTeamIsLeftOut() {
    assertThat(SupportRequestTeamAreas.parse("North: 2AB; : LS7; South")).isEmpty();
    assertThat(SupportRequestTeamAreas.parse("")).isEmpty();
    assertThat(SupportRequestTeamAreas.parse(null)).isEmpty();
  }
}

package org.strengths.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormVersionsTest {

  @Test
  void theVersionSentBackIsReadWithSpacesAround() {
    assertThat(FormVersions.seen("7")).isEqualTo(7);
    assertThat(FormVersions.seen(" 12 ")).isEqualTo(12);
  }

  @Test
  void aMissingOrTamperedVersionIsNeverARealOne() {
    assertThat(FormVersions.seen(null)).isEqualTo(-1);
    assertThat(FormVersions.seen("")).isEqualTo(-1);
    assertThat(FormVersions.seen("7<script>")).isEqualTo(-1);
    assertThat(FormVersions.seen("99999999999")).isEqualTo(-1);
  }
}

package org.strengths.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * The build's ahead-of-time bean definitions are for the embedded database and no profile; any
 * other configuration builds its context at start. The packaged jar uses them unless told not to
 * (docs/adr/0178).
 */
class QuickStartTest {

  @Test
  void theEmbeddedDatabaseWithoutAProfileUsesTheDefinitionsMadeAheadOfTime() {
    assertThat(QuickStart.whyNotAheadOfTime(new MockEnvironment())).isNull();
    assertThat(whyNotWith("strengths.database.embedded", "true")).isNull();
  }

  @Test
  void anExternalOrThrowAwayDatabaseBuildsTheContextAtStart() {
    assertThat(whyNotWith("strengths.database.embedded", "false"))
        .isEqualTo("the database is not the embedded one");
    assertThat(whyNotWith("strengths.database.ephemeral", "true"))
        .isEqualTo("the database is not the embedded one");
  }

  @Test
  void aProfileOrAPropertyThatChoosesBeansBuildsTheContextAtStart() {
    MockEnvironment production = new MockEnvironment();
    production.setActiveProfiles("production");
    assertThat(QuickStart.whyNotAheadOfTime(production)).isEqualTo("a profile is active");

    assertThat(whyNotWith("management.server.port", "9090"))
        .isEqualTo("management.server.port is set");
    assertThat(whyNotWith("server.forward-headers-strategy", "framework"))
        .isEqualTo("server.forward-headers-strategy is set");
  }

  @Test
  void thePackagedJarUsesThemUnlessTurnedOffAndNeverWhereTheyDoNotFit() {
    assertThat(QuickStart.aheadOfTime(null, null, true)).isTrue();
    assertThat(QuickStart.aheadOfTime("false", null, true)).isFalse();
    assertThat(QuickStart.aheadOfTime(null, "a profile is active", true)).isFalse();
    assertThat(QuickStart.aheadOfTime("true", "a profile is active", true)).isFalse();
  }

  @Test
  void aFolderOfClassesBuildsTheContextAtStartUnlessAsked() {
    assertThat(QuickStart.aheadOfTime(null, null, false)).isFalse();
    assertThat(QuickStart.aheadOfTime("true", null, false)).isTrue();
  }

  private static String whyNotWith(String property, String value) {
    return QuickStart.whyNotAheadOfTime(new MockEnvironment().withProperty(property, value));
  }
}

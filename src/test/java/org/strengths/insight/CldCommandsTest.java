package org.strengths.insight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The period commands' command-line checks, which run before the application starts. */
class CldCommandsTest {

  @Test
  void aCommandLineWithNeitherCommandHasNoProblem() {
    assertThat(CldCommands.problem(new String[] {"--server.port=9000"})).isNull();
    assertThat(CldCommands.isCommand("--server.port=9000")).isFalse();
  }

  @Test
  void aCorrectPeriodHasNoProblem() {
    assertThat(
            CldCommands.problem(
                new String[] {"--export-cld=q1.csv", "--from=2031-04-01", "--to=2031-06-30"}))
        .isNull();
    assertThat(CldCommands.isCommand("--export-cld=q1.csv")).isTrue();
    assertThat(CldCommands.isCommand("--cld-measures=out")).isTrue();
  }

  @Test
  void eachCommandRefusesAPeriodOverAYearWithItsOwnUsage() {
    assertThat(
            CldCommands.problem(
                new String[] {"--cld-measures=out", "--from=2031-04-01", "--to=2032-06-30"}))
        .contains("longer than a year", "Usage: java -jar strengths.jar --cld-measures=DIR");
    assertThat(
            CldCommands.problem(
                new String[] {"--export-cld=q.csv", "--from=2031-04-01", "--to=2032-06-30"}))
        .contains("longer than a year", "Usage: java -jar strengths.jar --export-cld=FILE");
  }

  @Test
  void aDateThatIsNotADateIsNamed() {
    assertThat(CldCommands.problem(new String[] {"--cld-measures=out", "--from=x"}))
        .contains("--from=x is not a date");
    assertThat(CldCommands.problem(new String[] {"--export-cld=q.csv", "--from=2031-04-01"}))
        .contains("Give --to=YYYY-MM-DD.");
  }

  @Test
  void aPeriodEndingBeforeItStartsIsRefused() {
    assertThat(
            CldCommands.problem(
                new String[] {"--export-cld=q.csv", "--from=2031-04-01", "--to=2031-03-31"}))
        .contains("is before --from");
  }

  @Test
  void aMissingTargetIsAskedFor() {
    assertThat(
            CldCommands.problem(
                new String[] {"--cld-measures=", "--from=2031-04-01", "--to=2031-06-30"}))
        .contains("Say where to write: --cld-measures=DIR");
  }
}

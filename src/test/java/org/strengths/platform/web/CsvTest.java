package org.strengths.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void aLineEndsWithOneCrlfAndLeavesPlainValuesAsTheyAre() {
    assertThat(Csv.line("measure", "2026-07", "12.5")).isEqualTo("measure,2026-07,12.5\r\n");
  }

  @Test
  void aMissingValueIsAnEmptyField() {
    assertThat(Csv.line(Arrays.asList("a", null, "", "b"))).isEqualTo("a,,,b\r\n");
  }

  @Test
  void valuesWithCommasQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
    assertThat(Csv.field("Okafor, Sam")).isEqualTo("\"Okafor, Sam\"");
    assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(Csv.field("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
  }

  @Test
  void aValueASpreadsheetWouldTakeForAFormulaStartsWithAnApostrophe() {
    assertThat(Csv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(Csv.field("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
    assertThat(Csv.field("-2+3")).isEqualTo("'-2+3");
    assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(Csv.field("\t=1")).isEqualTo("'\t=1");
  }

  @Test
  void aNegativeNumberIsLeftAsANumber() {
    assertThat(Csv.field("-2.5")).isEqualTo("-2.5");
    assertThat(Csv.field("-3")).isEqualTo("-3");
  }

  @Test
  void aLineOfAwkwardValuesStillReadsAsOneLineOfFields() {
    assertThat(Csv.line("=1+1", "a,b", "x"))
        .isEqualTo("'=1+1,\"a,b\",x\r\n")
        .endsWith("\r\n")
        .doesNotContain("\r\n\r\n");
  }
}

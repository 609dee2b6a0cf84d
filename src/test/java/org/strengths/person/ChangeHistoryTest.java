package org.strengths.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ChangeHistoryTest {

  private static final Function<String, String> TEXT =
      key ->
          switch (key) {
            case "person.yes" -> "Yes";
            case "person.no" -> "No";
            case "person.format.LARGE_PRINT" -> "Large print";
            default -> key;
          };

  @Test
  void listsOnlyTheFieldsThatChangedWithTheirOldAndNewValues() {
    var before = readable(person("Jane", "Smith", null, false));
    var after = readable(person("Jane", "Smyth", "LARGE_PRINT", true));

    assertThat(ChangeHistory.diff(before, after))
        .containsExactly(
            new ChangeHistory.FieldChange("lastName", "Smith", "Smyth"),
            new ChangeHistory.FieldChange("interpreterNeeded", "No", "Yes"),
            new ChangeHistory.FieldChange("preferredFormat", null, "Large print"));
  }

  @Test
  void findsNoChangesWhenNothingDiffers() {
    var person = readable(person("Jane", "Smith", null, false));

    assertThat(ChangeHistory.diff(person, person)).isEmpty();
  }

  @Test
  void treatsBlankAndMissingValuesAsTheSame() {
    Map<String, String> before = new LinkedHashMap<>();
    before.put("pronouns", "");
    Map<String, String> after = new LinkedHashMap<>();
    after.put("pronouns", null);

    assertThat(ChangeHistory.diff(before, after)).isEmpty();
  }

  @Test
  void recordsAClearedFieldAsChangedToNothing() {
    var before = Map.of("phone", "01632 960 001");
    Map<String, String> after = new LinkedHashMap<>();
    after.put("phone", null);

    assertThat(ChangeHistory.diff(before, after))
        .containsExactly(new ChangeHistory.FieldChange("phone", "01632 960 001", null));
  }

  @Test
  void showsDatesAndNhsNumbersTheWayTheRecordDoes() {
    var readable = readable(person("Jane", "Smith", null, false));

    assertThat(readable.get("dateOfBirth")).isEqualTo("12 March 1948");
    assertThat(readable.get("nhsNumber")).isEqualTo("943 476 5919");
  }

  @Test
  void coversEveryDetailFieldInFormOrder() {
    var readable = readable(person("Jane", "Smith", null, false));

    assertThat(List.copyOf(readable.keySet())).isEqualTo(ChangeHistory.FIELDS);
  }

  private static Map<String, String> readable(NewPerson person) {
    return ChangeHistory.readable(person, TEXT);
  }

  private static NewPerson person(String first, String last, String format, boolean interpreter) {
    return new NewPerson(
        first,
        last,
        null,
        null,
        LocalDate.of(1948, 3, 12),
        "9434765919",
        "1 High Street",
        null,
        "Leeds",
        "LS1 4AP",
        null,
        null,
        null,
        null,
        "English",
        interpreter,
        null,
        format,
        false,
        null,
        null);
  }
}

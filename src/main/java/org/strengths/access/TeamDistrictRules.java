package org.strengths.access;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The postcode districts a team covers, as an administrator types them (docs/adr/0175): outward
 * codes such as "N1", "LS16", "B33" or "SW1A", separated by spaces, commas or new lines; kept upper
 * case and trimmed. Something that is not an outward code, or a district typed twice, is refused
 * with the words as typed, so the administrator sees which one to put right.
 */
final class TeamDistrictRules {

  /** An outward code: one or two letters, a digit, then a digit or letter at most. */
  private static final Pattern OUTWARD = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?");

  private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");

  /** The most characters the box takes; the most districts one team covers. */
  static final int LONGEST = 2000;

  static final int MOST = 300;

  private TeamDistrictRules() {}

  /**
   * The districts typed, or what is wrong with them.
   *
   * @param problem the message key of what is wrong (null when nothing is)
   * @param argument what the message names: the district as typed, or a limit
   */
  record Checked(List<String> districts, String problem, String argument) {
    boolean ok() {
      return problem == null;
    }

    static Checked refused(String problem, String argument) {
      return new Checked(List.of(), problem, argument);
    }
  }

  static Checked check(String typed) {
    String text = typed == null ? "" : typed.strip();
    if (text.length() > LONGEST) {
      return Checked.refused("teams.districts.error.tooLong", String.valueOf(LONGEST));
    }
    Set<String> districts = new LinkedHashSet<>();
    for (String word : SEPARATORS.split(text)) {
      if (word.isEmpty()) {
        continue;
      }
      String district = word.toUpperCase(Locale.UK);
      if (!OUTWARD.matcher(district).matches()) {
        return Checked.refused("teams.districts.error.notADistrict", word);
      }
      if (!districts.add(district)) {
        return Checked.refused("teams.districts.error.twice", district);
      }
    }
    if (districts.size() > MOST) {
      return Checked.refused("teams.districts.error.tooMany", String.valueOf(MOST));
    }
    return new Checked(new ArrayList<>(districts), null, null);
  }

  /** The districts the page showed when it was opened, from its hidden field. */
  static List<String> seen(String hidden) {
    String text = hidden == null ? "" : hidden.strip();
    return text.isEmpty()
        ? List.of()
        : Arrays.stream(SEPARATORS.split(text)).map(d -> d.toUpperCase(Locale.UK)).toList();
  }
}

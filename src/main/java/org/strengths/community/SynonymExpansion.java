package org.strengths.community;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns what someone typed into a PostgreSQL {@code to_tsquery('english', …)} text in which every
 * word may also be matched by its synonyms: "walking group" becomes {@code (walking | rambling |
 * hiking) & (group)}. A word belongs to a synonym group when its stem equals the stem of a word of
 * the group, so "walks" finds the group of "walking". Only letters and digits reach the query, so
 * nothing typed can change its syntax.
 */
final class SynonymExpansion {

  /** All words must match (a search), or any may (ideas for connections from a longer text). */
  enum Mode {
    ALL,
    ANY
  }

  private static final int MAX_WORDS = 12;

  private final List<List<String>> groups;
  private final Function<String, String> stem;

  /**
   * @param groups synonym groups, each a list of words or phrases ("tai chi")
   * @param stem the search configuration's stem of a single word
   */
  SynonymExpansion(List<List<String>> groups, Function<String, String> stem) {
    this.groups = groups;
    this.stem = stem;
  }

  /** The distinct words of a text, lower case, letters and digits only, in order. */
  static List<String> words(String typed) {
    if (typed == null) {
      return List.of();
    }
    Set<String> words = new LinkedHashSet<>();
    for (String word : typed.toLowerCase(Locale.UK).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty() && words.size() < MAX_WORDS) {
        words.add(word);
      }
    }
    return new ArrayList<>(words);
  }

  /** Each typed word with its alternatives (itself first), in order. */
  List<Term> expand(String typed) {
    List<Term> terms = new ArrayList<>();
    for (String word : words(typed)) {
      Set<String> alternatives = new LinkedHashSet<>();
      alternatives.add(word);
      String wordStem = stem.apply(word);
      for (List<String> group : groups) {
        if (group.stream().anyMatch(member -> sameStem(member, word, wordStem))) {
          group.forEach(member -> alternatives.add(member.toLowerCase(Locale.UK).strip()));
        }
      }
      terms.add(new Term(word, new ArrayList<>(alternatives)));
    }
    return terms;
  }

  private boolean sameStem(String member, String word, String wordStem) {
    String lower = member.toLowerCase(Locale.UK).strip();
    return lower.equals(word) || (!lower.contains(" ") && wordStem.equals(stem.apply(lower)));
  }

  /** The to_tsquery text, or empty when nothing searchable was typed. */
  String tsquery(String typed, Mode mode) {
    List<String> parts = new ArrayList<>();
    for (Term term : expand(typed)) {
      List<String> alternatives =
          term.alternatives().stream()
              .map(SynonymExpansion::phrase)
              .filter(a -> !a.isEmpty())
              .toList();
      if (!alternatives.isEmpty()) {
        parts.add("(" + String.join(" | ", alternatives) + ")");
      }
    }
    return String.join(mode == Mode.ALL ? " & " : " | ", parts);
  }

  private static String phrase(String alternative) {
    return String.join(" <-> ", words(alternative));
  }

  record Term(String word, List<String> alternatives) {}
}

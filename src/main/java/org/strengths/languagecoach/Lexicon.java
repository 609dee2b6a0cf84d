package org.strengths.languagecoach;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The language coach's matcher, compiled once from the lexicon so that a long note is checked in a
 * single pass.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Case does not matter; a term matches whole words only ("case" never matches "suitcase").
 *   <li>Hyphens and spaces are alike ("bed-blocker" finds "bed blocker").
 *   <li>Inflections match: each word is reduced to a rough stem, so "refuses" finds "refused",
 *       "refusing" and "refuse", and "client" finds "clients" and "client's".
 *   <li>Where terms overlap, the longest starting earliest wins and the words it covers are not
 *       flagged again.
 *   <li>A term's exceptions are phrases that contain it but are fine ("in case" for "case").
 *   <li>Words between quotation marks (straight "…" or curly “…” and ‘…’) are someone's own words
 *       and are never flagged. Straight single quotes are not quotation marks: they are apostrophes
 *       far more often. An opening mark without its closing one quotes nothing.
 * </ul>
 */
final class Lexicon {

  /** One term as an admin keeps it. */
  record Term(String term, String suggestion, String explanation, List<String> exceptions) {}

  private record Compiled(Term term, String[] stems, List<String[]> exceptions) {}

  private record Word(String stem, int start, int end) {}

  private static final String[] SUFFIXES = {"ing", "ed", "es"};

  private final Map<String, List<Compiled>> byFirstStem = new HashMap<>();

  Lexicon(List<Term> terms) {
    for (Term term : terms) {
      String[] stems = words(term.term()).stream().map(Word::stem).toArray(String[]::new);
      if (stems.length == 0) {
        continue;
      }
      List<String[]> exceptions =
          term.exceptions().stream()
              .map(phrase -> words(phrase).stream().map(Word::stem).toArray(String[]::new))
              .filter(phrase -> phrase.length > 0)
              .toList();
      byFirstStem
          .computeIfAbsent(stems[0], key -> new ArrayList<>())
          .add(new Compiled(term, stems, exceptions));
    }
    // Longest first, so an overlap goes to the longer phrase.
    byFirstStem.values().forEach(list -> list.sort((a, b) -> b.stems.length - a.stems.length));
  }

  /** Every flagged term in {@code text}, in the order they appear. */
  List<LanguageFlag> check(String text) {
    if (text == null || text.isBlank() || byFirstStem.isEmpty()) {
      return List.of();
    }
    List<Word> words = words(text);
    BitSet quoted = quotedCharacters(text);
    List<LanguageFlag> flags = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Compiled match = longestAt(words, i);
      if (match == null) {
        i++;
        continue;
      }
      Word first = words.get(i);
      Word last = words.get(i + match.stems.length - 1);
      if (!quoted.get(first.start()) && !excepted(match, words, i)) {
        flags.add(
            new LanguageFlag(
                match.term.term(),
                text.substring(first.start(), last.end()),
                match.term.suggestion(),
                match.term.explanation(),
                first.start()));
      }
      i += match.stems.length;
    }
    return flags;
  }

  private Compiled longestAt(List<Word> words, int i) {
    List<Compiled> candidates = byFirstStem.get(words.get(i).stem());
    if (candidates == null) {
      return null;
    }
    for (Compiled candidate : candidates) {
      if (matchesAt(words, i, candidate.stems)) {
        return candidate;
      }
    }
    return null;
  }

  private static boolean excepted(Compiled match, List<Word> words, int at) {
    for (String[] phrase : match.exceptions) {
      for (int offset = 0; offset < phrase.length; offset++) {
        int start = at - offset;
        if (start >= 0
            && phrase[offset].equals(match.stems[0])
            && matchesAt(words, start, phrase)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean matchesAt(List<Word> words, int start, String[] stems) {
    if (start + stems.length > words.size()) {
      return false;
    }
    for (int k = 0; k < stems.length; k++) {
      if (!words.get(start + k).stem().equals(stems[k])) {
        return false;
      }
    }
    return true;
  }

  /** Splits text into words (letters and digits, with apostrophes inside a word). */
  static List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    int length = text.length();
    int i = 0;
    while (i < length) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < length
          && (Character.isLetterOrDigit(text.charAt(i))
              || (isApostrophe(text.charAt(i))
                  && i + 1 < length
                  && Character.isLetter(text.charAt(i + 1))))) {
        i++;
      }
      words.add(new Word(stem(text.substring(start, i)), start, i));
    }
    return words;
  }

  /**
   * A rough stem: lower case, no possessive, and the common English endings removed, so that the
   * forms of a word meet ("refuses", "refused", "refusing", "refuse" → "refus"). It only has to be
   * consistent, not linguistically right.
   */
  static String stem(String word) {
    String w = word.toLowerCase(Locale.UK);
    // Most words have no apostrophe: skip the copies for them, as a long note has thousands.
    if (w.indexOf('\'') >= 0 || w.indexOf('\u2019') >= 0) {
      w = w.replace('\u2019', '\'');
      if (w.endsWith("'s")) {
        w = w.substring(0, w.length() - 2);
      }
      w = w.replace("'", "");
    }
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    for (String suffix : SUFFIXES) {
      if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
        return strip(w.substring(0, w.length() - suffix.length()));
      }
    }
    if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
      return strip(w.substring(0, w.length() - 1));
    }
    return strip(w);
  }

  /** Drops a final "e" (refuse → refus, to meet refused) and doubled final consonants. */
  private static String strip(String w) {
    if (w.endsWith("e") && w.length() > 3) {
      w = w.substring(0, w.length() - 1);
    }
    int n = w.length();
    if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "bdgmnprt".indexOf(w.charAt(n - 1)) >= 0) {
      w = w.substring(0, n - 1);
    }
    return w;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  /** Marks every character between a pair of quotation marks. */
  static BitSet quotedCharacters(String text) {
    BitSet quoted = new BitSet(text.length());
    markPairs(text, '"', '"', quoted);
    markPairs(text, '\u201C', '\u201D', quoted);
    markPairs(text, '\u2018', '\u2019', quoted);
    return quoted;
  }

  private static void markPairs(String text, char open, char close, BitSet quoted) {
    int from = 0;
    while (true) {
      int start = text.indexOf(open, from);
      if (start < 0) {
        return;
      }
      int end = closing(text, close, start + 1, open == '\u2018');
      if (end < 0) {
        return;
      }
      quoted.set(start, end + 1);
      from = end + 1;
    }
  }

  /** The closing mark; for curly single quotes, skip apostrophes inside words ("don’t"). */
  private static int closing(String text, char close, int from, boolean skipApostrophes) {
    int i = text.indexOf(close, from);
    while (skipApostrophes
        && i > 0
        && i + 1 < text.length()
        && Character.isLetter(text.charAt(i - 1))
        && Character.isLetter(text.charAt(i + 1))) {
      i = text.indexOf(close, i + 1);
    }
    return i;
  }

  int size() {
    return byFirstStem.values().stream().mapToInt(List::size).sum();
  }

  static List<String> exceptionsOf(String commaSeparated) {
    if (commaSeparated == null || commaSeparated.isBlank()) {
      return List.of();
    }
    return Arrays.stream(commaSeparated.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}

package org.strengths.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Flesch reading ease of a page's words, for the plain-English check of the person's own pages:
 * 206.835 − 1.015 × (words per sentence) − 84.6 × (syllables per word). 60 and above reads as plain
 * English; GOV.UK content aims there. Syllables are counted by vowel groups, the usual estimate.
 */
public final class ReadingEase {

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(\\s|$)");
  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'’-]*");
  private static final String BLOCKS =
      "h1, h2, h3, h4, p, li, label, legend, .govuk-hint, dt, dd, th, td, button, caption,"
          + " .govuk-button";
  private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");

  /** What a page's words came to. */
  public record Score(int sentences, int words, int syllables) {

    public double ease() {
      if (words == 0) {
        return 100;
      }
      return 206.835
          - 1.015 * ((double) words / Math.max(1, sentences))
          - 84.6 * ((double) syllables / words);
    }
  }

  private ReadingEase() {}

  /**
   * The score of the words a reader meets in a page's main content: each heading, paragraph, list
   * item, label, hint, button and table cell counts as a sentence of its own when it has no full
   * stop, as a reader takes it.
   */
  public static Score ofPage(String html) {
    Document page = Jsoup.parse(html);
    Element main = page.selectFirst("main");
    Element content = main == null ? page.body() : main;
    content.select("script, style, template, [hidden], .govuk-skip-link").remove();
    List<String> units = new ArrayList<>();
    for (Element block : content.select(BLOCKS)) {
      if (!block.children().select(BLOCKS).isEmpty()) {
        continue; // its own blocks are counted one by one
      }
      String words = block.text().strip();
      if (!words.isEmpty()) {
        units.add(words);
      }
    }
    return ofSentences(units);
  }

  /** The score of some text, each piece a sentence at least. */
  public static Score ofSentences(List<String> pieces) {
    int sentences = 0;
    int words = 0;
    int syllables = 0;
    for (String piece : pieces) {
      String text = piece.strip();
      Matcher ends = SENTENCE_END.matcher(text);
      while (ends.find()) {
        sentences++;
      }
      if (!text.matches("(?s).*[.!?]$")) {
        sentences++; // a heading, label or list item is read as a sentence of its own
      }
      Matcher word = WORD.matcher(piece);
      while (word.find()) {
        words++;
        syllables += syllables(word.group());
      }
    }
    return new Score(sentences, words, syllables);
  }

  /** An estimate of a word's syllables: its vowel groups, less a silent final "e". */
  static int syllables(String word) {
    String w = word.toLowerCase(Locale.UK).replaceAll("[^a-z]", "");
    if (w.isEmpty()) {
      return 0;
    }
    if (w.length() <= 3) {
      return 1;
    }
    if (w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee") && !w.endsWith("ye")) {
      w = w.substring(0, w.length() - 1);
    } else if (w.endsWith("es") || w.endsWith("ed")) {
      if (!w.endsWith("ted")
          && !w.endsWith("ded")
          && !w.endsWith("ses")
          && !w.endsWith("zes")
          && !w.endsWith("ces")
          && !w.endsWith("ges")) {
        w = w.substring(0, w.length() - 2);
      }
    }
    Matcher groups = VOWELS.matcher(w);
    int count = 0;
    while (groups.find()) {
      count++;
    }
    return Math.max(1, count);
  }
}

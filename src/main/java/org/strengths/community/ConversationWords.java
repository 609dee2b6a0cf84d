package org.strengths.community;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.strengths.conversation.PersonInTheirWords;

/**
 * The things that matter to a person, from what they said in their recent conversations, each a
 * theme with the words worth looking for in it. Everyday words ("getting back to the") are left
 * out: they would match anything. Themes come newest conversation first and, within one, in the
 * order the conversation records them: what matters, a good life, then strengths. Something said
 * again in an older conversation (a strength carried forward) is one theme, from the newest.
 */
final class ConversationWords {

  /** How many of the latest completed conversations the themes come from. */
  static final int CONVERSATIONS = 3;

  /** At most this many themes, so the page stays readable; the rest are counted. */
  static final int MAX_THEMES = 12;

  /** At most this many words are looked for in one theme. */
  static final int MAX_WORDS = 12;

  /**
   * One thing that matters, as it was said.
   *
   * @param saidBy person, carer, family or practitioner
   * @param saidByName the carer's or family member's name, if given
   * @param heldOn the day of the conversation it was said in
   * @param words the words to look for, in the order said
   */
  record Theme(
      PersonInTheirWords.Part part,
      String said,
      String saidBy,
      String saidByName,
      LocalDate heldOn,
      List<String> words) {

    String query() {
      return String.join(" ", words);
    }
  }

  /**
   * @param leftOut how many more things were said than {@link #MAX_THEMES}
   * @param conversations how many conversations the themes come from
   * @param latest the day of the newest of them
   */
  record Themes(List<Theme> themes, int leftOut, int conversations, LocalDate latest) {
    boolean isEmpty() {
      return themes.isEmpty();
    }
  }

  private static final Set<String> EVERYDAY =
      Set.of(
          "a",
          "able",
          "about",
          "after",
          "again",
          "all",
          "also",
          "am",
          "an",
          "and",
          "any",
          "are",
          "as",
          "at",
          "back",
          "be",
          "because",
          "been",
          "being",
          "but",
          "by",
          "can",
          "could",
          "day",
          "days",
          "did",
          "do",
          "does",
          "doing",
          "don",
          "down",
          "each",
          "enjoy",
          "enjoys",
          "even",
          "every",
          "feel",
          "for",
          "from",
          "get",
          "gets",
          "getting",
          "go",
          "goes",
          "going",
          "good",
          "got",
          "had",
          "has",
          "have",
          "having",
          "he",
          "her",
          "here",
          "hers",
          "herself",
          "him",
          "himself",
          "his",
          "how",
          "i",
          "if",
          "in",
          "into",
          "is",
          "it",
          "its",
          "itself",
          "just",
          "keep",
          "know",
          "less",
          "life",
          "like",
          "likes",
          "lot",
          "love",
          "loves",
          "lots",
          "make",
          "me",
          "more",
          "most",
          "much",
          "my",
          "myself",
          "need",
          "needs",
          "never",
          "no",
          "not",
          "now",
          "of",
          "off",
          "often",
          "on",
          "once",
          "one",
          "only",
          "or",
          "other",
          "our",
          "out",
          "over",
          "own",
          "people",
          "really",
          "same",
          "see",
          "she",
          "so",
          "some",
          "still",
          "such",
          "than",
          "that",
          "the",
          "their",
          "them",
          "themselves",
          "then",
          "there",
          "these",
          "they",
          "thing",
          "things",
          "this",
          "those",
          "through",
          "time",
          "to",
          "too",
          "up",
          "us",
          "used",
          "very",
          "want",
          "wants",
          "was",
          "way",
          "we",
          "week",
          "well",
          "were",
          "what",
          "when",
          "where",
          "which",
          "while",
          "who",
          "why",
          "will",
          "with",
          "would",
          "you",
          "your");

  private ConversationWords() {}

  static Themes themes(List<PersonInTheirWords.Conversation> conversations) {
    List<Theme> themes = new ArrayList<>();
    Set<List<String>> seen = new java.util.HashSet<>();
    int leftOut = 0;
    for (PersonInTheirWords.Conversation conversation : conversations) {
      for (PersonInTheirWords.Said said : conversation.said()) {
        List<String> words = words(said.words());
        if (words.isEmpty() || !seen.add(words)) {
          continue;
        }
        if (themes.size() == MAX_THEMES) {
          leftOut++;
          continue;
        }
        themes.add(
            new Theme(
                said.part(),
                said.words().strip(),
                said.saidBy(),
                said.saidByName(),
                conversation.heldOn(),
                words));
      }
    }
    return new Themes(
        List.copyOf(themes),
        leftOut,
        conversations.size(),
        conversations.isEmpty() ? null : conversations.get(0).heldOn());
  }

  /** The words worth looking for in what was said, each once, at most {@link #MAX_WORDS}. */
  static List<String> words(String text) {
    Set<String> found = new LinkedHashSet<>();
    // Split here rather than with SynonymExpansion.words, which keeps only the first dozen words
    // of a text, everyday ones included.
    String lower = text == null ? "" : text.toLowerCase(java.util.Locale.UK);
    for (String word : lower.split("[^\\p{L}\\p{N}]+")) {
      if (found.size() < MAX_WORDS
          && word.length() > 2
          && !EVERYDAY.contains(word)
          && !word.chars().allMatch(Character::isDigit)) {
        found.add(word);
      }
    }
    return List.copyOf(found);
  }
}

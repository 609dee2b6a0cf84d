package org.strengths.community;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.strengths.conversation.PersonInTheirWords;

/**
 * The words worth looking for from a person's latest conversation, each remembered with where it
 * came from, so an idea can say why it came up ("one of their strengths"). Everyday words ("getting
 * back to the") are left out: the search takes only a dozen words, and they would match anything.
 */
final class ConversationWords {

  /** Where a word came from, with the reason shown when an idea matches it. */
  enum Source {
    STRENGTH("community.ideas.reason.matchesStrength"),
    WHAT_MATTERS("community.ideas.reason.matchesWhatMatters"),
    GOOD_LIFE("community.ideas.reason.matchesGoodLife");

    final String reasonKey;

    Source(String reasonKey) {
      this.reasonKey = reasonKey;
    }
  }

  static final int MAX_WORDS = 12;

  private static final Set<String> EVERYDAY =
      Set.of(
          "a",
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
          "lot",
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

  /** Each word once, with the first source it was found in (strengths first). */
  private final Map<String, Source> sources = new LinkedHashMap<>();

  private final List<List<String>> bySource = new ArrayList<>();

  private ConversationWords() {}

  static ConversationWords none() {
    return new ConversationWords();
  }

  static ConversationWords of(PersonInTheirWords.Highlights highlights) {
    ConversationWords words = new ConversationWords();
    words.add(Source.STRENGTH, highlights.strengths());
    words.add(Source.WHAT_MATTERS, highlights.whatMatters());
    words.add(Source.GOOD_LIFE, highlights.goodLife());
    return words;
  }

  private void add(Source source, List<String> texts) {
    List<String> found = new ArrayList<>();
    for (String text : texts) {
      for (String word : SynonymExpansion.words(text)) {
        if (word.length() > 2
            && !EVERYDAY.contains(word)
            && !word.chars().allMatch(Character::isDigit)) {
          sources.putIfAbsent(word, source);
          found.add(word);
        }
      }
    }
    bySource.add(found);
  }

  boolean isEmpty() {
    return sources.isEmpty();
  }

  /**
   * Up to {@link #MAX_WORDS} words to search for, taken in turn from what matters, a good life and
   * the strengths, so that no one of them crowds out the others.
   */
  String query() {
    if (bySource.isEmpty()) {
      return "";
    }
    Set<String> chosen = new LinkedHashSet<>();
    List<Iterator<String>> turns = new ArrayList<>();
    // What matters first, then a good life, then strengths: the order the page's sentence uses.
    turns.add(bySource.get(1).iterator());
    turns.add(bySource.get(2).iterator());
    turns.add(bySource.get(0).iterator());
    boolean more = true;
    while (more && chosen.size() < MAX_WORDS) {
      more = false;
      for (Iterator<String> turn : turns) {
        if (turn.hasNext() && chosen.size() < MAX_WORDS) {
          chosen.add(turn.next());
          more = true;
        }
      }
    }
    return String.join(", ", chosen);
  }

  /** Where a word (lower case, as the search reports it) came from, if from the conversation. */
  Optional<Source> sourceOf(String word) {
    return Optional.ofNullable(sources.get(word));
  }
}

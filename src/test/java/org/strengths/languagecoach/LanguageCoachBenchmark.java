package org.strengths.languagecoach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.testing.BenchmarkTimes;

/**
 * The language coach on a long note, run on demand only:
 *
 * <pre>./mvnw -q test -Dtest=LanguageCoachBenchmark -Dbenchmark=true</pre>
 *
 * <p>Grows the lexicon to 500 active terms (the seeded ones plus generated deficit phrases, stored
 * in {@code language_lexicon} and loaded by the coach as an admin's changes are), then checks a
 * deterministic 5,000-word practitioner's note with seeded terms, generated terms and quotations in
 * it. Target: p95 at most 5 ms. The table is also written to {@code
 * target/benchmark/language-coach.md}. The added terms are removed afterwards.
 */
@SpringBootTest
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "benchmark", matches = "true|")
class LanguageCoachBenchmark {

  static final int LEXICON_SIZE = 500;
  static final int NOTE_WORDS = 5_000;

  private static final String[] QUALIFIERS = {
    "poor",
    "low",
    "limited",
    "reduced",
    "no",
    "lacking",
    "inadequate",
    "chaotic",
    "problematic",
    "inappropriate",
    "excessive",
    "minimal",
    "resistant",
    "difficult",
    "unstable",
    "unreliable",
    "disordered",
    "deficient",
    "impaired",
    "concerning"
  };
  private static final String[] SUBJECTS = {
    "engagement",
    "insight",
    "motivation",
    "compliance",
    "cooperation",
    "hygiene",
    "self care",
    "awareness",
    "judgement",
    "boundaries",
    "lifestyle",
    "home conditions",
    "family dynamics",
    "support network",
    "coping skills",
    "attendance",
    "presentation",
    "mood",
    "behaviours",
    "parenting",
    "budgeting",
    "medication management",
    "social skills",
    "communication"
  };
  private static final String[] SEEDED_IN_NOTES = {
    "service user",
    "client",
    "refuses",
    "refused",
    "fails to",
    "suffers from",
    "package of care",
    "placement",
    "bed blocker",
    "wheelchair bound",
    "challenging behaviour",
    "non-compliant",
    "vulnerable adult",
    "lacks insight",
    "hard to reach"
  };
  private static final String[] NEUTRAL = {
    "Ada talked about the allotment she has kept with her neighbour for twenty years.",
    "We sat in the kitchen and she made tea while her daughter Mia joined us on the phone.",
    "She would like to get back to the choir on Thursday evenings at the church hall.",
    "Her knee has been painful since the winter and the stairs take longer than they did.",
    "Mia visits on Sundays and helps with the shopping and the letters from the bank.",
    "We agreed that I would ask the community transport scheme about a weekly lift.",
    "She knows everyone on the street and neighbours often drop in for a chat.",
    "The bathroom is upstairs, and she has started washing at the kitchen sink instead.",
    "She enjoys doing the crossword and listening to the cricket on the radio.",
    "Her husband died three years ago and she still misses their walks by the canal.",
    "She said mornings are best and that she feels tired by the middle of the afternoon.",
    "We talked about what a good week would look like and she laughed about the dog next door.",
  };

  @Autowired LexiconStore store;
  @Autowired LanguageCoach coach;
  @Autowired JdbcClient jdbc;

  private final List<UUID> added = new ArrayList<>();

  @AfterEach
  void removeTheGeneratedTerms() {
    if (!added.isEmpty()) {
      jdbc.sql("DELETE FROM language_lexicon WHERE id IN (:ids)").param("ids", added).update();
    }
    coach.reload();
  }

  @Test
  void checksA5000WordNoteAgainstA500TermLexiconWithinFiveMilliseconds() throws Exception {
    int seeded = store.active().size();
    for (String term : generatedTerms(LEXICON_SIZE - seeded)) {
      UUID id = UUID.randomUUID();
      store.insert(
          id, term, "describe what you saw", "A judgement rather than a description.", "", "bench");
      added.add(id);
    }
    coach.reload();
    String note = note(new Random(5000), NOTE_WORDS);
    List<LanguageFlag> flags = coach.check(note);

    BenchmarkTimes times =
        new BenchmarkTimes(
            "Language coach (%d-term lexicon, %,d-word note)"
                .formatted(store.active().size(), Lexicon.words(note).size()));
    BenchmarkTimes.Result result =
        times.measure("Check the note", 300, 2_000, () -> coach.check(note));
    times.line("");
    times.line(
        "Flags found: %d; seeded terms: %d, generated: %d; quotations in the note: %d.",
        flags.size(), seeded, added.size(), quotations(note));
    times.write("language-coach");

    assertThat(store.active()).hasSize(LEXICON_SIZE);
    assertThat(flags).isNotEmpty();
    assertThat(flags).noneMatch(flag -> Lexicon.quotedCharacters(note).get(flag.position()));
    assertThat(result.p95()).isPositive();
  }

  /** Plausible deficit phrases ("poor engagement", "limited coping skills"), all different. */
  static List<String> generatedTerms(int count) {
    List<String> terms = new ArrayList<>();
    for (String subject : SUBJECTS) {
      for (String qualifier : QUALIFIERS) {
        if (terms.size() < count) {
          terms.add(qualifier + " " + subject);
        }
      }
    }
    if (terms.size() < count) {
      throw new IllegalStateException("Only " + terms.size() + " generated terms");
    }
    return terms;
  }

  /**
   * A practitioner's note of at least {@code words} words: mostly plain sentences, some with seeded
   * or generated terms, some quoting the person (straight and curly quotation marks).
   */
  static String note(Random random, int words) {
    StringBuilder note = new StringBuilder();
    int count = 0;
    int paragraph = 0;
    while (count < words) {
      String sentence = sentence(random);
      note.append(sentence).append(' ');
      count += Lexicon.words(sentence).size();
      if (++paragraph % 6 == 0) {
        note.append("\n\n");
      }
    }
    return note.toString().strip();
  }

  private static String sentence(Random random) {
    int kind = random.nextInt(20);
    String seeded = SEEDED_IN_NOTES[random.nextInt(SEEDED_IN_NOTES.length)];
    String generated =
        QUALIFIERS[random.nextInt(QUALIFIERS.length)]
            + " "
            + SUBJECTS[random.nextInt(SUBJECTS.length)];
    return switch (kind) {
      case 0 -> "The referral describes her as a " + seeded + ", which is not how she sees it.";
      case 1 -> "An earlier note mentions " + generated + " at home, written before we met.";
      case 2 -> "She said \"I am not a " + seeded + ", I just want my garden back\" and laughed.";
      case 3 -> "Mia told me “people call it " + generated + " but Mum is just tired” today.";
      case 4 -> "Just in case the bus is late, she keeps a flask of tea in her bag.";
      default -> NEUTRAL[random.nextInt(NEUTRAL.length)];
    };
  }

  private static long quotations(String note) {
    return note.chars().filter(c -> c == '“').count()
        + note.chars().filter(c -> c == '"').count() / 2;
  }
}

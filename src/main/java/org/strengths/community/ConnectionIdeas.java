package org.strengths.community;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Ideas for connections for one person: for each thing that matters to them a few active assets
 * near their home, ordered by {@link IdeaRanking}, each with why it came up. An asset is suggested
 * once, under the first theme it fits; a later theme it also fits is added to its reasons and that
 * theme's ideas go on to the next best.
 */
@Service
class ConnectionIdeas {

  /** Ideas shown for each thing that matters. */
  static final int PER_THEME = 3;

  /** How many of the best text matches, and how many of the nearest, are weighed for each theme. */
  static final int CANDIDATES = 20;

  /**
   * Why an idea came up.
   *
   * @param theme the thing that matters it fits, or {@code null} for words the practitioner typed
   * @param words which of the words (or their synonyms) it matches
   */
  record Because(ConversationWords.Theme theme, List<String> words) {}

  /**
   * @param metres from the person's home, or {@code null} if either place is unknown
   * @param because the theme it is listed under first, then any later theme it also fits
   */
  record Idea(UUID assetId, Double metres, List<Because> because) {}

  /**
   * @param ideas the ideas listed under this theme, best first
   * @param alsoFit assets listed under an earlier theme that fit this one too
   */
  record Group(ConversationWords.Theme theme, List<Idea> ideas, List<UUID> alsoFit) {}

  private final AssetSearch search;

  ConnectionIdeas(AssetSearch search) {
    this.search = search;
  }

  /** A group for each theme, in the themes' order. */
  List<Group> forThemes(
      List<ConversationWords.Theme> themes, Postcodes.Point home, BigDecimal age) {
    Map<UUID, Idea> suggested = new HashMap<>();
    List<Group> groups = new ArrayList<>();
    for (ConversationWords.Theme theme : themes) {
      List<Idea> ideas = new ArrayList<>();
      List<UUID> alsoFit = new ArrayList<>();
      Matches matches = matches(theme.query(), home, age, CANDIDATES);
      for (IdeaRanking.Candidate candidate : IdeaRanking.rank(matches.candidates())) {
        if (ideas.size() == PER_THEME) {
          break;
        }
        if (candidate.wordsMatched() == 0) {
          continue;
        }
        Because because = new Because(theme, matches.words().get(candidate.id()));
        Idea earlier = suggested.get(candidate.id());
        if (earlier != null) {
          earlier.because().add(because);
          alsoFit.add(candidate.id());
          continue;
        }
        Idea idea = new Idea(candidate.id(), candidate.metres(), new ArrayList<>(List.of(because)));
        suggested.put(candidate.id(), idea);
        ideas.add(idea);
      }
      groups.add(new Group(theme, List.copyOf(ideas), List.copyOf(alsoFit)));
    }
    return groups;
  }

  /**
   * Up to {@code shown} ideas for words the practitioner typed, ordered the same way; with no
   * words, whatever is nearest.
   */
  List<Idea> forWords(String text, Postcodes.Point home, BigDecimal age, int shown) {
    Matches matches = matches(text, home, age, Math.max(shown, CANDIDATES));
    return IdeaRanking.rank(matches.candidates()).stream()
        .limit(shown)
        .map(
            candidate ->
                new Idea(
                    candidate.id(),
                    candidate.metres(),
                    List.of(new Because(null, matches.words().get(candidate.id())))))
        .toList();
  }

  private record Matches(List<IdeaRanking.Candidate> candidates, Map<UUID, List<String>> words) {}

  /** The best text matches and the nearest matches, each asset once, with the words it matches. */
  private Matches matches(String text, Postcodes.Point home, BigDecimal age, int size) {
    boolean noWords = text == null || text.isBlank();
    AssetQuery query =
        new AssetQuery(
            noWords ? null : text,
            true,
            Set.of(),
            null,
            null,
            null,
            age,
            null,
            null,
            null,
            null,
            null,
            null,
            Set.of(),
            home,
            home == null ? null : IdeaRanking.SEARCH_METRES,
            null,
            false,
            true,
            noWords,
            false);
    Map<UUID, AssetSearch.Hit> hits = new LinkedHashMap<>();
    search.search(query, 1, size).hits().forEach(hit -> hits.putIfAbsent(hit.id(), hit));
    if (home != null && !noWords) {
      search
          .search(query.near(home, IdeaRanking.SEARCH_METRES, true), 1, size)
          .hits()
          .forEach(hit -> hits.putIfAbsent(hit.id(), hit));
    }
    Map<UUID, List<String>> words =
        noWords ? Map.of() : search.matchedWords(List.copyOf(hits.keySet()), text);
    List<IdeaRanking.Candidate> candidates =
        hits.values().stream()
            .map(
                hit ->
                    new IdeaRanking.Candidate(
                        hit.id(),
                        words.getOrDefault(hit.id(), List.of()).size(),
                        hit.rank(),
                        hit.metres()))
            .toList();
    Map<UUID, List<String>> matched = new HashMap<>();
    hits.keySet().forEach(id -> matched.put(id, words.getOrDefault(id, List.of())));
    return new Matches(candidates, matched);
  }
}

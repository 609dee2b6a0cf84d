package org.strengths.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdeaRankingTest {

  private static final UUID ALLOTMENT_SOCIETY = new UUID(0, 1);
  private static final UUID COMMUNITY_GARDEN = new UUID(0, 2);
  private static final UUID GARDEN_CLUB = new UUID(0, 3);

  private static List<UUID> ranked(IdeaRanking.Candidate... candidates) {
    return IdeaRanking.rank(List.of(candidates)).stream().map(IdeaRanking.Candidate::id).toList();
  }

  @Test
  void anEqualMatchNearerByComesFirstEvenWhenTheFartherOneHasTheStrongerTextRank() {
    assertThat(
            ranked(
                new IdeaRanking.Candidate(COMMUNITY_GARDEN, 1, 0.9, 4_000.0),
                new IdeaRanking.Candidate(ALLOTMENT_SOCIETY, 1, 0.3, 900.0)))
        .containsExactly(ALLOTMENT_SOCIETY, COMMUNITY_GARDEN);
  }

  @Test
  void aStrongerMatchNearerByComesFirst() {
    assertThat(
            ranked(
                new IdeaRanking.Candidate(COMMUNITY_GARDEN, 1, 0.6, 4_000.0),
                new IdeaRanking.Candidate(ALLOTMENT_SOCIETY, 2, 0.6, 900.0)))
        .containsExactly(ALLOTMENT_SOCIETY, COMMUNITY_GARDEN);
  }

  @Test
  void aMatchTwiceAsGoodCanComeFirstFromFurtherAway() {
    assertThat(
            ranked(
                new IdeaRanking.Candidate(ALLOTMENT_SOCIETY, 1, 0.6, 900.0),
                new IdeaRanking.Candidate(COMMUNITY_GARDEN, 2, 0.6, 4_000.0)))
        .containsExactly(COMMUNITY_GARDEN, ALLOTMENT_SOCIETY);
  }

  @Test
  void butNotFromTheFarEdgeOfTheSearch() {
    assertThat(
            ranked(
                new IdeaRanking.Candidate(COMMUNITY_GARDEN, 2, 0.6, 7_900.0),
                new IdeaRanking.Candidate(ALLOTMENT_SOCIETY, 1, 0.6, 900.0)))
        .containsExactly(ALLOTMENT_SOCIETY, COMMUNITY_GARDEN);
  }

  @Test
  void aMatchCountsHalfAtFiveKilometresAndAThirdAtTen() {
    assertThat(IdeaRanking.nearness(0.0)).isEqualTo(1.0);
    assertThat(IdeaRanking.nearness(5_000.0)).isEqualTo(0.5);
    assertThat(IdeaRanking.nearness(10_000.0))
        .isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void withoutTheirHomeTheBetterMatchComesFirstThenTheStrongerTextRank() {
    assertThat(
            ranked(
                new IdeaRanking.Candidate(GARDEN_CLUB, 1, 0.2, null),
                new IdeaRanking.Candidate(COMMUNITY_GARDEN, 1, 0.7, null),
                new IdeaRanking.Candidate(ALLOTMENT_SOCIETY, 2, 0.1, null)))
        .containsExactly(ALLOTMENT_SOCIETY, COMMUNITY_GARDEN, GARDEN_CLUB);
  }

  @Test
  void withNoWordsTheNearestComesFirst() {
    assertThat(
            ranked(
                new IdeaRanking.Candidate(GARDEN_CLUB, 0, 0, 3_000.0),
                new IdeaRanking.Candidate(COMMUNITY_GARDEN, 0, 0, 200.0),
                new IdeaRanking.Candidate(ALLOTMENT_SOCIETY, 0, 0, 1_200.0)))
        .containsExactly(COMMUNITY_GARDEN, ALLOTMENT_SOCIETY, GARDEN_CLUB);
  }
}

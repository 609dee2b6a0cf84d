package org.strengths.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CommunityRulesTest {

  /** A crude english stemmer, enough to test the expansion without PostgreSQL. */
  static String stem(String word) {
    return word.replaceAll("(ing|s)$", "");
  }

  final SynonymExpansion expansion =
      new SynonymExpansion(
          List.of(
              List.of("walking", "rambling", "hiking"),
              List.of("allotment", "gardening"),
              List.of("tai chi", "exercise")),
          CommunityRulesTest::stem);

  @Test
  void walkingAlsoFindsRamblingAndHiking() {
    assertThat(expansion.tsquery("walking", SynonymExpansion.Mode.ALL))
        .isEqualTo("(walking | rambling | hiking)");
  }

  @Test
  void aWordWithTheSameStemJoinsTheGroup() {
    assertThat(expansion.expand("walks").get(0).alternatives())
        .containsExactly("walks", "walking", "rambling", "hiking");
  }

  @Test
  void allotmentFindsGardeningAndEveryWordMustMatchInASearch() {
    assertThat(expansion.tsquery("Allotment group", SynonymExpansion.Mode.ALL))
        .isEqualTo("(allotment | gardening) & (group)");
    assertThat(expansion.tsquery("allotment group", SynonymExpansion.Mode.ANY))
        .isEqualTo("(allotment | gardening) | (group)");
  }

  @Test
  void phrasesBecomeAdjacentWords() {
    assertThat(expansion.tsquery("exercise", SynonymExpansion.Mode.ALL))
        .isEqualTo("(exercise | tai <-> chi)");
  }

  @Test
  void nothingTypedCanChangeTheQuerySyntax() {
    assertThat(expansion.tsquery("a & b | !c <-> ':*' (d)", SynonymExpansion.Mode.ALL))
        .isEqualTo("(a) & (b) & (c) & (d)");
    assertThat(expansion.tsquery("  ", SynonymExpansion.Mode.ALL)).isEmpty();
    assertThat(expansion.tsquery(null, SynonymExpansion.Mode.ALL)).isEmpty();
  }

  @Test
  void normalisesATypedSynonymGroup() {
    assertThat(Synonyms.normalise(" Walking ,rambling,,  HIKING , walking"))
        .isEqualTo("walking, rambling, hiking");
  }

  @Test
  void measuresDistanceLikeAMap() {
    // Leeds station to York station: about 38.5 km as the crow flies
    assertThat(Distance.metres(53.7952, -1.5479, 53.9580, -1.0931))
        .isCloseTo(34_000, within(1_500.0));
    assertThat(Distance.metres(54.0, -2.0, 54.009, -2.0)).isCloseTo(1_000.8, within(1.0));
    assertThat(Distance.metres(53.8, -1.5, 53.8, -1.5)).isZero();
  }

  @Test
  void theBoundingBoxHoldsEveryPointWithinTheRadius() {
    Distance.Box box = Distance.around(53.8, -1.5, 5_000);
    for (int bearing = 0; bearing < 360; bearing += 15) {
      double lat = 53.8 + 4_900 / 111_195.0 * Math.cos(Math.toRadians(bearing));
      double lon =
          -1.5
              + 4_900
                  / (111_195.0 * Math.cos(Math.toRadians(lat)))
                  * Math.sin(Math.toRadians(bearing));
      assertThat(Distance.metres(53.8, -1.5, lat, lon)).isLessThanOrEqualTo(5_000);
      assertThat(box.contains(lat, lon)).as("bearing %d", bearing).isTrue();
    }
    assertThat(box.contains(53.9, -1.5)).isFalse();
  }

  @Test
  void showsDistancesInKilometres() {
    assertThat(Distance.kilometres(800)).isEqualTo("0.8 km");
    assertThat(Distance.kilometres(12_400)).isEqualTo("12 km");
  }

  @Test
  void anEntryNeedsCheckingSixMonthsAfterItWasLastVerified() {
    LocalDate today = LocalDate.of(2026, 11, 23);
    assertThat(Verification.due(LocalDate.of(2026, 5, 24), today)).isFalse();
    assertThat(Verification.due(LocalDate.of(2026, 5, 23), today)).isTrue();
    assertThat(Verification.due(null, today)).isTrue();
    assertThat(Verification.dueIfVerifiedOnOrBefore(today)).isEqualTo(LocalDate.of(2026, 5, 23));
  }

  // ---- import validation, without a database

  final OrukImport importer =
      new OrukImport(
          null, null, null, new org.springframework.jdbc.support.JdbcTransactionManager(), null);

  String refusal(String json) {
    try {
      importer.map(JsonMapper.builder().build().readTree(json), new ArrayList<>());
      return null;
    } catch (IllegalArgumentException refused) {
      return refused.getMessage();
    }
  }

  @Test
  void importRefusesAServiceWithoutTheRequiredFields() {
    assertThat(refusal("{\"name\": \"x\", \"status\": \"active\"}")).isEqualTo("id is missing");
    assertThat(refusal("{\"id\": \"1\", \"status\": \"active\"}")).isEqualTo("name is missing");
    assertThat(refusal("{\"id\": \"1\", \"name\": \"x\"}")).isEqualTo("status is missing");
    assertThat(refusal("{\"id\": \"1\", \"name\": \"x\", \"status\": \"active\"}")).isNull();
  }

  @Test
  void importRefusesImpossibleValues() {
    assertThat(
            refusal(
                "{\"id\": \"1\", \"name\": \"x\", \"status\": \"active\", \"minimum_age\": \"ten\"}"))
        .isEqualTo("minimum_age is not a number");
    assertThat(
            refusal(
                "{\"id\": \"1\", \"name\": \"x\", \"status\": \"active\", \"maximum_age\": 200}"))
        .isEqualTo("maximum_age 200 is not an age between 0 and 130");
    assertThat(
            refusal(
                "{\"id\": \"1\", \"name\": \"x\", \"status\": \"active\", \"email\": \"nope\"}"))
        .isEqualTo("email \"nope\" is not an email address");
    assertThat(
            refusal(
                "{\"id\": \"1\", \"name\": \"x\", \"status\": \"active\", \"schedules\": [{\"byday\": \"MO\", \"opens_at\": \"25:00\"}]}"))
        .isEqualTo("opens_at \"25:00\" is not a time");
  }

  @Test
  void importKeepsAServiceWithOutOfRangeCoordinatesButNotesIt() {
    List<String> notes = new ArrayList<>();
    OrukImport.Mapped mapped =
        importer.map(
            JsonMapper.builder()
                .build()
                .readTree(
                    "{\"id\": \"1\", \"name\": \"x\", \"status\": \"defunct\", \"service_at_locations\":"
                        + " [{\"location\": {\"latitude\": 100, \"longitude\": 101}}]}"),
            notes);
    assertThat(mapped.asset().latitude()).isNull();
    assertThat(mapped.asset().status()).isEqualTo("CLOSED");
    assertThat(notes).singleElement().asString().startsWith("latitude 100");
  }

  @Test
  void aReimportKeepsWhatTheFeedLeavesEmpty() {
    Asset ours = sample("Ours", "Our description", "07700 900000");
    Asset feed = sample("Theirs", null, null);
    Asset merged = OrukImport.merge(ours, feed);
    assertThat(merged.name()).isEqualTo("Theirs");
    assertThat(merged.description()).isEqualTo("Our description");
    assertThat(merged.phone()).isEqualTo("07700 900000");
    assertThat(merged.howToConnect()).isEqualTo(HowToConnect.REFERRAL);
  }

  static Asset sample(String name, String description, String phone) {
    return new Asset(
        null,
        AssetKind.SERVICE,
        name,
        description,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        null,
        false,
        false,
        false,
        false,
        null,
        "FREE",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        phone,
        null,
        HowToConnect.REFERRAL,
        "ACTIVE",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        0,
        List.of(),
        List.of());
  }

  static Map<String, Object> unused() {
    return Map.of("mapper", new ObjectMapper());
  }
}

package org.strengths.platform.statute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StatutoryVocabularyTest {

  private static final Properties BUNDLE = new Properties();

  @BeforeAll
  static void loadTheBundle() throws Exception {
    try (InputStream in =
        StatutoryVocabularyTest.class.getResourceAsStream("/messages/platform.properties")) {
      BUNDLE.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
  }

  @Test
  void namesTheNineWellbeingAreasInTheWordsOfTheAct() {
    assertThat(Arrays.stream(WellbeingArea.values()).map(a -> a.letter() + " " + words(a)))
        .containsExactly(
            "a Personal dignity (including treatment of the individual with respect)",
            "b Physical and mental health and emotional well-being",
            "c Protection from abuse and neglect",
            "d Control by the individual over day-to-day life (including over care and support,"
                + " or support, provided to the individual and the way in which it is provided)",
            "e Participation in work, education, training or recreation",
            "f Social and economic well-being",
            "g Domestic, family and personal relationships",
            "h Suitability of living accommodation",
            "i The individual's contribution to society");
  }

  @Test
  void namesTheTenOutcomesInTheWordsOfTheRegulationsAndInPlainWords() {
    assertThat(Arrays.stream(EligibilityOutcome.values()).map(o -> o.letter() + " " + words(o)))
        .containsExactly(
            "a Managing and maintaining nutrition",
            "b Maintaining personal hygiene",
            "c Managing toilet needs",
            "d Being appropriately clothed",
            "e Being able to make use of the adult's home safely",
            "f Maintaining a habitable home environment",
            "g Developing and maintaining family or other personal relationships",
            "h Accessing and engaging in work, training, education or volunteering",
            "i Making use of necessary facilities or services in the local community, including"
                + " public transport and recreational facilities or services",
            "j Carrying out any caring responsibilities the adult has for a child");
    assertThat(EligibilityOutcome.values())
        .allSatisfy(o -> assertThat(BUNDLE.getProperty(o.plainKey())).isNotBlank());
    assertThat(EligibilityOutcome.WORK_TRAINING_EDUCATION.field())
        .isEqualTo("outcomeWorkTrainingEducation");
  }

  @Test
  void readsOnlyTheStoredNamesAndGivesFormFieldsInCamelCase() {
    assertThat(WellbeingArea.of("SOCIAL_AND_ECONOMIC")).contains(WellbeingArea.SOCIAL_AND_ECONOMIC);
    assertThat(WellbeingArea.of("SOCIAL_ECONOMIC")).isEmpty();
    assertThat(WellbeingArea.of(null)).isEmpty();
    assertThat(WellbeingArea.SOCIAL_AND_ECONOMIC.camelName()).isEqualTo("socialAndEconomic");
    assertThat(WellbeingArea.DIGNITY.camelName()).isEqualTo("dignity");
    assertThat(EligibilityOutcome.of("NUTRITION")).contains(EligibilityOutcome.NUTRITION);
    assertThat(EligibilityOutcome.of("nutrition")).isEmpty();
  }

  private static String words(WellbeingArea area) {
    return BUNDLE.getProperty(area.messageKey());
  }

  private static String words(EligibilityOutcome outcome) {
    return BUNDLE.getProperty(outcome.messageKey());
  }
}

package org.strengths.languagecoach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {

  private final Lexicon lexicon =
      new Lexicon(
          List.of(
              term("service user"),
              term("client"),
              term("refuses"),
              term("fails to"),
              term("package of care"),
              term("care package"),
              term("bed-blocker"),
              term("wheelchair bound"),
              term("suffers from"),
              new Lexicon.Term(
                  "case",
                  "the person",
                  "A person is not a case.",
                  List.of("in case", "case law"))));

  private static Lexicon.Term term(String term) {
    return new Lexicon.Term(term, "suggestion for " + term, "why " + term, List.of());
  }

  private List<String> found(String text) {
    return lexicon.check(text).stream().map(LanguageFlag::found).toList();
  }

  @Test
  void findsATermWhateverItsCase() {
    assertThat(found("The Service User said hello")).containsExactly("Service User");
    assertThat(found("CLIENT")).containsExactly("CLIENT");
  }

  @Test
  void findsInflectionsOfATerm() {
    assertThat(found("She refused. He is refusing. They refuse. It refuses."))
        .containsExactly("refused", "refusing", "refuse", "refuses");
    assertThat(found("clients and a client's file")).containsExactly("clients", "client's");
    assertThat(found("He failed to attend and fails to eat"))
        .containsExactly("failed to", "fails to");
    assertThat(found("she suffered from and is suffering from"))
        .containsExactly("suffered from", "suffering from");
  }

  @Test
  void matchesWholeWordsOnly() {
    assertThat(found("a suitcase, a showcase, clientele and refuse collection day"))
        .containsExactly("refuse");
    assertThat(found("briefcase")).isEmpty();
  }

  @Test
  void treatsHyphensAndSpacesAlike() {
    assertThat(found("called a bed blocker, a bed-blocker and wheelchair-bound"))
        .containsExactly("bed blocker", "bed-blocker", "wheelchair-bound");
  }

  @Test
  void findsPhrasesAcrossLineBreaksAndExtraSpaces() {
    assertThat(found("her package\nof   care")).containsExactly("package\nof   care");
  }

  @Test
  void prefersTheLongestOfOverlappingTermsAndFlagsEachWordOnce() {
    assertThat(lexicon.check("a care package of care").stream().map(LanguageFlag::term).toList())
        .containsExactly("care package");
  }

  @Test
  void leavesAloneThePhrasesATermMakesNoSenseIn() {
    assertThat(found("Just in case it rains; case law says; his case was closed"))
        .containsExactly("case");
  }

  @Test
  void neverFlagsWordsBetweenQuotationMarks() {
    assertThat(found("She said \"I am not a service user\" and refused."))
        .containsExactly("refused");
    assertThat(found("He said “no client nonsense”, then left.")).isEmpty();
    assertThat(found("She said ‘I refuse’ and didn’t say more")).isEmpty();
  }

  @Test
  void treatsAnUnclosedQuotationMarkAsQuotingNothing() {
    assertThat(found("She said \"client work is hard")).containsExactly("client");
  }

  @Test
  void treatsStraightSingleQuotesAsApostrophes() {
    assertThat(found("The client's 'refusal' isn't the point; he 'refuses'"))
        .containsExactly("client's", "refuses");
  }

  @Test
  void reportsPositionsInTheOriginalTextSoMarkupIsHarmless() {
    List<LanguageFlag> flags = lexicon.check("<script>client</script>");

    assertThat(flags).hasSize(1);
    assertThat(flags.get(0).position()).isEqualTo(8);
    assertThat(flags.get(0).suggestion()).isEqualTo("suggestion for client");
  }

  @Test
  void findsNothingInEmptyOrBlankText() {
    assertThat(lexicon.check(null)).isEmpty();
    assertThat(lexicon.check("")).isEmpty();
    assertThat(lexicon.check("   \n ")).isEmpty();
    assertThat(new Lexicon(List.of()).check("client")).isEmpty();
  }

  @Test
  void stemsTheFormsOfAWordToOneStem() {
    assertThat(List.of("refuse", "refuses", "refused", "refusing"))
        .extracting(Lexicon::stem)
        .containsOnly("refus");
    assertThat(Lexicon.stem("Cases")).isEqualTo(Lexicon.stem("case"));
    assertThat(Lexicon.stem("class")).isEqualTo(Lexicon.stem("classes"));
  }

  @Test
  void stemsPossessivesAndApostrophesStraightOrCurlyAlike() {
    assertThat(List.of("client", "clients", "client's", "client\u2019s", "CLIENT'S"))
        .extracting(Lexicon::stem)
        .containsOnly("client");
    assertThat(Lexicon.stem("don\u2019t")).isEqualTo(Lexicon.stem("don't")).isEqualTo("dont");
    assertThat(found("The client\u2019s son and the clients' group"))
        .containsExactly("client\u2019s", "clients");
  }

  @Test
  void leavesAWordWithoutApostrophesAsItsOwnLowerCaseStem() {
    assertThat(Lexicon.stem("Garden")).isEqualTo("garden");
    assertThat(Lexicon.stem("ward")).isEqualTo("ward");
  }

  @Test
  void findsTermsInALongNoteWithManyCandidatesSharingAFirstWord() {
    List<Lexicon.Term> terms = new java.util.ArrayList<>();
    for (String term : LanguageCoachBenchmark.generatedTerms(480)) {
      terms.add(term(term));
    }
    terms.add(term("poor"));
    Lexicon large = new Lexicon(terms);
    String note = LanguageCoachBenchmark.note(new java.util.Random(1), 5_000);

    List<LanguageFlag> flags = large.check(note);

    assertThat(large.size()).isEqualTo(481);
    assertThat(flags).isNotEmpty();
    assertThat(flags).noneMatch(flag -> Lexicon.quotedCharacters(note).get(flag.position()));
    assertThat(large.check("Poor engagement, and poor. \"Poor hygiene\" she said."))
        .extracting(LanguageFlag::found)
        .containsExactly("Poor engagement", "poor");
  }
}

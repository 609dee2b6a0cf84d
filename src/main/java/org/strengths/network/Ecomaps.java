package org.strengths.network;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Everything the network pages need to draw, describe, export and compare ecomaps. Pure functions
 * of the ties given: nothing here reads or writes the database or checks access, so callers check
 * access and audit first.
 */
@Component
class Ecomaps {

  private final MessageSource messages;

  Ecomaps(MessageSource messages) {
    this.messages = messages;
  }

  /**
   * The ecomap for a page, each node a link to its relationship.
   *
   * @param hrefPattern the link with {@code {tieId}} where the relationship's id goes, e.g. {@code
   *     "/people/" + personId + "/network/{tieId}/edit"}; null draws a still image without links
   */
  String svg(String personName, List<Tie> ties, String hrefPattern) {
    return svg(personName, ties, hrefPattern, "ecomap");
  }

  /**
   * As {@link #svg(String, List, String)}, with ids starting {@code idPrefix}, so two maps on one
   * page (comparing dates) keep their ids unique.
   */
  String svg(String personName, List<Tie> ties, String hrefPattern, String idPrefix) {
    return EcomapSvg.render(
        new EcomapSvg.Request(personName, ties, hrefPattern, idPrefix), words());
  }

  /** The text alternative: every relationship and its meaning, grouped by kind. */
  List<EcomapText.Group> text(List<Tie> ties) {
    return EcomapText.describe(ties, words());
  }

  /** One relationship in words, e.g. "Mary (family): strong, stressful, gives care". */
  String describe(Tie tie) {
    return EcomapText.line(tie, words());
  }

  /** The map as a whole in one sentence, for a caption or summary line. */
  String summarySentence(List<Tie> ties) {
    return EcomapText.summary(ties, words());
  }

  /** A PNG {@code width} pixels wide (1 to 4,000; {@link EcomapPng#DEFAULT_WIDTH} is 1,200). */
  byte[] png(String personName, List<Tie> ties, int width) {
    return EcomapPng.render(svg(personName, ties, null), width);
  }

  /** A tagged, accessible PDF: the map on {@code date} and the text alternative as lists. */
  byte[] pdf(String personName, LocalDate date, List<Tie> ties) {
    return EcomapPdf.render(personName, date, ties, words());
  }

  NetworkComparison compare(List<Tie> before, List<Tie> after) {
    return NetworkComparison.between(before, after);
  }

  NetworkSummary summary(List<Tie> ties) {
    return NetworkSummary.of(ties);
  }

  private EcomapWords words() {
    return new EcomapWords(messages, LocaleContextHolder.getLocale());
  }
}

package org.strengths.practice;

/** A manager asked for another team's practice quality, or the council's. */
class QualityRefused extends RuntimeException {
  QualityRefused() {
    super("Not this team's practice quality");
  }
}

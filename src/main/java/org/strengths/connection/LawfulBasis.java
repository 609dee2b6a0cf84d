package org.strengths.connection;

import java.util.Optional;

/**
 * Why sharing the person's details with a voluntary organisation is lawful (NHS England guidance
 * reviewed by the ICO and the National Data Guardian): implied consent is enough where the
 * organisation provides care; wider services need the person's explicit consent.
 */
enum LawfulBasis {
  /** Information given only: nothing about the person leaves the council. */
  NOTHING_SHARED,
  IMPLIED_CONSENT,
  EXPLICIT_CONSENT;

  static Optional<LawfulBasis> parse(String text) {
    return Enums.parse(LawfulBasis.class, text);
  }
}

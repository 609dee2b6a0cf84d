package org.strengths.network;

/** Which way support flows: arrowheads on the ecomap line. */
public enum SupportDirection {
  TO_PERSON,
  FROM_PERSON,
  BOTH_WAYS,
  NONE
}

package org.strengths.network;

/** Hartman's three strengths of a relationship: a thick, thin or dashed line on the ecomap. */
public enum TieStrength {
  STRONG,
  ORDINARY,
  TENUOUS
}

package org.strengths.community;

/**
 * The kinds of community asset in Asset-Based Community Development, plus services. A {@link #GIFT}
 * is an individual's gift, recorded only with their consent and never published.
 */
public enum AssetKind {
  ASSOCIATION,
  INSTITUTION,
  PHYSICAL,
  ECONOMIC,
  CULTURAL,
  NATURAL,
  SERVICE,
  GIFT
}

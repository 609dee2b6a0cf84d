package org.strengths.network;

/** What sort of connection a relationship is; the ecomap groups ties by kind around the person. */
public enum TieKind {
  FAMILY,
  FRIEND,
  NEIGHBOUR,
  COMMUNITY_GROUP,
  FAITH,
  WORK_EDUCATION,
  PROFESSIONAL,
  PAID_CARER,
  PLACE,
  PET,
  OTHER
}

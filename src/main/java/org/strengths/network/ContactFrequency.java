package org.strengths.network;

/** How often the person and this relationship are in touch. */
public enum ContactFrequency {
  DAILY,
  WEEKLY,
  MONTHLY,
  LESS_OFTEN,
  RARELY
}

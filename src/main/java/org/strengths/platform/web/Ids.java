package org.strengths.platform.web;

import java.util.UUID;

/** Ids typed into a form or a query (a select's value, a pasted link's id). */
public final class Ids {

  private Ids() {}

  /** The id, or null if blank or not one. */
  public static UUID orNull(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(typed.strip());
    } catch (IllegalArgumentException notAnId) {
      return null;
    }
  }
}

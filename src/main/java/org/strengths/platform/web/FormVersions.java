package org.strengths.platform.web;

/**
 * The version of a record a form was read at, sent back in a hidden field, so that saving over
 * someone else's change is refused (a stale version).
 */
public final class FormVersions {

  /** Never a real version: a missing or tampered field is always stale. */
  public static final int NONE = -1;

  private FormVersions() {}

  /** The version the user saw, or {@link #NONE} when missing or not a number. */
  public static int seen(String typed) {
    if (typed == null) {
      return NONE;
    }
    try {
      return Integer.parseInt(typed.strip());
    } catch (NumberFormatException notANumber) {
      return NONE;
    }
  }
}

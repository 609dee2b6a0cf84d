package org.strengths.network;

/**
 * The Care Act statutory guidance para 6.64 check on help from family or friends: care they give
 * can be part of a plan only if they are willing and able, the impact on them is understood, and
 * the person agrees. An answer of "no" to any of these means the arrangement must not be relied on.
 */
public record CarerCheck(
    boolean givesCare, Answer willing, Answer able, String impactOnThem, Answer personAgrees) {

  /** Where the check stands, as the network page shows it. */
  public enum Status {
    NOT_NEEDED,
    INCOMPLETE,
    COMPLETE,
    NOT_RELIABLE
  }

  /** Every question answered and the impact on them written down. */
  public boolean complete() {
    return givesCare
        && willing != Answer.NOT_ASKED
        && able != Answer.NOT_ASKED
        && personAgrees != Answer.NOT_ASKED
        && impactOnThem != null
        && !impactOnThem.isBlank();
  }

  /** Not willing, not able, or the person does not agree: not a reliable part of the plan. */
  public boolean notReliable() {
    return givesCare
        && (willing == Answer.NO || able == Answer.NO || personAgrees == Answer.NO);
  }

  public Status status() {
    if (!givesCare) {
      return Status.NOT_NEEDED;
    }
    if (notReliable()) {
      return Status.NOT_RELIABLE;
    }
    return complete() ? Status.COMPLETE : Status.INCOMPLETE;
  }
}

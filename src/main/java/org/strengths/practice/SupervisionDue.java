package org.strengths.practice;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Where one worker's supervision stands: when it was last held, when the next is due and whether it
 * is overdue.
 *
 * @param last the latest session, or null when none is recorded
 * @param nextDue when the next session is due, or null when none is recorded (due now)
 */
public record SupervisionDue(
    UUID superviseeId,
    String superviseeName,
    SupervisionFrequency frequency,
    LocalDate last,
    LocalDate nextDue,
    Status status) {

  /** How soon before the due date a session shows as due soon. */
  static final int DUE_SOON_DAYS = 7;

  public enum Status {
    NONE_RECORDED,
    OVERDUE,
    DUE_SOON,
    ON_TRACK
  }

  /** The rule: due one frequency after the last session; overdue from the day after that. */
  static SupervisionDue of(
      UUID superviseeId,
      String superviseeName,
      SupervisionFrequency frequency,
      LocalDate last,
      LocalDate today) {
    SupervisionFrequency expected = frequency == null ? SupervisionFrequency.USUAL : frequency;
    if (last == null) {
      return new SupervisionDue(
          superviseeId, superviseeName, expected, null, null, Status.NONE_RECORDED);
    }
    LocalDate due = expected.nextDue(last);
    Status status =
        today.isAfter(due)
            ? Status.OVERDUE
            : today.isBefore(due.minusDays(DUE_SOON_DAYS)) ? Status.ON_TRACK : Status.DUE_SOON;
    return new SupervisionDue(superviseeId, superviseeName, expected, last, due, status);
  }

  /** Overdue, or never held: the manager should arrange a session. */
  public boolean needsAction() {
    return status == Status.OVERDUE || status == Status.NONE_RECORDED;
  }
}

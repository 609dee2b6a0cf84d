package org.strengths.assessment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.strengths.platform.web.WebCode;

/**
 * The rules of waiting well, in plain Java: when the next keep-in-touch contact is due, when it is
 * overdue and when it is escalated, and what a triage decision or a contact must say. Problems are
 * message keys by field, in the form's order.
 */
final class WaitingRules {

  static final int MAX_REASON = 1000;
  static final int MAX_SAID = 2000;
  static final int MIN_EVERY_DAYS = 1;
  static final int MAX_EVERY_DAYS = 365;

  /** A contact can be recorded up to this many days after it happened. */
  static final int OLDEST_CONTACT_DAYS = 90;

  private WaitingRules() {}

  /**
   * The next keep-in-touch date: {@code everyDays} after the latest contact, or after today when
   * nobody has been in touch yet. The same rule after a triage decision (so moving someone to
   * "urgent" brings the date forward, and may make a contact due at once) and after a contact (a
   * contact recorded late for an earlier day never moves the date behind a later contact, because
   * the latest contact counts).
   */
  static LocalDate nextContact(LocalDate today, LocalDate latestContact, int everyDays) {
    return (latestContact == null ? today : latestContact).plusDays(everyDays);
  }

  /** Days late: 0 until the day after the contact was due. */
  static long daysOverdue(LocalDate next, LocalDate today) {
    return Math.max(0, ChronoUnit.DAYS.between(next, today));
  }

  /** A contact is overdue from the day after it was due. */
  static boolean overdue(LocalDate next, LocalDate today) {
    return today.isAfter(next);
  }

  /** Escalated once it is more than {@code graceDays} late. */
  static boolean escalates(LocalDate next, LocalDate today, int graceDays) {
    return daysOverdue(next, today) > graceDays;
  }

  /** The problems with a triage decision. */
  static Map<String, String> checkTriage(TriageLevel level, String reason, String everyDays) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (level == null) {
      problems.put("level", "waiting.error.level");
    }
    String words = strip(reason);
    if (words.isEmpty()) {
      problems.put("reason", "waiting.error.reason");
    } else if (words.length() > MAX_REASON) {
      problems.put("reason", "waiting.error.reasonLong");
    } else if (WebCode.in(words)) {
      problems.put("reason", "waiting.error.webCode");
    }
    String days = strip(everyDays);
    if (!days.isEmpty()) {
      Integer number = number(days);
      if (number == null || number < MIN_EVERY_DAYS || number > MAX_EVERY_DAYS) {
        problems.put("everyDays", "waiting.error.everyDays");
      }
    }
    return problems;
  }

  /**
   * The problems with a contact; {@code dateProblem} is the date input's own problem key (already a
   * message key) when it could not be read.
   */
  static Map<String, String> checkContact(
      LocalDate on, String dateProblem, String how, String said, String changed, LocalDate today) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (dateProblem != null) {
      problems.put("contactedOn", dateProblem);
    } else if (on == null) {
      problems.put("contactedOn", "waiting.error.contactedOn");
    } else if (on.isAfter(today)) {
      problems.put("contactedOn", "waiting.error.contactedOnFuture");
    } else if (on.isBefore(today.minusDays(OLDEST_CONTACT_DAYS))) {
      problems.put("contactedOn", "waiting.error.contactedOnOld");
    }
    if (ContactWay.parse(how) == null) {
      problems.put("how", "waiting.error.how");
    }
    String words = strip(said);
    if (words.isEmpty()) {
      problems.put("said", "waiting.error.said");
    } else if (words.length() > MAX_SAID) {
      problems.put("said", "waiting.error.saidLong");
    } else if (WebCode.in(words)) {
      problems.put("said", "waiting.error.webCode");
    }
    if (!"yes".equals(changed) && !"no".equals(changed)) {
      problems.put("changed", "waiting.error.changed");
    }
    return problems;
  }

  /** The number typed, or null when it is not a whole number. */
  static Integer number(String typed) {
    String text = strip(typed);
    if (!text.matches("\\d{1,4}")) {
      return null;
    }
    return Integer.parseInt(text);
  }

  static String strip(String text) {
    return text == null ? "" : text.strip();
  }

  /** How someone kept in touch. */
  enum ContactWay {
    PHONE,
    LETTER,
    EMAIL,
    VISIT;

    static ContactWay parse(String typed) {
      if (typed == null) {
        return null;
      }
      for (ContactWay way : values()) {
        if (way.name().equals(typed.strip())) {
          return way;
        }
      }
      return null;
    }
  }
}

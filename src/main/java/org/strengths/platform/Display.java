package org.strengths.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Dates, times and ages as GOV.UK style writes them, in UK local time, the same on every page: "4
 * June 2025", "4 June 2025 at 2:05pm", "2:05pm". Templates call it as {@code @display}: {@code
 * ${@display.date(conversation.heldOn())}}. Blank for nothing.
 */
@Component("display")
public class Display {

  /** "4 June 2025". */
  public static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

  private final Clock clock;

  public Display(Clock clock) {
    this.clock = clock;
  }

  /** A date, e.g. "4 June 2025"; blank for none. */
  public String date(LocalDate date) {
    return dateOf(date);
  }

  /** A moment in UK local time, e.g. "4 June 2025 at 2:05pm"; blank for none. */
  public String moment(Instant instant) {
    return momentOf(instant, clock.getZone());
  }

  /** The time of day in UK local time, e.g. "2:05pm"; blank for none. */
  public String time(Instant instant) {
    return instant == null ? "" : lower(TIME.format(instant.atZone(clock.getZone())));
  }

  /** Whole years of age today. */
  public long age(LocalDate dateOfBirth) {
    return ChronoUnit.YEARS.between(dateOfBirth, today());
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public ZoneId zone() {
    return clock.getZone();
  }

  /** A date, e.g. "4 June 2025"; blank for none (where no bean is at hand: a PDF, a record). */
  public static String dateOf(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  /** A moment in the given zone, e.g. "4 June 2025 at 2:05pm"; blank for none. */
  public static String momentOf(Instant instant, ZoneId zone) {
    return instant == null ? "" : lower(MOMENT.format(instant.atZone(zone)));
  }

  private static String lower(String text) {
    return text.replace("AM", "am").replace("PM", "pm");
  }
}

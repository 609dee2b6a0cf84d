package org.strengths.access;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as GOV.UK style writes them: "4 March 2025 at 2:05pm", in UK local time. */
final class DisplayTime {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

  private DisplayTime() {}

  static String of(Instant instant, ZoneId zone) {
    return instant == null
        ? ""
        : FORMAT.format(instant.atZone(zone)).replace("AM", "am").replace("PM", "pm");
  }
}

package org.strengths.network;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Words for the network module, from its message bundle. */
@Component
class NetworkText {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

  private final MessageSource messages;
  private final Clock clock;

  NetworkText(MessageSource messages, Clock clock) {
    this.messages = messages;
    this.clock = clock;
  }

  String get(String key, Object... args) {
    return messages.getMessage(key, args, Locale.UK);
  }

  Map<String, String> resolve(Map<String, String> problemKeys) {
    Map<String, String> resolved = new LinkedHashMap<>();
    problemKeys.forEach((field, key) -> resolved.put(field, get(key)));
    return resolved;
  }

  java.time.ZoneId zone() {
    return clock.getZone();
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  String moment(Instant instant) {
    return instant == null
        ? ""
        : MOMENT.format(instant.atZone(clock.getZone())).replace("AM", "am").replace("PM", "pm");
  }
}

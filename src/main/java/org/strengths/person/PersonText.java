package org.strengths.person;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Words for the person module, from its message bundle (the service is in British English). */
@Component
class PersonText {

  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

  private final MessageSource messages;
  private final Clock clock;

  PersonText(MessageSource messages, Clock clock) {
    this.messages = messages;
    this.clock = clock;
  }

  /** A date as GOV.UK writes it, e.g. "4 June 2025"; blank for none. */
  public String date(LocalDate date) {
    return date == null ? "" : ChangeHistory.date(date);
  }

  /** Whole years of age on today's date. */
  public long age(LocalDate dateOfBirth) {
    return ChronoUnit.YEARS.between(dateOfBirth, LocalDate.now(clock));
  }

  String get(String key, Object... args) {
    return messages.getMessage(key, args, Locale.UK);
  }

  /** Problems as field → message key turned into field → message, keeping their order. */
  Map<String, String> resolve(Map<String, String> problemKeys) {
    Map<String, String> resolved = new LinkedHashMap<>();
    problemKeys.forEach((field, key) -> resolved.put(field, get(key)));
    return resolved;
  }

  /** A moment in UK local time, e.g. "4 June 2025 at 2:05pm". */
  public String moment(Instant instant) {
    return instant == null
        ? ""
        : MOMENT.format(instant.atZone(clock.getZone())).replace("AM", "am").replace("PM", "pm");
  }
}

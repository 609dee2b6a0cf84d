package org.strengths.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.strengths.platform.web.DateInput;

/**
 * A module's words from the message bundles (the service is in British English), with dates and
 * times written by {@link Display}. Each module's {@code *Text} bean extends this and adds only its
 * own wording.
 */
public class Words {

  private final MessageSource messages;
  private final Display display;

  public Words(MessageSource messages, Display display) {
    this.messages = messages;
    this.display = display;
  }

  public String get(String key, Object... args) {
    return messages.getMessage(key, args, Locale.UK);
  }

  /** Problems as field → message key turned into field → message, keeping their order. */
  public Map<String, String> resolveKeys(Map<String, String> problemKeys) {
    Map<String, String> resolved = new LinkedHashMap<>();
    problemKeys.forEach((field, key) -> resolved.put(field, get(key)));
    return resolved;
  }

  /** The message for a problem with a typed date, naming the date: "Date of birth must …". */
  public Optional<String> dateProblem(DateInput.Result typed, String nameKey) {
    return Optional.ofNullable(typed.problem()).map(problem -> get(problem.key(), get(nameKey)));
  }

  /** "4 June 2025"; blank for none. */
  public String date(LocalDate date) {
    return display.date(date);
  }

  /** "4 June 2025 at 2:05pm" in UK time; blank for none. */
  public String moment(Instant instant) {
    return display.moment(instant);
  }

  /** "2:05pm" in UK time; blank for none. */
  public String time(Instant instant) {
    return display.time(instant);
  }

  /** Whole years of age today. */
  public long age(LocalDate dateOfBirth) {
    return display.age(dateOfBirth);
  }

  public LocalDate today() {
    return display.today();
  }

  public ZoneId zone() {
    return display.zone();
  }
}

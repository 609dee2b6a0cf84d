package org.strengths.conversation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Words for assessment pages from the message bundle, and dates as GOV.UK writes them. */
@Component
class AssessmentText {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

  private final MessageSource messages;
  private final Clock clock;

  AssessmentText(MessageSource messages, Clock clock) {
    this.messages = messages;
    this.clock = clock;
  }

  String get(String key, Object... args) {
    return messages.getMessage(key, args, Locale.UK);
  }

  /** A message whose arguments may be message keys (field labels) or dates. */
  String resolve(String key, List<Object> args) {
    Object[] resolved =
        args.stream()
            .map(
                arg ->
                    arg instanceof String s && s.startsWith("assessment.")
                        ? get(s)
                        : arg instanceof LocalDate d ? date(d) : arg)
            .toArray();
    return get(key, resolved);
  }

  public String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  public String moment(Instant instant) {
    return instant == null
        ? ""
        : MOMENT.format(instant.atZone(clock.getZone())).replace("AM", "am").replace("PM", "pm");
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }
}

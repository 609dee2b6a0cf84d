package org.strengths.connection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The connection module's words from its message bundle, and dates as GOV.UK writes them. */
@Component("connectionText")
class ConnectionText {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

  private final MessageSource messages;
  private final Clock clock;

  ConnectionText(MessageSource messages, Clock clock) {
    this.messages = messages;
    this.clock = clock;
  }

  String get(String key, Object... arguments) {
    return messages.getMessage(key, arguments, Locale.UK);
  }

  String get(Problem problem) {
    return get(problem.key(), problem.arguments());
  }

  /** For templates: a date such as "4 June 2025". */
  public String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  /** For templates: a moment in UK local time, such as "4 June 2025 at 2:05pm". */
  public String moment(Instant instant) {
    return instant == null
        ? ""
        : MOMENT.format(instant.atZone(clock.getZone())).replace("AM", "am").replace("PM", "pm");
  }

  /** For templates: what the record holds for a field the practitioner may share. */
  public String recordValue(PersonFacts person, SharedField field) {
    String value = person.valueOf(field);
    return value == null ? null : value(new DisclosureSnapshot.Item(field, value));
  }

  /** For templates: a shared value as the organisation reads it. */
  public String value(DisclosureSnapshot.Item item) {
    if (item.field() == SharedField.DATE_OF_BIRTH) {
      try {
        return date(LocalDate.parse(item.value()));
      } catch (java.time.format.DateTimeParseException kept) {
        return item.value();
      }
    }
    return item.value();
  }
}

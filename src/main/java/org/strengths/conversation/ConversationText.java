package org.strengths.conversation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Words, dates and sums of money for the conversation pages, in British English. */
@Component
class ConversationText {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

  private final MessageSource messages;
  private final Clock clock;

  ConversationText(MessageSource messages, Clock clock) {
    this.messages = messages;
    this.clock = clock;
  }

  /** "4 June 2025"; blank for none. */
  public String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  /** "4 June 2025 at 2:05pm" in UK time. */
  public String moment(Instant instant) {
    return instant == null ? "" : lower(MOMENT.format(instant.atZone(clock.getZone())));
  }

  /** "2:05pm" in UK time. */
  public String time(Instant instant) {
    return lower(TIME.format(instant.atZone(clock.getZone())));
  }

  /** "£12.50". */
  public String money(long pence) {
    return ConversationMoney.format(pence);
  }

  String get(String key, Object... arguments) {
    return messages.getMessage(key, arguments, Locale.UK);
  }

  private static String lower(String text) {
    return text.replace("AM", "am").replace("PM", "pm");
  }
}

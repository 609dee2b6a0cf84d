package org.strengths.planning;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Words and dates for the planning pages, from the planning message bundle. */
@Component("planText")
class PlanText {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final MessageSource messages;

  PlanText(MessageSource messages) {
    this.messages = messages;
  }

  /** A date as GOV.UK writes it, e.g. "4 June 2025"; blank for none. */
  public String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  public String money(Money money) {
    return money == null ? "" : money.formatted();
  }

  String get(String key, Object... args) {
    return messages.getMessage(key, args, Locale.UK);
  }
}

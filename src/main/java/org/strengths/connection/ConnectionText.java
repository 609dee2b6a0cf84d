package org.strengths.connection;

import java.time.LocalDate;
import java.util.Arrays;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.strengths.platform.Display;
import org.strengths.platform.Words;

/** The connection module's words from its message bundle; dates as {@link Display} writes them. */
@Component("connectionText")
class ConnectionText extends Words {

  ConnectionText(MessageSource messages, Display display) {
    super(messages, display);
  }

  /** A problem's message; an argument that is a message key (a date's name) is put in words. */
  String get(Problem problem) {
    Object[] arguments =
        Arrays.stream(problem.arguments())
            .map(arg -> arg instanceof String key && key.startsWith("connection.") ? get(key) : arg)
            .toArray();
    return get(problem.key(), arguments);
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

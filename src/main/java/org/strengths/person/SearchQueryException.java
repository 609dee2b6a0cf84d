package org.strengths.person;

import java.util.List;

/**
 * The search box held something that cannot be searched for. Carries a message key (in the search
 * bundle) and its arguments, so that pages and the API can each say what to fix.
 */
public class SearchQueryException extends RuntimeException {

  private final String messageKey;
  private final transient List<Object> arguments;

  SearchQueryException(String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.toArray();
  }
}

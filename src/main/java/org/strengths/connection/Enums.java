package org.strengths.connection;

import java.util.Optional;

/** Reads an enum constant typed into a form, without throwing on anything unexpected. */
final class Enums {

  private Enums() {}

  static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text.strip())) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }
}

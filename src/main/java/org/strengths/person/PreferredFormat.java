package org.strengths.person;

import java.util.Arrays;
import java.util.Optional;

/** How the person would like to receive information (Accessible Information Standard). */
public enum PreferredFormat {
  STANDARD_PRINT,
  LARGE_PRINT,
  EASY_READ,
  BSL,
  AUDIO,
  BRAILLE,
  EMAIL;

  static Optional<PreferredFormat> of(String name) {
    return Arrays.stream(values()).filter(format -> format.name().equals(name)).findFirst();
  }

  String labelKey() {
    return "person.format." + name();
  }
}

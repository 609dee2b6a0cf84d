package org.strengths.planning;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who gives a line of support: the plan reads as a life plan, paid services last. */
enum SupportKind {
  PERSON,
  NETWORK,
  COMMUNITY,
  UNIVERSAL,
  EQUIPMENT,
  COMMISSIONED;

  static Optional<SupportKind> ofSlug(String slug) {
    return Arrays.stream(values()).filter(kind -> kind.slug().equals(slug)).findFirst();
  }

  public String slug() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String labelKey() {
    return "planning.support.kind." + name();
  }

  /** The person gives their own support; everyone else is named. */
  public boolean namesTheGiver() {
    return this != PERSON;
  }
}

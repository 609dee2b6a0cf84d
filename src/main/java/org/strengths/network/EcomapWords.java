package org.strengths.network;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The ecomap's words, from the message bundle, so drawing and text stay testable without Spring.
 */
record EcomapWords(MessageSource messages, Locale locale) {

  /** The ecomap bundle on its own, for tests and tools that run without the application. */
  static EcomapWords standalone() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("messages/ecomap");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return new EcomapWords(source, Locale.UK);
  }

  String get(String code, Object... args) {
    return messages.getMessage(code, args, locale);
  }

  String kind(TieKind kind) {
    return get("ecomap.kind." + kind.name());
  }

  String nodeKind(TieKind kind) {
    return get("ecomap.node." + kind.name());
  }

  String kinds(TieKind kind) {
    return get("ecomap.kinds." + kind.name());
  }

  String label(Tie tie) {
    return tie.label() == null || tie.label().isBlank()
        ? get("ecomap.unnamed")
        : tie.label().strip();
  }
}

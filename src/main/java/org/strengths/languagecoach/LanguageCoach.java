package org.strengths.languagecoach;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Checks practitioners' narrative text against the lexicon of deficit and jargon terms. It warns
 * and explains; it never blocks a save. Quotes attributed to the person (separate fields) are never
 * passed to it, and words between quotation marks in a narrative are left alone (see {@link
 * Lexicon}).
 */
@Component
public class LanguageCoach {

  private final LexiconStore store;
  private volatile Lexicon lexicon;

  LanguageCoach(LexiconStore store) {
    this.store = store;
  }

  /** The flagged terms in {@code text}, in the order they appear; empty for blank text. */
  public List<LanguageFlag> check(String text) {
    return lexicon().check(text);
  }

  /** Checks several fields at once: field name → its flags, only for fields with any. */
  public Map<String, List<LanguageFlag>> check(Map<String, String> fields) {
    Map<String, List<LanguageFlag>> flagged = new LinkedHashMap<>();
    fields.forEach(
        (field, text) -> {
          List<LanguageFlag> flags = check(text);
          if (!flags.isEmpty()) {
            flagged.put(field, flags);
          }
        });
    return flagged;
  }

  /** Called after an admin changes the lexicon, so the next check uses the new terms. */
  void reload() {
    lexicon = new Lexicon(store.active().stream().map(LexiconStore.Entry::asTerm).toList());
  }

  private Lexicon lexicon() {
    Lexicon current = lexicon;
    if (current == null) {
      reload();
      current = lexicon;
    }
    return current;
  }
}

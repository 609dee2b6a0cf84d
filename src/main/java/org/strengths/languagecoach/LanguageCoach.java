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

  /**
   * How often an instance asks the database whether the lexicon changed: an admin's change on one
   * instance reaches the others within this time (on the admin's own instance at once).
   */
  static final long RECHECK_NANOS = 1_000_000_000L;

  private record Loaded(Lexicon lexicon, String stamp, long checkedAt) {}

  private final LexiconStore store;
  private volatile Loaded loaded;

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
    Lexicon lexicon = lexicon();
    fields.forEach(
        (field, text) -> {
          List<LanguageFlag> flags = lexicon.check(text);
          if (!flags.isEmpty()) {
            flagged.put(field, flags);
          }
        });
    return flagged;
  }

  /**
   * A stamp of the lexicon in force that changes whenever an admin adds, changes or removes a term,
   * so a read model of flag counts knows when to count again.
   */
  public String lexiconStamp() {
    return store.stamp();
  }

  /** Called after an admin changes the lexicon, so the next check uses the new terms. */
  void reload() {
    // The stamp is read first: a change made between the two reads is seen at the next check.
    String stamp = store.stamp();
    Lexicon lexicon = new Lexicon(store.active().stream().map(LexiconStore.Entry::asTerm).toList());
    loaded = new Loaded(lexicon, stamp, System.nanoTime());
  }

  /**
   * The terms in force. Another instance sharing the database may have changed them, so at most
   * once every {@link #RECHECK_NANOS} the stored stamp (one small query) is compared with the one
   * loaded, and the terms are loaded again only when it differs.
   */
  private Lexicon lexicon() {
    Loaded current = loaded;
    if (current == null) {
      reload();
      return loaded.lexicon();
    }
    long now = System.nanoTime();
    if (now - current.checkedAt() < RECHECK_NANOS) {
      return current.lexicon();
    }
    if (!store.stamp().equals(current.stamp())) {
      reload();
      return loaded.lexicon();
    }
    loaded = new Loaded(current.lexicon(), current.stamp(), now);
    return current.lexicon();
  }
}

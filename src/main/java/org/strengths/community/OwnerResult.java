package org.strengths.community;

import java.util.Map;

/** What came of an organisation's change to its own directory entry. */
public sealed interface OwnerResult {

  /** Saved; the entry now counts as checked today. */
  record Saved(OwnedEntry entry) implements OwnerResult {}

  /** No such entry, or it belongs to another organisation. */
  record NotFound() implements OwnerResult {}

  /**
   * The typed values break the directory's rules.
   *
   * @param errors field name → message key (in the community bundle), in form order
   */
  record Invalid(Map<String, String> errors) implements OwnerResult {}

  /** Someone saved the entry after it was opened; {@code current} is what is stored now. */
  record Conflict(OwnedEntry current) implements OwnerResult {}
}

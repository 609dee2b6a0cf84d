package org.strengths.platform;

import java.util.Set;
import org.springframework.security.core.Authentication;

/**
 * An item in the service navigation. Each module declares its own as beans, so the layout needs no
 * knowledge of the modules.
 *
 * @param path where it leads
 * @param labelKey message key of its text
 * @param authorities who sees it (any of these authorities)
 * @param order position, lowest first
 * @param counter how many things behind the link need the signed-in user's action, shown beside it;
 *     null for links without a count
 */
public record NavigationLink(
    String path, String labelKey, Set<String> authorities, int order, Counter counter) {

  public NavigationLink(String path, String labelKey, Set<String> authorities, int order) {
    this(path, labelKey, authorities, order, null);
  }

  /** Counts what needs the signed-in user's action; called once per page for those who see it. */
  @FunctionalInterface
  public interface Counter {
    int count(Authentication signedIn);
  }

  /**
   * An item as one page shows it.
   *
   * @param count the number beside the link, or null when it has none
   */
  public record Shown(String path, String labelKey, boolean active, boolean exact, Integer count) {

    /**
     * {@code page} on the link's own page; {@code true} on a page within its section (a person's
     * record under "Find a person"), where the record's own navigation marks the page itself.
     */
    public String ariaCurrent() {
      return active ? (exact ? "page" : "true") : null;
    }
  }
}

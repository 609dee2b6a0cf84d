package org.strengths.platform;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The side navigation of a person's record: every part's pages, in order, with the page being shown
 * marked as current. Plain Java, so which link is current is tested without a server.
 */
public final class RecordNavigation {

  /**
   * A link as the navigation shows it.
   *
   * @param current whether it leads to the page being shown (or the part that page belongs to)
   */
  public record Shown(String id, String labelKey, String href, boolean current) {}

  private static final Pattern RECORD =
      Pattern.compile(
          "^/people/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
              + "(?:/(.*))?$");

  private final List<PersonRecordPart.Entry> entries;

  public RecordNavigation(List<PersonRecordPart> parts) {
    this.entries =
        parts.stream()
            .flatMap(part -> part.navigation().stream())
            .sorted(Comparator.comparingInt(PersonRecordPart.Entry::order))
            .toList();
  }

  /**
   * The navigation for a page, or an empty list when the address is not a page of a person's
   * record.
   *
   * @param path the address without the context path, e.g. {@code /people/…/plan/outcomes/new}
   * @param held the authorities of the member of staff signed in
   */
  public List<Shown> forPage(String path, Set<String> held) {
    Matcher matcher = RECORD.matcher(path == null ? "" : path);
    if (!matcher.matches()) {
      return List.of();
    }
    UUID personId = UUID.fromString(matcher.group(1));
    String under = matcher.group(2) == null ? "" : stripSlashes(matcher.group(2));
    List<PersonRecordPart.Entry> visible =
        entries.stream()
            .filter(
                entry ->
                    entry.authorities().isEmpty()
                        || entry.authorities().stream().anyMatch(held::contains))
            .toList();
    Optional<PersonRecordPart.Entry> current =
        visible.stream()
            .filter(entry -> covers(entry, under))
            .max(Comparator.comparingInt(entry -> longestCovering(entry, under)));
    return visible.stream()
        .map(
            entry ->
                new Shown(
                    entry.id(),
                    entry.labelKey(),
                    href(personId, entry.path()),
                    current.isPresent() && current.get() == entry))
        .toList();
  }

  private static boolean covers(PersonRecordPart.Entry entry, String under) {
    return longestCovering(entry, under) >= 0;
  }

  /** The length of the entry's path that the address falls under, or -1 if none. */
  private static int longestCovering(PersonRecordPart.Entry entry, String under) {
    int longest = within(under, entry.path()) ? entry.path().length() : -1;
    for (String path : entry.alsoCurrentFor()) {
      if (within(under, path)) {
        longest = Math.max(longest, path.length());
      }
    }
    return longest;
  }

  private static boolean within(String under, String path) {
    if (path.isEmpty()) {
      return under.isEmpty();
    }
    return under.equals(path) || under.startsWith(path + "/");
  }

  private static String href(UUID personId, String path) {
    return path.isEmpty() ? "/people/" + personId : "/people/" + personId + "/" + path;
  }

  private static String stripSlashes(String text) {
    String stripped = text;
    while (stripped.endsWith("/")) {
      stripped = stripped.substring(0, stripped.length() - 1);
    }
    return stripped;
  }
}

package org.strengths.platform.web;

/**
 * Which page of a list shown a page at a time a request gets: the page it asked for ("page" in the
 * address), kept within the pages the list fills, so a missing, mistyped or too large number shows
 * the nearest page rather than an error or an empty table. The template shows it with {@code
 * fragments/govuk :: pagination}.
 *
 * @param page the page shown, from 1
 * @param pages how many pages the list fills, at least 1
 * @param size how many items a page holds
 * @param total how many items the whole list has
 */
public record ListPage(int page, int pages, int size, long total) {

  /** The page asked for: a positive whole number of up to six digits, else the first. */
  public static int requested(String page) {
    String typed = page == null ? "" : page.strip();
    return typed.matches("[1-9]\\d{0,5}") ? Integer.parseInt(typed) : 1;
  }

  /** The page asked for of a list of {@code total} items, {@code size} to a page. */
  public static ListPage of(String requested, long total, int size) {
    return at(requested(requested), total, size);
  }

  /** Page {@code page} (from 1) of a list of {@code total} items; beyond the end, the last page. */
  public static ListPage at(int page, long total, int size) {
    int pages = (int) Math.max(1, (total + size - 1) / size);
    return new ListPage(Math.max(1, Math.min(page, pages)), pages, size, total);
  }

  /** How many items come before this page's first. */
  public int offset() {
    return (page - 1) * size;
  }

  /** The position in the whole list of this page's first item, from 1 (0 when there are none). */
  public long from() {
    return total == 0 ? 0 : offset() + 1L;
  }

  /** The position in the whole list of this page's last item. */
  public long to() {
    return Math.min((long) page * size, total);
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < pages;
  }
}

package org.citebot.render;

import java.util.List;

/**
 * One page of a longer list, as shown with "page 2 of 3".
 *
 * @param items the page's items
 * @param number the page shown, 1-based
 * @param count the number of pages, at least 1 (an empty list has one empty page)
 * @param <T> what is listed
 */
public record Page<T>(List<T> items, int number, int count) {

  public Page {
    items = List.copyOf(items);
    if (count < 1 || number < 1 || number > count) {
      throw new IllegalArgumentException("illegal page " + number + " of " + count
          + ", must satisfy 1 <= page <= count");
    }
  }

  /**
   * The requested page (1-based) of {@code all}; a page before the first shows the first, a page
   * past the last shows the last.
   *
   * @param perPage items per page, at least 1
   */
  public static <T> Page<T> of(List<T> all, int requested, int perPage) {
    if (perPage < 1) {
      throw new IllegalArgumentException("illegal perPage: " + perPage + ", must be at least 1");
    }
    int count = Math.max(1, (all.size() + perPage - 1) / perPage);
    int number = Math.min(Math.max(requested, 1), count);
    int from = (number - 1) * perPage;
    return new Page<>(all.subList(from, Math.min(all.size(), from + perPage)), number, count);
  }

  public boolean hasNext() {
    return number < count;
  }
}

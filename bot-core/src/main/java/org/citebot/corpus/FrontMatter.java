package org.citebot.corpus;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The optional block at the top of an article file that states what the page itself lacks:
 *
 * <pre>
 * ---
 * title: New Troubles in Nagorno-Karabakh
 * outlet: International Crisis Group
 * authors: Olga Oliker, Zaur Shiriyev
 * published: 2023-05-22
 * url: https://www.crisisgroup.org/...
 * language: en
 * ---
 * </pre>
 *
 * <p>Every key is optional; values override what the parser infers from the page.
 */
public final class FrontMatter {

  static final String FENCE = "---";

  /** The keys a moderator may use, in the order the documentation lists them. */
  public static final List<String> KEYS =
      List.of("title", "outlet", "authors", "published", "url", "language");

  /** The earliest publication date accepted. */
  public static final LocalDate EARLIEST_PUBLISHED = LocalDate.of(1900, 1, 1);

  private static final int MAX_MESSAGE_CHARS = 300;

  private FrontMatter() {}

  /**
   * A file split into its front matter and the rest.
   *
   * @param metadata the front matter values ({@link PageMetadata#EMPTY} when there is none)
   * @param body the content after the closing fence, or the whole content
   */
  public record Split(PageMetadata metadata, String body) {}

  /** A front matter block that cannot be read; the message names file, line and value. */
  public static final class FrontMatterException extends Exception {
    public FrontMatterException(String message) {
      super(message);
    }
  }

  /**
   * Splits {@code content} (line breaks already normalised to {@code \n}) into front matter and
   * body.
   *
   * @throws FrontMatterException when the block is unterminated, has an unknown or repeated key,
   *     or a value that is not allowed
   */
  public static Split split(String fileName, String content) throws FrontMatterException {
    return split(fileName, content, LocalDate.now(ZoneOffset.UTC));
  }

  /**
   * As {@link #split(String, String)}, with {@code today} bounding the publication date: from
   * {@link #EARLIEST_PUBLISHED} to a year after today (a page may be dated ahead by time zones or
   * an embargo, never by years).
   */
  public static Split split(String fileName, String content, LocalDate today)
      throws FrontMatterException {
    String[] lines = content.split("\n", -1);
    if (lines.length == 0 || !lines[0].strip().equals(FENCE)) {
      return new Split(PageMetadata.EMPTY, content);
    }
    String title = null;
    String outlet = null;
    List<String> authors = List.of();
    LocalDate published = null;
    String url = null;
    String language = null;
    Set<String> seen = new HashSet<>();
    for (int i = 1; i < lines.length; i++) {
      int lineNo = i + 1;
      String line = lines[i].strip();
      if (line.equals(FENCE)) {
        StringBuilder body = new StringBuilder();
        for (int j = i + 1; j < lines.length; j++) {
          body.append(lines[j]).append(j + 1 < lines.length ? "\n" : "");
        }
        return new Split(
            new PageMetadata(title, outlet, authors, published, url, language), body.toString());
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw error(fileName, lineNo, "expected 'key: value', got '" + line + "'");
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = unquote(line.substring(colon + 1).strip());
      if (!KEYS.contains(key)) {
        throw error(fileName, lineNo, "unknown key '" + key + "', allowed keys are "
            + String.join(", ", KEYS));
      }
      if (!seen.add(key)) {
        throw error(fileName, lineNo, "key '" + key + "' appears twice");
      }
      if (value.isEmpty()) {
        throw error(fileName, lineNo, "'" + key + "' has no value; remove the line or give one");
      }
      switch (key) {
        case "title" -> title = value;
        case "outlet" -> outlet = value;
        case "authors" -> authors = authors(fileName, lineNo, value);
        case "published" -> published = date(fileName, lineNo, value, today);
        case "url" -> url = url(fileName, lineNo, value);
        case "language" -> language = language(fileName, lineNo, value);
        default -> throw new IllegalStateException("key list and switch disagree on " + key);
      }
    }
    throw error(fileName, 1, "front matter opened with '---' is never closed by a '---' line");
  }

  private static List<String> authors(String file, int line, String value)
      throws FrontMatterException {
    List<String> out = new ArrayList<>();
    for (String part : value.split(",")) {
      String name = part.strip();
      if (name.isEmpty()) {
        throw error(file, line, "authors '" + value + "' has an empty name; separate names with"
            + " single commas");
      }
      out.add(name);
    }
    return out;
  }

  private static LocalDate date(String file, int line, String value, LocalDate today)
      throws FrontMatterException {
    LocalDate date;
    try {
      date = LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw error(file, line, "published '" + value + "' is not a date; use yyyy-mm-dd, e.g."
          + " 2023-05-22");
    }
    if (!inRange(date, today)) {
      throw error(file, line, "published '" + value + "' is " + outOfRange(today));
    }
    return date;
  }

  /** Whether {@code date} can be a publication date: from 1900 to a year after today. */
  static boolean inRange(LocalDate date, LocalDate today) {
    return !date.isBefore(EARLIEST_PUBLISHED) && !date.isAfter(today.plusYears(1));
  }

  private static String outOfRange(LocalDate today) {
    return "outside the dates allowed, " + EARLIEST_PUBLISHED + " to " + today.plusYears(1)
        + " (a year after today)";
  }

  /**
   * {@code inferred} without a publication date outside {@link #inRange}: a date a page states
   * in its markup is dropped with a warning, not refused, since the moderator did not write it.
   */
  static PageMetadata withinDateRange(PageMetadata inferred, LocalDate today,
      List<String> warnings) {
    LocalDate d = inferred.published();
    if (d == null || inRange(d, today)) {
      return inferred;
    }
    warnings.add("the page's date " + d + " was dropped: " + outOfRange(today));
    return new PageMetadata(inferred.title(), inferred.outlet(), inferred.authors(), null,
        inferred.url(), inferred.language());
  }

  private static String url(String file, int line, String value) throws FrontMatterException {
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      if (uri.getHost() != null && ("http".equalsIgnoreCase(scheme)
          || "https".equalsIgnoreCase(scheme))) {
        return value;
      }
    } catch (URISyntaxException e) {
      // reported below with the value
    }
    throw error(file, line, "url '" + value + "' is not an http(s) address with a host");
  }

  private static String language(String file, int line, String value)
      throws FrontMatterException {
    String code = value.toLowerCase(Locale.ROOT);
    if (!code.matches("[a-z]{2}")) {
      throw error(file, line, "language '" + value + "' is not a two-letter ISO 639-1 code such"
          + " as en");
    }
    return code;
  }

  private static String unquote(String v) {
    if (v.length() >= 2 && ((v.startsWith("\"") && v.endsWith("\""))
        || (v.startsWith("'") && v.endsWith("'")))) {
      return v.substring(1, v.length() - 1).strip();
    }
    return v;
  }

  private static FrontMatterException error(String file, int line, String what) {
    // The message echoes the line; a megabyte-long line must not make a megabyte-long report.
    String shown = what.length() <= MAX_MESSAGE_CHARS ? what
        : what.substring(0, MAX_MESSAGE_CHARS) + "\u2026";
    return new FrontMatterException("bad front matter in " + file + ", line " + line + ": "
        + shown);
  }
}

package org.citebot.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.citebot.text.Article;
import org.citebot.text.Source;
import org.citebot.text.TextHygiene;
import org.citebot.text.TextSegmenter;

/**
 * Reads one article file: checks its bytes, decodes it, reads its front matter, cleans the page
 * ({@link RawPageCleaner} for {@code .txt}/{@code .md}, {@link HtmlArticleExtractor} for
 * {@code .html}) and segments the clean text into an {@link Article}.
 */
public final class ArticleFiles {

  /** Files larger than this are skipped: no article page is that big. */
  public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

  /** Pages that are not UTF-8 are almost always Windows "ANSI" (curly quotes as 0x93/0x94). */
  static final Charset FALLBACK_CHARSET = Charset.forName("windows-1252");

  /**
   * Sentences served from one file, at most; each sentence starts up to three passages of the
   * index, so this bounds a file's passages too. Five thousand sentences is a short book (the
   * default corpus's longest article has about a hundred); a file beyond it is a dump, not an
   * article, and would slow every refresh.
   */
  public static final int MAX_SENTENCES = 5_000;

  /** Front matter and inferred fields longer than these are cut, with a warning. */
  public static final int MAX_TITLE_CHARS = 300;

  public static final int MAX_OUTLET_CHARS = 100;
  public static final int MAX_AUTHOR_CHARS = 100;
  public static final int MAX_AUTHORS = 20;
  public static final int MAX_URL_CHARS = 2_000;

  private static final int BINARY_SAMPLE_BYTES = 8192;

  private ArticleFiles() {}

  /**
   * The outcome of reading a file: an article, or the reason there is none.
   *
   * @param article the article, or null when the file was skipped
   * @param problem why the file was skipped, in words a moderator can act on; null when loaded
   * @param bytes the file's bytes (for the corpus fingerprint), or null when not read
   * @param warnings what was cut or dropped from a loaded article, one line each
   */
  public record Result(Article article, String problem, byte[] bytes, List<String> warnings) {
    public Result {
      if ((article == null) == (problem == null)) {
        throw new IllegalArgumentException("a result has either an article or a problem, was"
            + " article " + (article == null ? "null" : article.id()) + ", problem " + problem);
      }
      warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public Result(Article article, String problem, byte[] bytes) {
      this(article, problem, bytes, List.of());
    }
  }

  public static boolean isArticleFile(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".txt") || n.endsWith(".md") || isHtml(n);
  }

  /** Turns a file's name and bytes into a {@link Result}; {@link #parse} is the real one. */
  @FunctionalInterface
  public interface Parser {
    Result parse(String name, byte[] bytes);
  }

  public static Result read(Path file) throws IOException {
    return read(file, ArticleFiles::parse);
  }

  /**
   * Reads a file and hands its bytes to {@code parser}; a file over {@link #MAX_FILE_BYTES} is
   * not read at all.
   */
  public static Result read(Path file, Parser parser) throws IOException {
    String name = file.getFileName().toString();
    long size = Files.size(file);
    if (size > MAX_FILE_BYTES) {
      return new Result(null, tooLarge(size), null);
    }
    return parser.parse(name, Files.readAllBytes(file));
  }

  /** Parses an article from a file's name and bytes. Never throws for bad content. */
  public static Result parse(String name, byte[] bytes) {
    if (bytes.length == 0) {
      return new Result(null, "empty file", bytes);
    }
    if (bytes.length > MAX_FILE_BYTES) {
      return new Result(null, tooLarge(bytes.length), bytes);
    }
    if (looksBinary(bytes)) {
      return new Result(null, "binary file (not text; save the article as .txt, .md or .html)",
          bytes);
    }
    String content = TextHygiene.clean(normalizeLineBreaks(decode(bytes)));
    FrontMatter.Split split;
    try {
      split = FrontMatter.split(name, content, LocalDate.now(ZoneOffset.UTC));
    } catch (FrontMatter.FrontMatterException e) {
      return new Result(null, e.getMessage(), bytes);
    }
    CleanPage page = isHtml(name.toLowerCase(Locale.ROOT))
        ? HtmlArticleExtractor.extract(split.body(), split.metadata().url())
        : RawPageCleaner.clean(split.body());
    if (page.paragraphs().isEmpty()) {
      return new Result(null, "no article text found (no paragraph of prose sentences)", bytes);
    }
    List<String> warnings = new ArrayList<>();
    PageMetadata inferred = FrontMatter.withinDateRange(page.metadata(),
        LocalDate.now(ZoneOffset.UTC), warnings);
    Source source = withinLimits(inferred.overriding(split.metadata()), warnings)
        .toSource(idOf(name));
    Article a = TextSegmenter.article(source, page.text(), name);
    if (a.sentences().isEmpty()) {
      return new Result(null, "no article text found", bytes);
    }
    if (a.sentences().size() > MAX_SENTENCES) {
      int total = a.sentences().size();
      // Cut after a whole sentence, so the text served is a prefix of the cleaned text and every
      // quote stays a slice of it.
      String kept = a.text().substring(0, a.sentences().get(MAX_SENTENCES - 1).end());
      a = TextSegmenter.article(source, kept, name);
      warnings.add("only its first " + a.sentences().size() + " of " + total + " sentences are"
          + " served (at most " + MAX_SENTENCES + " a file; split a longer text into several"
          + " files)");
    }
    return new Result(a, null, bytes, warnings);
  }

  /** The metadata with each field cut to its limit; each cut adds a warning. */
  static PageMetadata withinLimits(PageMetadata m, List<String> warnings) {
    String title = cut("title", m.title(), MAX_TITLE_CHARS, warnings);
    String outlet = cut("outlet", m.outlet(), MAX_OUTLET_CHARS, warnings);
    List<String> authors = new ArrayList<>();
    for (String author : m.authors()) {
      authors.add(cut("author", author, MAX_AUTHOR_CHARS, warnings));
    }
    if (authors.size() > MAX_AUTHORS) {
      warnings.add("authors cut to the first " + MAX_AUTHORS + " of " + authors.size());
      authors = authors.subList(0, MAX_AUTHORS);
    }
    String url = m.url();
    if (url != null && url.length() > MAX_URL_CHARS) {
      // A cut address leads nowhere; better none than a wrong one.
      warnings.add("url dropped: " + url.length() + " characters, the limit is " + MAX_URL_CHARS);
      url = null;
    }
    return new PageMetadata(title, outlet, authors, m.published(), url, m.language());
  }

  /** {@code value} cut at a word break near {@code max} characters, with "…" to show the cut. */
  private static String cut(String field, String value, int max, List<String> warnings) {
    if (value == null || value.length() <= max) {
      return value;
    }
    int end = max - 1;
    int space = value.lastIndexOf(' ', end);
    if (space > max / 2) {
      end = space;
    }
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    warnings.add(field + " cut to " + max + " characters (it had " + value.length() + ")");
    return value.substring(0, end).strip() + "\u2026";
  }

  /** The article id for a file name: the name without its extension. */
  public static String idOf(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  /** UTF-8 when the bytes are valid UTF-8, else Windows-1252; a byte-order mark is dropped. */
  static String decode(byte[] bytes) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      text = new String(bytes, FALLBACK_CHARSET);
    }
    return text.startsWith("\ufeff") ? text.substring(1) : text;
  }

  /** A NUL byte, or more than one in ten bytes a control character, means it is not text. */
  public static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, BINARY_SAMPLE_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return control * 10 > n;
  }

  private static String normalizeLineBreaks(String s) {
    return s.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static boolean isHtml(String lowerName) {
    return lowerName.endsWith(".html") || lowerName.endsWith(".htm");
  }

  private static String tooLarge(long size) {
    return "too large (" + size + " bytes, the limit is " + MAX_FILE_BYTES + ")";
  }
}

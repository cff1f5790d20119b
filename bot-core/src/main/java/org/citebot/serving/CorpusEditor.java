package org.citebot.serving;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.citebot.corpus.ArticleFiles;
import org.citebot.corpus.CleanPage;
import org.citebot.corpus.HtmlArticleExtractor;
import org.citebot.corpus.PageMetadata;
import org.citebot.serving.CorpusManager.Added;
import org.citebot.serving.CorpusManager.Removed;
import org.citebot.text.Article;
import org.citebot.text.Corpus;
import org.citebot.text.Source;

/**
 * The moderators' edits of the corpus directory: an article added by address, file or pasted
 * text, or moved to the trash. Each edit is checked against the corpus served, written
 * atomically, and followed by a refresh; edits run one at a time.
 */
final class CorpusEditor {

  private static final DateTimeFormatter TRASH_STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
  private static final int MAX_SLUG = 60;

  /** A refresh after an edit. */
  interface Refresh {
    RefreshReport run() throws AdminException;
  }

  private final Path corpusDir;
  private final Path trashDir;
  private final PageFetcher fetcher;
  private final Clock clock;
  private final Supplier<Corpus> served;
  private final Refresh refresh;
  private final Object writeLock = new Object();

  /**
   * @param served the corpus served now
   * @param refresh re-reads the corpus directory and swaps, after an edit
   */
  CorpusEditor(Path corpusDir, Path trashDir, PageFetcher fetcher, Clock clock,
      Supplier<Corpus> served, Refresh refresh) {
    this.corpusDir = corpusDir;
    this.trashDir = trashDir;
    this.fetcher = fetcher;
    this.clock = clock;
    this.served = served;
    this.refresh = refresh;
  }

  /**
   * Fetches a page, saves its article as {@code <slug>.md} with front matter, and refreshes.
   *
   * @throws AdminException when the page cannot be fetched or holds no article, or is already in
   *     the corpus; nothing is changed then
   */
  Added addUrl(String url) throws AdminException {
    String requested = url == null ? "" : url.strip();
    alreadyPresent(requested);
    PageFetcher.Page page;
    try {
      page = fetcher.fetch(requested);
    } catch (FetchException e) {
      throw new AdminException(e.getMessage(), e);
    }
    CleanPage clean = HtmlArticleExtractor.extract(page.html(), page.url());
    if (clean.paragraphs().isEmpty()) {
      throw new AdminException("no article text found at " + page.url()
          + " (no paragraph of prose); nothing was added");
    }
    PageMetadata meta = clean.metadata();
    String canonical = meta.url() != null ? meta.url() : page.url();
    alreadyPresent(canonical);
    alreadyPresent(page.url());
    String content = markdown(meta.url() == null
        ? new PageMetadata(meta.title(), meta.outlet(), meta.authors(), meta.published(),
            page.url(), meta.language()) : meta, clean.paragraphs());
    return save(slug(meta.title()), ".md", content.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Saves an article file sent by a moderator and refreshes.
   *
   * @throws AdminException when it is not an article file, does not parse, or is already in the
   *     corpus; nothing is written then
   */
  Added addFile(String fileName, byte[] bytes) throws AdminException {
    String name = fileName == null ? "" : Path.of(fileName.strip()).getFileName().toString();
    if (!ArticleFiles.isArticleFile(name)) {
      throw new AdminException("'" + fileName + "' is not an article file; send a .txt, .md or"
          + " .html file");
    }
    int dot = name.lastIndexOf('.');
    return save(slug(name.substring(0, dot)), name.substring(dot).toLowerCase(Locale.ROOT),
        bytes);
  }

  /** Saves pasted article text as a {@code .md} file named after its title, and refreshes. */
  Added addText(String text) throws AdminException {
    byte[] bytes = (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
    ArticleFiles.Result r = ArticleFiles.parse("pasted.md", bytes);
    if (r.article() == null) {
      throw new AdminException("the pasted text cannot be added: " + r.problem());
    }
    String title = r.article().source().title();
    return save(slug(title.equals("pasted") ? null : title), ".md", bytes);
  }

  private Added save(String base, String extension, byte[] bytes) throws AdminException {
    synchronized (writeLock) {
      String name = uniqueName(base, extension);
      ArticleFiles.Result r = ArticleFiles.parse(name, bytes);
      if (r.article() == null) {
        throw new AdminException(name + " cannot be added: " + r.problem()
            + "; nothing was written");
      }
      Article a = r.article();
      alreadyPresent(a.source().url());
      for (Article other : served.get().articles()) {
        if (other.text().equals(a.text())) {
          throw new AdminException("this article is already in the corpus as " + other.id()
              + "; nothing was changed");
        }
      }
      Path target = corpusDir.resolve(name);
      Path tmp = corpusDir.resolve("." + name + "." + UUID.randomUUID() + ".tmp");
      try {
        Files.write(tmp, bytes);
        moveAtomically(tmp, target);
      } catch (IOException e) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the hidden temporary file is ignored by every reader
        }
        throw new AdminException("cannot write " + target + " (" + e.getMessage() + ")", e);
      }
      RefreshReport report = refresh.run();
      Source source = served.get().article(a.id()).map(Article::source).orElse(a.source());
      return new Added(source, report);
    }
  }

  /**
   * Moves an article's file into {@code DATA/trash/} (named with the time, so it can be put
   * back) and refreshes.
   */
  Removed remove(String id) throws AdminException {
    String wanted = id == null ? "" : id.strip();
    synchronized (writeLock) {
      Article a = served.get().article(wanted).orElseThrow(() -> new AdminException(
          "there is no article with id '" + wanted + "' in the corpus; the sources list shows"
              + " the ids"));
      Path file = corpusDir.resolve(a.fileName());
      if (!Files.exists(file)) {
        throw new AdminException("the file " + a.fileName() + " is no longer in the corpus"
            + " directory; a refresh will drop the article");
      }
      Path trashed = trashDir.resolve(TRASH_STAMP.format(clock.instant()) + "-"
          + a.fileName());
      try {
        Files.createDirectories(trashDir);
        moveAtomically(file, trashed);
      } catch (IOException e) {
        throw new AdminException("cannot move " + file + " to the trash " + trashDir + " ("
            + e.getMessage() + "); nothing was removed", e);
      }
      return new Removed(a.id(), trashed, refresh.run());
    }
  }

  private static void moveAtomically(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      // The trash may sit on another file system than the corpus directory.
      Files.move(from, to);
    }
  }

  private void alreadyPresent(String url) throws AdminException {
    if (url == null || url.isBlank()) {
      return;
    }
    String wanted = normalizeUrl(url);
    for (Article a : served.get().articles()) {
      String u = a.source().url();
      if (u != null && normalizeUrl(u).equals(wanted)) {
        throw new AdminException(url.strip() + " is already in the corpus as " + a.id()
            + "; nothing was changed");
      }
    }
  }

  private static String normalizeUrl(String url) {
    String u = url.strip();
    int hash = u.indexOf('#');
    if (hash >= 0) {
      u = u.substring(0, hash);
    }
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    return u.replaceFirst("(?i)^https?://(www\\.)?", "").toLowerCase(Locale.ROOT);
  }

  private String uniqueName(String base, String extension) {
    String name = base + extension;
    for (int i = 2; Files.exists(corpusDir.resolve(name)); i++) {
      name = base + "-" + i + extension;
    }
    return name;
  }

  /** A file name from a title: lower-case ASCII words joined by hyphens. */
  static String slug(String title) {
    if (title == null) {
      return "article";
    }
    String s = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (s.length() > MAX_SLUG) {
      s = s.substring(0, MAX_SLUG);
      int cut = s.lastIndexOf('-');
      s = cut > MAX_SLUG / 2 ? s.substring(0, cut) : s;
    }
    // Names starting with _ or . are not articles to the loader.
    return s.isEmpty() ? "article" : s;
  }

  /** The article as a {@code .md} file: front matter, then its paragraphs. */
  static String markdown(PageMetadata meta, List<String> paragraphs) {
    StringBuilder sb = new StringBuilder("---\n");
    // Quoted, so that a title that itself starts and ends with quotation marks keeps them.
    field(sb, "title", quoted(meta.title()));
    field(sb, "outlet", quoted(meta.outlet()));
    if (!meta.authors().isEmpty()) {
      field(sb, "authors", String.join(", ", meta.authors().stream()
          .map(a -> a.replace(",", " ").replaceAll("\\s+", " ").strip())
          .filter(a -> !a.isEmpty()).toList()));
    }
    field(sb, "published", meta.published() == null ? null : meta.published().toString());
    field(sb, "url", meta.url());
    field(sb, "language", meta.language() != null && meta.language().matches("[a-z]{2}")
        ? meta.language() : null);
    sb.append("---\n\n").append(String.join("\n\n", paragraphs)).append('\n');
    return sb.toString();
  }

  private static String quoted(String value) {
    return value == null || value.isBlank() ? null : "\"" + value.strip() + "\"";
  }

  private static void field(StringBuilder sb, String key, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    sb.append(key).append(": ").append(value.replaceAll("\\s+", " ").strip()).append('\n');
  }

}

package org.citebot.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.citebot.text.Article;
import org.citebot.text.Corpus;
import org.citebot.text.Hashes;
import org.citebot.text.LoadReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a corpus directory: one article per {@code .txt}, {@code .md} or {@code .html} file.
 * Files whose names start with {@code _} or {@code .} are not articles; {@code _synonyms.txt}
 * holds the moderators' query synonyms. Bad files never stop a load: they are skipped and
 * reported.
 */
public final class CorpusLoader {

  /** Where the default corpus lives on the classpath (module {@code corpus}). */
  public static final String DEFAULT_CORPUS_RESOURCE = "citebot/corpus";

  public static final String SYNONYMS_FILE = "_synonyms.txt";

  private static final Logger LOG = LoggerFactory.getLogger(CorpusLoader.class);

  private CorpusLoader() {}

  /** The embedded default corpus. */
  public static Corpus loadDefault() {
    try {
      return load(defaultCorpusDirectory());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the default corpus", e);
    }
  }

  /**
   * The embedded default corpus as a directory: inside the jar when run from one (through the
   * jar's file system), else on disk.
   */
  public static Path defaultCorpusDirectory() throws IOException {
    URL url = CorpusLoader.class.getClassLoader().getResource(DEFAULT_CORPUS_RESOURCE);
    if (url == null) {
      throw new IllegalStateException(
          "the default corpus is missing from the classpath (" + DEFAULT_CORPUS_RESOURCE + ")");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        try {
          fs = FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
          fs = FileSystems.newFileSystem(uri, Map.of());
        }
        return fs.provider().getPath(uri);
      }
      return Path.of(uri);
    } catch (URISyntaxException e) {
      throw new IOException("bad default corpus location " + url, e);
    }
  }

  /** Loads every article file in {@code dir} (not recursive), in file-name order. */
  public static Corpus load(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("corpus directory not found: " + dir);
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(Files::isRegularFile).sorted((a, b) ->
          a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
    }
    Builder builder = new Builder();
    for (Path f : files) {
      String outside = leavesFolder(dir, f);
      if (outside != null) {
        builder.skip(f.getFileName().toString(), outside);
      } else {
        builder.add(f);
      }
    }
    return builder.build();
  }

  /**
   * Why {@code file} in {@code dir} must not be read, or null when it may: a symbolic link (of
   * the file, or of a folder on its way) whose target lies outside the corpus folder would let
   * whoever can write the folder have any file the process can read indexed and quoted.
   */
  public static String leavesFolder(Path dir, Path file) {
    if (!dir.getFileSystem().equals(FileSystems.getDefault())) {
      return null; // the embedded corpus inside the jar has no links
    }
    try {
      Path real = file.toRealPath();
      if (!real.startsWith(dir.toRealPath())) {
        return "a link to a file outside the corpus folder; not read (copy the file into the"
            + " folder instead)";
      }
      return null;
    } catch (IOException e) {
      return "cannot be read (" + e.getMessage() + ")";
    }
  }

  /**
   * Collects articles from files, skipping and counting what cannot be loaded, and dropping the
   * same article twice. Feed it in file-name order: the corpus version is a digest of what it
   * was fed, in that order.
   */
  public static final class Builder {
    private final List<Article> articles = new ArrayList<>();
    private final List<LoadReport.Skipped> skipped = new ArrayList<>();
    private final List<LoadReport.Skipped> duplicates = new ArrayList<>();
    private final List<LoadReport.Skipped> warnings = new ArrayList<>();
    private final List<String> synonyms = new ArrayList<>();
    private final List<byte[]> fingerprintParts = new ArrayList<>();

    void add(Path file) throws IOException {
      String name = file.getFileName().toString();
      if (name.equals(SYNONYMS_FILE)) {
        synonyms(Files.readAllBytes(file));
        return;
      }
      if (name.startsWith("_") || name.startsWith(".")) {
        return;
      }
      if (!ArticleFiles.isArticleFile(name)) {
        skip(name, "not an article file (use .txt, .md or .html)");
        return;
      }
      ArticleFiles.Result r;
      try {
        r = ArticleFiles.read(file);
      } catch (IOException e) {
        // One unreadable file (permissions, vanished) must not stop the load.
        LOG.warn("cannot read corpus file {}", file, e);
        skip(name, "cannot be read (" + e.getMessage() + ")");
        return;
      } catch (RuntimeException e) {
        LOG.error("parsing corpus file {} failed", file, e);
        skip(name, "could not be parsed (internal error, see log)");
        return;
      }
      article(name, r);
    }

    /** The moderators' synonyms file ({@value #SYNONYMS_FILE}). */
    public Builder synonyms(byte[] bytes) {
      fingerprintParts.add(bytes);
      for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
        String l = line.strip();
        if (!l.isEmpty() && !l.startsWith("#")) {
          synonyms.add(l);
        }
      }
      return this;
    }

    /** A file that was not loaded, and why. */
    public Builder skip(String fileName, String reason) {
      skipped.add(new LoadReport.Skipped(fileName, reason));
      return this;
    }

    /** A parsed article file: kept, skipped with its problem, or dropped as a duplicate. */
    public Builder article(String fileName, ArticleFiles.Result r) {
      if (r.article() == null) {
        return skip(fileName, r.problem());
      }
      Article a = r.article();
      for (Article other : articles) {
        boolean sameUrl = a.source().url() != null && a.source().url().equals(other.source().url());
        if (sameUrl || a.text().equals(other.text())) {
          duplicates.add(new LoadReport.Skipped(fileName,
              "same " + (sameUrl ? "URL" : "text") + " as " + other.fileName()));
          return this;
        }
      }
      articles.add(a);
      r.warnings().forEach(w -> warnings.add(new LoadReport.Skipped(fileName, w)));
      fingerprintParts.add(fileName.getBytes(StandardCharsets.UTF_8));
      fingerprintParts.add(r.bytes());
      return this;
    }

    public Corpus build() {
      String version = Hashes.sha256(fingerprintParts.toArray(byte[][]::new)).substring(0, 16);
      return new Corpus(articles, new LoadReport(articles.size(), skipped, duplicates, warnings),
          version, synonyms);
    }
  }
}

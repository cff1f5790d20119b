package org.citebot.corpus.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.citebot.answer.CorpusAnswerService;
import org.citebot.corpus.Article;
import org.citebot.corpus.ArticleFiles;
import org.citebot.corpus.CleanPage;
import org.citebot.corpus.Corpus;
import org.citebot.corpus.CorpusLoader;
import org.citebot.corpus.HtmlArticleExtractor;
import org.citebot.corpus.LoadReport;
import org.citebot.corpus.PageMetadata;
import org.citebot.corpus.Source;
import org.citebot.text.Hashes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the corpus of a directory and keeps it fresh: refresh, add, remove, with the index
 * swapped only when a new one is complete and nothing lost on the way.
 *
 * <ul>
 *   <li>A refresh reads the corpus directory, builds the new index beside the serving one, saves
 *       a snapshot of the files it serves into {@code DATA/index/} and swaps
 *       ({@link LiveAnswerService}). If it fails, the old index keeps serving.
 *   <li>A file that loaded before and is now broken (binary, emptied, undecodable) keeps its
 *       last good version, and the report says so.
 *   <li>Refreshes run one at a time; a request made while one runs is served by the next run,
 *       which starts after it, so it sees every change made before it was asked.
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class CorpusManager implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CorpusManager.class);
  private static final DateTimeFormatter TRASH_STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
  private static final int MAX_SLUG = 60;

  private final Path corpusDir;
  private final Path dataDir;
  private final PageFetcher fetcher;
  private final Clock clock;
  private final Function<Corpus, CorpusAnswerService> services;
  private final List<Consumer<Source>> newSourceListeners = new CopyOnWriteArrayList<>();
  private final List<Consumer<RefreshReport>> refreshListeners = new CopyOnWriteArrayList<>();
  private final Object writeLock = new Object();

  private final Object refreshLock = new Object();
  private Batch pending;
  private boolean running;

  private volatile Served served;
  private volatile LiveAnswerService live;
  private volatile CorpusWatcher watcher;
  private CorpusModerator moderator;
  private RefreshReport startReport;

  /** The corpus being served, with the raw bytes of its files and the directory's fingerprint. */
  private record Served(Corpus corpus, CorpusAnswerService service, Map<String, byte[]> files,
      String fingerprint) {}

  /** Refresh requests waiting for the next run. */
  private static final class Batch {
    final CompletableFuture<RefreshReport> result = new CompletableFuture<>();
    final List<Consumer<RefreshProgress>> progress = new ArrayList<>();
  }

  /** An article that was added, and the refresh that brought it in. */
  public record Added(Source source, RefreshReport report) {}

  /** An article that was removed: where its file went, and the refresh. */
  public record Removed(String id, Path trashed, RefreshReport report) {}

  private CorpusManager(Path corpusDir, Path dataDir, PageFetcher fetcher, Clock clock,
      Function<Corpus, CorpusAnswerService> services) {
    this.services = Objects.requireNonNull(services, "services");
    this.corpusDir = Objects.requireNonNull(corpusDir, "corpusDir");
    this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Starts serving {@code corpusDir}. The newest snapshot in {@code DATA/index/} is reused as is
   * when the directory's fingerprint still matches it (no file is re-read; building the in-memory
   * index from a handful of articles takes milliseconds), and served when the directory cannot be
   * read. Otherwise the directory is read, with the snapshot's files as the last good versions.
   *
   * @param pollInterval how often to look for changes made by another process; zero for never
   * @throws IOException when the directory cannot be read and there is no snapshot
   */
  public static CorpusManager open(Path corpusDir, Path dataDir, PageFetcher fetcher,
      Duration pollInterval, Clock clock) throws IOException {
    return open(corpusDir, dataDir, fetcher, pollInterval, clock, p -> { });
  }

  /** As {@link #open(Path, Path, PageFetcher, Duration, Clock)}, reporting the start's progress. */
  public static CorpusManager open(Path corpusDir, Path dataDir, PageFetcher fetcher,
      Duration pollInterval, Clock clock, Consumer<RefreshProgress> startProgress)
      throws IOException {
    return open(corpusDir, dataDir, fetcher, pollInterval, clock, startProgress,
        CorpusAnswerService::create);
  }

  /**
   * As {@link #open(Path, Path, PageFetcher, Duration, Clock)}, reporting the start's progress
   * and building each corpus's answer service with {@code services} (e.g. with the configured
   * cache size).
   */
  public static CorpusManager open(Path corpusDir, Path dataDir, PageFetcher fetcher,
      Duration pollInterval, Clock clock, Consumer<RefreshProgress> startProgress,
      Function<Corpus, CorpusAnswerService> services) throws IOException {
    CorpusManager m = new CorpusManager(corpusDir, dataDir, fetcher, clock, services);
    m.start(startProgress);
    m.moderator = new CorpusModerator(m, new AuditLog(dataDir.resolve("audit.jsonl"), clock));
    m.live.admin(m.moderator);
    if (!pollInterval.isZero()) {
      m.watcher = CorpusWatcher.start(m, pollInterval);
    }
    return m;
  }

  /** Starts serving the corpus the options name; see {@link #open(Path, Path, PageFetcher,
   * Duration, Clock)}. */
  public static CorpusManager open(CorpusOptions options, Clock clock,
      Consumer<RefreshProgress> startProgress) throws IOException {
    return open(options, clock, startProgress, CorpusAnswerService::create);
  }

  /** As {@link #open(CorpusOptions, Clock, Consumer)}, with the answer services' factory. */
  public static CorpusManager open(CorpusOptions options, Clock clock,
      Consumer<RefreshProgress> startProgress, Function<Corpus, CorpusAnswerService> services)
      throws IOException {
    return open(options.corpusDir(), options.dataDir(),
        new PageFetcher(options.fetchTimeout(), options.allowPrivateUrls()),
        options.pollInterval(), clock, startProgress, services);
  }

  private void start(Consumer<RefreshProgress> progress) throws IOException {
    Optional<CorpusSnapshot.Stored> snapshot = CorpusSnapshot.latest(indexDir());
    String fingerprint = null;
    IOException unreadable = null;
    try {
      fingerprint = DirectoryFingerprint.of(corpusDir);
    } catch (IOException e) {
      unreadable = e;
    }
    if (snapshot.isPresent()) {
      CorpusSnapshot.Stored s = snapshot.get();
      try {
        Corpus corpus = CorpusLoader.load(s.filesDir());
        served = new Served(corpus, services.apply(corpus), s.files(),
            s.directoryFingerprint());
        live = new LiveAnswerService(served.service());
      } catch (IOException | RuntimeException e) {
        LOG.warn("cannot load the snapshot {}; reading the corpus directory instead", s.dir(), e);
      }
    }
    if (served != null) {
      if (unreadable != null) {
        LOG.warn("the corpus directory {} cannot be read ({}); serving the last good snapshot"
            + " of {} articles", corpusDir, unreadable.getMessage(),
            served.corpus().articles().size());
        return;
      }
      if (fingerprint.equals(served.fingerprint())) {
        LOG.info("corpus directory {} unchanged since the last snapshot; serving {} articles",
            corpusDir, served.corpus().articles().size());
        return;
      }
      try {
        startReport = refresh(progress);
      } catch (AdminException e) {
        LOG.warn("refreshing {} at start failed ({}); serving the last good snapshot", corpusDir,
            e.getMessage());
      }
      return;
    }
    if (unreadable != null) {
      throw unreadable;
    }
    try {
      startReport = refresh(progress);
    } catch (AdminException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /** The answer service adapters hold; it always answers from the corpus served now. */
  public LiveAnswerService answers() {
    return live;
  }

  /**
   * The report of the refresh made at start, or empty when the snapshot was served as it was
   * (the directory unchanged or unreadable).
   */
  public Optional<RefreshReport> startReport() {
    return Optional.ofNullable(startReport);
  }

  /** The moderator commands, with audit log ({@code DATA/audit.jsonl}). */
  public CorpusModerator admin() {
    return moderator;
  }

  /** The corpus served now. */
  public Corpus corpus() {
    return served.corpus();
  }

  public Path corpusDir() {
    return corpusDir;
  }

  public Path dataDir() {
    return dataDir;
  }

  Path indexDir() {
    return dataDir.resolve("index");
  }

  Path trashDir() {
    return dataDir.resolve("trash");
  }

  /** The corpus directory's fingerprint when the served corpus was read from it. */
  String servedFingerprint() {
    return served == null ? "" : served.fingerprint();
  }

  /** Called after each refresh that swapped in a new index (not the first load), for metrics. */
  public void onRefresh(Consumer<RefreshReport> listener) {
    refreshListeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /** Called, after the swap, with each article a refresh newly added. */
  public void onNewSource(Consumer<Source> listener) {
    newSourceListeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /** Refreshes; see {@link #refresh(Consumer)}. */
  public RefreshReport refresh() throws AdminException {
    return refresh(p -> { });
  }

  /**
   * Re-reads the corpus directory and swaps in the new index when it is complete. Waits for a
   * refresh already running, then for a run that starts after this call; concurrent callers
   * share that run and its report.
   *
   * @throws AdminException when the refresh failed; the previous corpus is still served
   */
  public RefreshReport refresh(Consumer<RefreshProgress> progress) throws AdminException {
    Batch mine;
    boolean runHere;
    synchronized (refreshLock) {
      if (pending == null) {
        pending = new Batch();
      }
      mine = pending;
      mine.progress.add(progress);
      runHere = !running;
      running = true;
    }
    if (runHere) {
      drain();
    }
    try {
      return mine.result.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof AdminException a) {
        throw a;
      }
      throw new AdminException("the refresh failed (" + e.getCause() + "); still serving the"
          + " previous corpus", e.getCause());
    }
  }

  private void drain() {
    while (true) {
      Batch batch;
      synchronized (refreshLock) {
        batch = pending;
        pending = null;
        if (batch == null) {
          running = false;
          return;
        }
      }
      Consumer<RefreshProgress> progress = p -> batch.progress.forEach(c -> c.accept(p));
      try {
        batch.result.complete(runRefresh(progress));
      } catch (AdminException | RuntimeException | Error e) {
        if (!(e instanceof AdminException)) {
          LOG.error("refreshing the corpus from {} failed", corpusDir, e);
        }
        batch.result.completeExceptionally(e);
      }
    }
  }

  private RefreshReport runRefresh(Consumer<RefreshProgress> progress) throws AdminException {
    long t0 = System.nanoTime();
    Served old = served;
    String fingerprint;
    List<Path> files;
    try {
      fingerprint = DirectoryFingerprint.of(corpusDir);
      try (Stream<Path> s = Files.list(corpusDir)) {
        files = s.filter(p -> !p.getFileName().toString().startsWith("."))
            .filter(Files::isRegularFile)
            .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
            .toList();
      }
    } catch (IOException e) {
      throw new AdminException("cannot read the corpus directory " + corpusDir + " ("
          + e.getMessage() + "); still serving the previous corpus", e);
    }
    Map<String, byte[]> chosen = new TreeMap<>();
    List<LoadReport.Skipped> skipped = new ArrayList<>();
    int read = 0;
    for (Path file : files) {
      choose(file, old, chosen, skipped);
      progress.accept(new RefreshProgress(++read, files.size(), 0));
    }

    Path staged;
    Corpus corpus;
    try {
      staged = CorpusSnapshot.stage(indexDir());
    } catch (IOException e) {
      throw new AdminException("cannot write to the data directory " + dataDir + " ("
          + e.getMessage() + "); still serving the previous corpus", e);
    }
    CorpusAnswerService service;
    try {
      CorpusSnapshot.writeFiles(staged, chosen);
      corpus = CorpusLoader.load(staged.resolve(CorpusSnapshot.FILES));
      // A corpus without articles answers nothing: never swap one in.
      if (corpus.articles().isEmpty()) {
        throw new AdminException("no article could be loaded from " + corpusDir
            + (old == null ? "; put .txt, .md or .html article files there"
                : "; still serving the previous " + old.corpus().articles().size() + " articles")
            + skippedSuffix(skipped));
      }
      service = services.apply(corpus);
      progress.accept(new RefreshProgress(files.size(), files.size(),
          service.index().passages().size()));
      if (old != null && corpus.version().equals(old.corpus().version())) {
        // Same articles: keep the serving index and its warm cache.
        CorpusSnapshot.discard(staged);
        served = new Served(old.corpus(), old.service(), old.files(), fingerprint);
        if (!fingerprint.equals(old.fingerprint())) {
          saveFingerprintOnly(old, fingerprint);
        }
        return report(old, old.corpus(), old.service(), chosen, skipped, t0);
      }
      try {
        CorpusSnapshot.commit(indexDir(), staged, fingerprint, chosen);
      } catch (IOException e) {
        // The new corpus is complete in memory; only the next start's shortcut is lost.
        LOG.warn("cannot save the corpus snapshot in {}; serving the new corpus anyway",
            indexDir(), e);
        CorpusSnapshot.discard(staged);
      }
    } catch (IOException e) {
      CorpusSnapshot.discard(staged);
      throw new AdminException("cannot stage the new corpus in " + indexDir() + " ("
          + e.getMessage() + "); still serving the previous corpus", e);
    } catch (AdminException | RuntimeException e) {
      CorpusSnapshot.discard(staged);
      throw e;
    }
    Served next = new Served(corpus, service, chosen, fingerprint);
    served = next;
    if (live == null) {
      live = new LiveAnswerService(service);
    } else {
      live.swap(service);
    }
    RefreshReport report = report(old, corpus, service, chosen, skipped, t0);
    LOG.info("corpus refreshed from {}: {}", corpusDir, report.summary().replace('\n', ' '));
    for (String id : report.added()) {
      corpus.article(id).ifPresent(a -> announce(a.source()));
    }
    if (old != null) {
      refreshListeners.forEach(l -> l.accept(report));
    }
    return report;
  }

  private static String skippedSuffix(List<LoadReport.Skipped> skipped) {
    StringBuilder sb = new StringBuilder();
    skipped.forEach(s -> sb.append("\nSkipped ").append(s.file()).append(": ")
        .append(s.reason()));
    return sb.toString();
  }

  /** Picks the bytes to serve for one file: its own when it loads, else its last good ones. */
  private static void choose(Path file, Served old, Map<String, byte[]> chosen,
      List<LoadReport.Skipped> skipped) {
    String name = file.getFileName().toString();
    if (name.startsWith("_")) {
      if (name.equals(CorpusLoader.SYNONYMS_FILE)) {
        try {
          chosen.put(name, Files.readAllBytes(file));
        } catch (IOException e) {
          keepOrSkip(name, "cannot be read (" + e.getMessage() + ")", old, chosen, skipped);
        }
      }
      return;
    }
    if (!ArticleFiles.isArticleFile(name)) {
      skipped.add(new LoadReport.Skipped(name, "not an article file (use .txt, .md or .html)"));
      return;
    }
    String problem;
    try {
      ArticleFiles.Result r = ArticleFiles.read(file);
      if (r.article() != null) {
        chosen.put(name, r.bytes());
        return;
      }
      problem = r.problem();
    } catch (IOException e) {
      problem = "cannot be read (" + e.getMessage() + ")";
    } catch (RuntimeException e) {
      LOG.error("parsing corpus file {} failed", file, e);
      problem = "could not be parsed (internal error, see log)";
    }
    keepOrSkip(name, problem, old, chosen, skipped);
  }

  private static void keepOrSkip(String name, String problem, Served old,
      Map<String, byte[]> chosen, List<LoadReport.Skipped> skipped) {
    byte[] last = old == null ? null : old.files().get(name);
    if (last != null) {
      chosen.put(name, last);
      skipped.add(new LoadReport.Skipped(name, problem + "; its last good version is still"
          + " served"));
    } else {
      skipped.add(new LoadReport.Skipped(name, problem));
    }
  }

  private void saveFingerprintOnly(Served current, String fingerprint) {
    // The files served did not change but the directory did (e.g. a file touched or broken):
    // record the new fingerprint so that the next start does not re-read needlessly.
    try {
      Path staged = CorpusSnapshot.stage(indexDir());
      CorpusSnapshot.writeFiles(staged, current.files());
      CorpusSnapshot.commit(indexDir(), staged, fingerprint, current.files());
    } catch (IOException e) {
      LOG.warn("cannot update the corpus snapshot in {}", indexDir(), e);
    }
  }

  private RefreshReport report(Served old, Corpus corpus, CorpusAnswerService service,
      Map<String, byte[]> files, List<LoadReport.Skipped> skipped, long t0) {
    Map<String, String> before = old == null ? Map.of() : hashesById(old.corpus(), old.files());
    Map<String, String> after = hashesById(corpus, files);
    List<String> added = new ArrayList<>();
    List<String> updated = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    after.forEach((id, hash) -> {
      String was = before.get(id);
      if (was == null) {
        added.add(id);
      } else if (!was.equals(hash)) {
        updated.add(id);
      }
    });
    before.keySet().stream().filter(id -> !after.containsKey(id)).forEach(removed::add);
    List<LoadReport.Skipped> allSkipped = new ArrayList<>(skipped);
    allSkipped.addAll(corpus.report().skipped());
    return new RefreshReport(added, updated, removed, allSkipped, corpus.report().duplicates(),
        corpus.articles().size(), service.index().passages().size(),
        Duration.ofNanos(System.nanoTime() - t0), corpus.version());
  }

  private static Map<String, String> hashesById(Corpus corpus, Map<String, byte[]> files) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Article a : corpus.articles()) {
      byte[] b = files.get(a.fileName());
      out.put(a.id(), b == null ? "" : Hashes.sha256(b));
    }
    return out;
  }

  private void announce(Source source) {
    for (Consumer<Source> l : newSourceListeners) {
      try {
        l.accept(source);
      } catch (RuntimeException e) {
        LOG.warn("announcing the new source {} failed", source.id(), e);
      }
    }
  }

  /**
   * Fetches a page, saves its article as {@code <slug>.md} with front matter, and refreshes.
   *
   * @throws AdminException when the page cannot be fetched or holds no article, or is already in
   *     the corpus; nothing is changed then
   */
  public Added addUrl(String url) throws AdminException {
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
  public Added addFile(String fileName, byte[] bytes) throws AdminException {
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
  public Added addText(String text) throws AdminException {
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
      for (Article other : served.corpus().articles()) {
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
      RefreshReport report = refresh();
      Source source = served.corpus().article(a.id()).map(Article::source).orElse(a.source());
      return new Added(source, report);
    }
  }

  /**
   * Moves an article's file into {@code DATA/trash/} (named with the time, so it can be put
   * back) and refreshes.
   */
  public Removed remove(String id) throws AdminException {
    String wanted = id == null ? "" : id.strip();
    synchronized (writeLock) {
      Article a = served.corpus().article(wanted).orElseThrow(() -> new AdminException(
          "there is no article with id '" + wanted + "' in the corpus; the sources list shows"
              + " the ids"));
      Path file = corpusDir.resolve(a.fileName());
      if (!Files.exists(file)) {
        throw new AdminException("the file " + a.fileName() + " is no longer in the corpus"
            + " directory; a refresh will drop the article");
      }
      Path trashed = trashDir().resolve(TRASH_STAMP.format(clock.instant()) + "-"
          + a.fileName());
      try {
        Files.createDirectories(trashDir());
        moveAtomically(file, trashed);
      } catch (IOException e) {
        throw new AdminException("cannot move " + file + " to the trash " + trashDir() + " ("
            + e.getMessage() + "); nothing was removed", e);
      }
      return new Removed(a.id(), trashed, refresh());
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
    for (Article a : served.corpus().articles()) {
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

  /** Stops watching the corpus directory. */
  @Override
  public void close() {
    CorpusWatcher w = watcher;
    if (w != null) {
      w.close();
    }
  }
}

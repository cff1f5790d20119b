package org.citebot.serving;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import org.citebot.answer.CorpusAnswerService;
import org.citebot.corpus.ArticleFiles;
import org.citebot.text.Corpus;
import org.citebot.text.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the corpus of a directory and keeps it fresh: refresh, add, remove, with the index
 * swapped only when a new one is complete and nothing lost on the way.
 *
 * <ul>
 *   <li>A refresh reads the corpus directory ({@link DirectoryReader}: each file parsed at most
 *       once, an unchanged one not at all), stages a snapshot of the files it serves in
 *       {@code DATA/index/}, builds the new index beside the serving one and swaps
 *       ({@link LiveAnswerService}). If it fails, the old index keeps serving.
 *   <li>A file that loaded before and is now broken (binary, emptied, undecodable) keeps its
 *       last good version, and the report says so.
 *   <li>Refreshes run one at a time ({@link RefreshQueue}).
 *   <li>An index is built only when something asks for answers or a passage count: a one-off
 *       command that refreshes builds just the index it reports on.
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class CorpusManager implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CorpusManager.class);

  private final Path corpusDir;
  private final Path dataDir;
  private final Function<Corpus, CorpusAnswerService> services;
  private final ArticleFiles.Parser parser;
  private final DirectoryReader reader;
  private final CorpusEditor editor;
  private final RefreshQueue queue = new RefreshQueue(this::runRefresh);
  private final List<Consumer<Source>> newSourceListeners = new CopyOnWriteArrayList<>();
  private final List<Consumer<RefreshReport>> refreshListeners = new CopyOnWriteArrayList<>();

  /** Guards changes of {@link #served} against {@link #live}'s creation, so no swap is missed. */
  private final Object liveLock = new Object();
  private volatile Served served;
  private LiveAnswerService live;
  private volatile CorpusWatcher watcher;
  private CorpusModerator moderator;
  private RefreshReport startReport;

  /** The corpus being served, its files, its index once built, and the directory's fingerprint. */
  private record Served(ParsedCorpus files, LazyAnswerService service, String fingerprint) {
    Corpus corpus() {
      return files.corpus();
    }
  }

  /** An article that was added, and the refresh that brought it in. */
  public record Added(Source source, RefreshReport report) {}

  /** An article that was removed: where its file went, and the refresh. */
  public record Removed(String id, Path trashed, RefreshReport report) {}

  private CorpusManager(Path corpusDir, Path dataDir, PageFetcher fetcher, Clock clock,
      Function<Corpus, CorpusAnswerService> services, ArticleFiles.Parser parser) {
    this.services = Objects.requireNonNull(services, "services");
    this.corpusDir = Objects.requireNonNull(corpusDir, "corpusDir");
    this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
    this.parser = Objects.requireNonNull(parser, "parser");
    this.reader = new DirectoryReader(parser);
    this.editor = new CorpusEditor(corpusDir, trashDir(),
        Objects.requireNonNull(fetcher, "fetcher"), Objects.requireNonNull(clock, "clock"),
        this::corpus, this::refresh);
  }

  /**
   * Starts serving {@code corpusDir}. The newest snapshot in {@code DATA/index/} is reused as is
   * when the directory's fingerprint still matches it (no file is re-read; building the in-memory
   * index from a handful of articles takes milliseconds), and served when the directory cannot be
   * read. Otherwise the directory is read, with the snapshot's files as the last good versions.
   *
   * @param dataDir this corpus's data folder: snapshots, trash and audit log
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
    return open(corpusDir, dataDir, fetcher, pollInterval, clock, startProgress, services,
        ArticleFiles::parse);
  }

  /** As above, parsing every article file through {@code parser}. */
  static CorpusManager open(Path corpusDir, Path dataDir, PageFetcher fetcher,
      Duration pollInterval, Clock clock, Consumer<RefreshProgress> startProgress,
      Function<Corpus, CorpusAnswerService> services, ArticleFiles.Parser parser)
      throws IOException {
    CorpusManager m = new CorpusManager(corpusDir, dataDir, fetcher, clock, services, parser);
    m.start(startProgress);
    m.moderator = new CorpusModerator(m, new AuditLog(m.auditLog(), clock));
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
        ParsedCorpus files = ParsedCorpus.parse(s.files(), parser);
        served = new Served(files, new LazyAnswerService(files.corpus(), services),
            s.directoryFingerprint());
      } catch (RuntimeException e) {
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

  /**
   * The answer service adapters hold; it always answers from the corpus served now. The first
   * call builds the served corpus's index.
   */
  public LiveAnswerService answers() {
    synchronized (liveLock) {
      if (live == null) {
        live = new LiveAnswerService(served.service().get());
        live.admin(moderator);
      }
      return live;
    }
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

  /** This corpus's data folder. */
  public Path dataDir() {
    return dataDir;
  }

  Path indexDir() {
    return dataDir.resolve("index");
  }

  Path trashDir() {
    return dataDir.resolve("trash");
  }

  Path auditLog() {
    return dataDir.resolve("audit.jsonl");
  }

  /** The corpus directory's fingerprint when the served corpus was read from it. */
  String servedFingerprint() {
    Served s = served;
    return s == null ? "" : s.fingerprint();
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
    return queue.refresh(progress);
  }

  private RefreshReport runRefresh(Consumer<RefreshProgress> progress) throws AdminException {
    long t0 = System.nanoTime();
    Served old = served;
    DirectoryReader.Reading reading;
    try {
      reading = reader.read(corpusDir, old == null ? Map.of() : old.files().files(), progress);
    } catch (IOException e) {
      throw new AdminException("cannot read the corpus directory " + corpusDir + " ("
          + e.getMessage() + "); still serving the previous corpus", e);
    }
    String fingerprint = reading.fingerprint();
    ParsedCorpus next = ParsedCorpus.of(reading.chosen());
    Corpus corpus = next.corpus();
    // A corpus without articles answers nothing: never swap one in.
    if (corpus.articles().isEmpty()) {
      StringBuilder skipped = new StringBuilder();
      reading.skipped().forEach(s -> skipped.append("\nSkipped ").append(s.file()).append(": ")
          .append(s.reason()));
      throw new AdminException("no article could be loaded from " + corpusDir
          + (old == null ? "; put .txt, .md or .html article files there"
              : "; still serving the previous " + old.corpus().articles().size() + " articles")
          + skipped);
    }
    int files = reading.files();
    if (old != null && corpus.version().equals(old.corpus().version())) {
      // Same articles: keep the serving index and its warm cache.
      CorpusAnswerService service = old.service().get();
      progress.accept(new RefreshProgress(files, files, service.index().passages().size()));
      served = new Served(old.files(), old.service(), fingerprint);
      if (!fingerprint.equals(old.fingerprint())) {
        // The files served did not change but the directory did (a file touched or broken):
        // record the new fingerprint so that the next start does not re-read needlessly.
        try {
          CorpusSnapshot.save(indexDir(), fingerprint, old.files().bytes());
        } catch (IOException e) {
          LOG.warn("cannot update the corpus snapshot in {}", indexDir(), e);
        }
      }
      return RefreshReport.of(old.files(), old.files(), service.index().passages().size(),
          reading.skipped(), Duration.ofNanos(System.nanoTime() - t0));
    }
    Path staged = stage(next);
    CorpusAnswerService service;
    try {
      service = services.apply(corpus);
    } catch (RuntimeException | Error e) {
      CorpusSnapshot.discard(staged);
      throw e;
    }
    progress.accept(new RefreshProgress(files, files, service.index().passages().size()));
    try {
      CorpusSnapshot.commit(indexDir(), staged, fingerprint, next.bytes());
    } catch (IOException e) {
      // The new corpus is complete in memory; only the next start's shortcut is lost.
      LOG.warn("cannot save the corpus snapshot in {}; serving the new corpus anyway",
          indexDir(), e);
      CorpusSnapshot.discard(staged);
    }
    synchronized (liveLock) {
      served = new Served(next, LazyAnswerService.of(service), fingerprint);
      if (live != null) {
        live.swap(service);
      }
    }
    RefreshReport report = RefreshReport.of(old == null ? null : old.files(), next,
        service.index().passages().size(), reading.skipped(),
        Duration.ofNanos(System.nanoTime() - t0));
    LOG.info("corpus refreshed from {}: {}", corpusDir, report.summary().replace('\n', ' '));
    for (String id : report.added()) {
      corpus.article(id).ifPresent(a -> announce(a.source()));
    }
    if (old != null) {
      refreshListeners.forEach(l -> l.accept(report));
    }
    return report;
  }

  /**
   * Writes the files to serve into a staging snapshot before anything is swapped: a data
   * folder that cannot hold them fails the refresh, so the last good versions of broken files
   * are never held in memory only.
   */
  private Path stage(ParsedCorpus next) throws AdminException {
    Path staged;
    try {
      staged = CorpusSnapshot.stage(indexDir());
    } catch (IOException e) {
      throw new AdminException("cannot write to the data directory " + dataDir + " ("
          + e.getMessage() + "); still serving the previous corpus", e);
    }
    try {
      CorpusSnapshot.writeFiles(staged, next.bytes());
      return staged;
    } catch (IOException e) {
      CorpusSnapshot.discard(staged);
      throw new AdminException("cannot stage the new corpus in " + indexDir() + " ("
          + e.getMessage() + "); still serving the previous corpus", e);
    }
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
    return editor.addUrl(url);
  }

  /**
   * Saves an article file sent by a moderator and refreshes.
   *
   * @throws AdminException when it is not an article file, does not parse, or is already in the
   *     corpus; nothing is written then
   */
  public Added addFile(String fileName, byte[] bytes) throws AdminException {
    return editor.addFile(fileName, bytes);
  }

  /** Saves pasted article text as a {@code .md} file named after its title, and refreshes. */
  public Added addText(String text) throws AdminException {
    return editor.addText(text);
  }

  /**
   * Moves an article's file into {@code DATA/trash/} (named with the time, so it can be put
   * back) and refreshes.
   */
  public Removed remove(String id) throws AdminException {
    return editor.remove(id);
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

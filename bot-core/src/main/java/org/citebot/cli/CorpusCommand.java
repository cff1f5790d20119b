package org.citebot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.citebot.answer.CorpusAnswerService;
import org.citebot.answer.Matching;
import org.citebot.config.ConfigException;
import org.citebot.config.Settings;
import org.citebot.corpus.CorpusLoader;
import org.citebot.ops.ConfigSources;
import org.citebot.serving.CorpusAdmin;
import org.citebot.serving.CorpusManager;
import org.citebot.serving.CorpusOptions;
import org.citebot.serving.RefreshProgress;
import org.citebot.text.Corpus;
import org.citebot.text.TextHygiene;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code citebot corpus refresh|add|remove|list}: the moderator commands, against the corpus
 * directory the bot serves ({@code --corpus}, else {@code CITEBOT_CORPUS_DIR}, else
 * {@code DATA/corpus}), with that corpus's data folder ({@link CorpusOptions#dataFolder}). A
 * running bot picks the change up within its poll interval.
 */
@Command(name = "corpus", mixinStandardHelpOptions = true,
    description = "Keeps the corpus fresh: refresh, add a page or file, remove an article, list.",
    subcommands = {CorpusCommand.Refresh.class, CorpusCommand.Add.class,
        CorpusCommand.Remove.class, CorpusCommand.ListArticles.class})
final class CorpusCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Data directory (default: $CITEBOT_DATA_DIR, else ./data); a corpus other"
          + " than its corpus/ keeps its data in corpora/NAME-HASH inside it.")
  Path dataDir;

  /** The environment the command reads; the process environment outside tests. */
  Map<String, String> env() {
    return main.context.env();
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  private CorpusOptions options() {
    ConfigSources sources = ConfigSources.load(env(), main.configFile);
    if (dataDir != null) {
      Map<String, String> environment = new HashMap<>(sources.environment());
      environment.put(CorpusOptions.DATA_DIR, dataDir.toString());
      sources = new ConfigSources(environment, sources.file(), sources.configFile());
    }
    Settings settings = sources.settings();
    CorpusOptions o = CorpusOptions.fromSettings(settings, main.corpusDir);
    if (!Files.isDirectory(o.corpusDir())) {
      throw new ConfigException("the corpus directory " + o.corpusDir() + " does not exist yet;"
          + " run ./citebot run once to create it with the default corpus, or pass --corpus DIR");
    }
    // A one-off command: no polling.
    return new CorpusOptions(o.corpusDir(), o.dataDir(), Duration.ZERO, o.fetchTimeout(),
        o.allowPrivateUrls());
  }

  private CorpusManager open(Consumer<RefreshProgress> progress) {
    try {
      return CorpusManager.open(options(), Clock.systemUTC(), progress);
    } catch (IOException e) {
      throw new ConfigException("the corpus cannot be loaded: " + e.getMessage());
    }
  }

  private static CorpusAdmin.Actor actor() {
    String user = System.getProperty("user.name");
    return new CorpusAdmin.Actor("cli", user == null || user.isBlank() ? "unknown" : user);
  }

  private int print(CorpusAdmin.Outcome outcome) {
    // Reports name files and titles, which may hold escape codes: nothing raw reaches a terminal.
    if (outcome.ok()) {
      spec.commandLine().getOut().println(TextHygiene.clean(outcome.message()));
      return 0;
    }
    spec.commandLine().getErr().println("citebot: " + TextHygiene.clean(outcome.message()));
    return 1;
  }

  /** Prints a progress line to stderr once a refresh has taken more than a second. */
  static final class ProgressLine implements Consumer<RefreshProgress> {
    private final PrintWriter err;
    private final java.util.function.LongSupplier nanoTime;
    private final long start;
    private long lastPrinted;
    private boolean printed;

    ProgressLine(PrintWriter err) {
      this(err, System::nanoTime);
    }

    ProgressLine(PrintWriter err, java.util.function.LongSupplier nanoTime) {
      this.err = err;
      this.nanoTime = nanoTime;
      this.start = nanoTime.getAsLong();
    }

    @Override
    public synchronized void accept(RefreshProgress p) {
      long now = nanoTime.getAsLong();
      boolean done = p.passagesIndexed() > 0;
      if (now - start < 1_000_000_000L || (!done && now - lastPrinted < 250_000_000L)) {
        return;
      }
      lastPrinted = now;
      printed = true;
      err.printf(Locale.ROOT, "refreshing: %d/%d files read, %d passages indexed%n",
          p.filesRead(), p.filesTotal(), p.passagesIndexed());
      err.flush();
    }

    boolean printed() {
      return printed;
    }
  }

  @Command(name = "refresh", mixinStandardHelpOptions = true,
      description = "Re-reads the corpus directory and reports what changed.")
  static final class Refresh implements Callable<Integer> {
    @ParentCommand CorpusCommand parent;

    @Override
    public Integer call() {
      ProgressLine progress = new ProgressLine(parent.spec.commandLine().getErr());
      try (CorpusManager m = parent.open(progress)) {
        if (m.startReport().isPresent()) {
          // Opening already re-read the changed directory: that is the refresh.
          return parent.print(m.admin().refreshed(actor(), m.startReport().get()));
        }
        return parent.print(m.admin().refresh(actor()));
      }
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Adds a web page by URL, or an article file, and refreshes.")
  static final class Add implements Callable<Integer> {
    @ParentCommand CorpusCommand parent;

    @Parameters(arity = "0..1", paramLabel = "URL", description = "http(s) address of the page")
    String url;

    @Option(names = "--file", paramLabel = "FILE", description = "A .txt, .md or .html file")
    Path file;

    @Override
    public Integer call() throws IOException {
      if ((url == null) == (file == null)) {
        throw new CommandLine.ParameterException(parent.spec.commandLine(),
            "give either a URL or --file FILE");
      }
      byte[] bytes = file == null ? null : Files.readAllBytes(file);
      try (CorpusManager m = parent.open(p -> { })) {
        return parent.print(file == null ? m.admin().addUrl(actor(), url)
            : m.admin().addFile(actor(), file.getFileName().toString(), bytes));
      }
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true,
      description = "Moves an article's file to the corpus's trash folder (recoverable) and"
          + " refreshes.")
  static final class Remove implements Callable<Integer> {
    @ParentCommand CorpusCommand parent;

    @Parameters(paramLabel = "ID", description = "The article id, as corpus list shows it")
    String id;

    @Override
    public Integer call() {
      try (CorpusManager m = parent.open(p -> { })) {
        return parent.print(m.admin().remove(actor(), id));
      }
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "Lists the articles in the corpus directory and the files it skips.")
  static final class ListArticles implements Callable<Integer> {
    @ParentCommand CorpusCommand parent;

    @Override
    public Integer call() throws IOException {
      // Reads the directory only: listing writes nothing to the data directory.
      Corpus corpus = CorpusLoader.load(parent.options().corpusDir());
      CorpusAnswerService service = CorpusAnswerService.create(corpus, Matching.LEXICAL, 0);
      SourcesCommand.printText(parent.spec.commandLine().getOut(), service.sources());
      parent.spec.commandLine().getErr().print(CliContext.skippedLines(corpus.report()));
      return 0;
    }
  }
}

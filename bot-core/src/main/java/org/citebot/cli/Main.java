package org.citebot.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.citebot.semantic.SemanticModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code citebot} command line. */
@Command(
    name = "citebot",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
        "Answers questions about a corpus of articles with verbatim, cited quotes only.",
        "With no command: runs the chat bots whose tokens are configured, or, with none, an "
            + "interactive console chat on the corpus."},
    subcommands = {
        AskCommand.class,
        ChatCommand.class,
        SourcesCommand.class,
        EvalCommand.class,
        BenchCommand.class,
        TimelineCommand.class,
        PerspectivesCommand.class,
        RunCommand.class,
        ConfigCommand.class,
        CorpusCommand.class,
        AdapterCommand.Discord.class,
        AdapterCommand.Telegram.class,
        CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

  @Option(names = "--corpus", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
      description = "Corpus directory (default: $CITEBOT_CORPUS_DIR; else the embedded corpus, "
          + "or for run and the bots the data directory's corpus/, copied from it on first start).")
  Path corpusDir;

  // Operations (run, config): a properties file whose keys are the environment variable names.
  @Option(names = "--config", paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
      description = "Properties file with configuration keys (environment variables win).")
  Path configFile;

  final CliContext context = new CliContext(System.getenv());

  @Override
  public Integer call() throws Exception {
    return new RunCommand().runFrom(this);
  }

  /** The corpus directory chosen on the command line or in the environment, or null. */
  Path corpusDirectory() {
    if (corpusDir != null) {
      return corpusDir;
    }
    String env = System.getenv("CITEBOT_CORPUS_DIR");
    return env == null || env.isBlank() ? null : Path.of(env);
  }

  public static void main(String[] args) {
    // Lucene reports through java.util.logging; route it to the same log as everything else.
    org.citebot.ops.LogSetup.installJulBridge();
    int status = execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    SemanticModel.endNativeCalls();
    System.exit(status);
  }

  /** Runs the CLI with the given streams; returns the exit code. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    // "--corpus corpus" names a directory, although "corpus" is also a command.
    cli.setAllowSubcommandsAsOptionParameters(true);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      err.println("citebot: " + CliContext.describe(ex));
      return 1;
    });
    try {
      return cli.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The version from the jar manifest, when run from the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"citebot " + (v == null ? "(development build)" : v)};
    }
  }
}

package org.citebot.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import org.citebot.answer.Answer;
import org.citebot.answer.AnswerService;
import org.citebot.chat.BotTexts;
import org.citebot.chat.ChatAdapterProvider;
import org.citebot.chat.Outcome;
import org.citebot.config.ConfigException;
import org.citebot.config.Settings;
import org.citebot.ops.BotMetrics;
import org.citebot.ops.BotProcess;
import org.citebot.ops.ConfigKey;
import org.citebot.ops.ConfigKeys;
import org.citebot.ops.ConfigSources;
import org.citebot.ops.InvalidConfiguration;
import org.citebot.ops.LogSetup;
import org.citebot.ops.OpsConfig;
import org.citebot.ops.OpsHttpServer;
import org.citebot.ops.SecretMask;
import org.citebot.ops.StopSignal;
import org.citebot.render.PlainAnswerText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Runs every chat bot whose token is configured (Discord, Telegram or both) in "
        + "one process sharing one index and cache, with /healthz, /readyz and /metrics on "
        + "CITEBOT_HTTP_ADDR. Stops cleanly on SIGTERM.",
        "With no token configured, says which variables to set and starts the console chat."})
final class RunCommand implements Callable<Integer> {

  /** Exit status for configuration an operator must fix. */
  static final int BAD_CONFIGURATION = 2;
  static final String CONSOLE = "console";

  private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

  @ParentCommand Main main;

  @Override
  public Integer call() throws Exception {
    return runFrom(main);
  }

  /** {@code citebot run}, and {@code citebot} with no command: every configured adapter. */
  int runFrom(Main main) throws Exception {
    return run(main, null);
  }

  /** {@code citebot discord} / {@code citebot telegram}: just the named adapters. */
  int runAdapters(Main main, List<String> names, boolean all) throws Exception {
    return run(main, names);
  }

  private int run(Main main, List<String> only) throws Exception {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    ConfigSources sources;
    try {
      sources = ConfigSources.load(main.context.env(), main.configFile);
    } catch (ConfigException e) {
      err.println("citebot: " + e.getMessage());
      return BAD_CONFIGURATION;
    }
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    return new Launch(sources, main.corpusDir, only, in, out, err, Clock.systemUTC()).run();
  }

  static List<ChatAdapterProvider> providers() {
    List<ChatAdapterProvider> out = new ArrayList<>();
    ServiceLoader.load(ChatAdapterProvider.class).forEach(out::add);
    out.sort((a, b) -> a.name().compareTo(b.name()));
    return out;
  }

  /**
   * One start of the bot, with its inputs spelled out so that tests can run it in-process.
   *
   * @param only the adapters to run, or null for every configured one
   */
  record Launch(ConfigSources sources, Path corpusOverride, List<String> only, BufferedReader in,
      PrintWriter out, PrintWriter err, Clock clock) {

    int run() throws Exception {
      Settings settings = sources.settings();
      OpsConfig config;
      try {
        List<String> problems = new ArrayList<>();
        sources.unknownFileKeys().forEach(k -> problems.add(k + " in " + sources.configFile()
            + " is not a known key (see citebot config for the list)"));
        try {
          config = OpsConfig.from(settings);
        } catch (InvalidConfiguration e) {
          problems.addAll(e.problems());
          config = null;
        }
        if (!problems.isEmpty()) {
          throw new InvalidConfiguration(problems);
        }
        LogSetup.apply(config.logFormat(), config.logLevel());
        List<ChatAdapterProvider> providers = chosenProviders(settings);
        if (providers.isEmpty()) {
          return console(config, settings);
        }
        return serve(config, settings, providers);
      } catch (InvalidConfiguration e) {
        e.problems().forEach(p -> err.println("citebot: " + p));
        return BAD_CONFIGURATION;
      } catch (ConfigException e) {
        err.println("citebot: " + e.getMessage());
        return BAD_CONFIGURATION;
      }
    }

    /** The providers to start; also registers every configured token with the log mask. */
    private List<ChatAdapterProvider> chosenProviders(Settings settings) {
      for (ConfigKey k : ConfigKeys.ALL) {
        if (k.secret()) {
          settings.secret(k.name()).ifPresent(SecretMask::register);
        }
      }
      List<ChatAdapterProvider> all = providers();
      for (ChatAdapterProvider p : all) {
        settings.secret(p.tokenVariable()).ifPresent(SecretMask::register);
      }
      if (only == null) {
        return all.stream().filter(p -> p.isConfigured(settings)).toList();
      }
      List<ChatAdapterProvider> chosen = new ArrayList<>();
      for (String name : only) {
        ChatAdapterProvider p = all.stream().filter(x -> x.name().equals(name)).findFirst()
            .orElseThrow(() -> new ConfigException("the " + name + " bot is not in this build"));
        if (!p.isConfigured(settings)) {
          throw new ConfigException(p.tokenVariable() + " is not set; the " + name
              + " bot needs it (or " + p.tokenVariable() + "_FILE naming a file that holds it)");
        }
        chosen.add(p);
      }
      return chosen;
    }

    private int serve(OpsConfig config, Settings settings, List<ChatAdapterProvider> providers)
        throws Exception {
      List<String> names = providers.stream().map(ChatAdapterProvider::name).toList();
      for (ChatAdapterProvider p : providers) {
        p.validate(settings);
      }
      LOG.info("citebot starting: bots {}, data directory {}, operations endpoint {}", names,
          config.dataDir(), config.httpAddress().map(OpsHttpServer::display).orElse("off"));
      try (BotProcess process = BotProcess.start(config, settings, corpusOverride, names, true,
          clock)) {
        // From here on SIGTERM means an orderly stop; before, with nothing connected yet, the
        // JVM's default (exit at once) is just as good.
        StopSignal stop = StopSignal.install();
        try {
          process.startAdapters(providers);
        } catch (ConfigException e) {
          throw e;
        } catch (Exception e) {
          LOG.error("a chat bot could not start; stopping", e);
          err.println("citebot: a chat bot could not start: " + SecretMask.mask(
              String.valueOf(e.getMessage())));
          return 1;
        }
        stop.await();
        LOG.info("{} received: stopping (waiting at most {} s for questions in flight)",
            stop.reason(), config.shutdownTimeout().toSeconds());
      }
      return 0;
    }

    private int console(OpsConfig config, Settings settings) throws Exception {
      List<String> variables = providers().stream().map(ChatAdapterProvider::tokenVariable)
          .toList();
      err.println("No chat token configured" + (variables.isEmpty() ? "" : " (set "
          + String.join(" or ", variables) + ", or the same name with _FILE, to run the chat "
          + "bots)") + "; starting the console chat.");
      err.flush();
      try (BotProcess process = BotProcess.start(config, settings, corpusOverride, List.of(), false,
          clock)) {
        process.metrics().registerPlatform(CONSOLE);
        return chat(process.answers(), process.metrics(), in, out);
      }
    }
  }

  /**
   * The console chat on the running process's shared service, counted as platform "console".
   * Ends at end of input or with "quit".
   */
  static int chat(AnswerService service, BotMetrics metrics, BufferedReader in, PrintWriter out)
      throws Exception {
    return chat(service, outcome -> metrics.questions(CONSOLE, outcome).increment(), in, out);
  }

  /**
   * The console chat loop: ends at end of input or with "quit".
   *
   * @param outcomes told the outcome of each question
   */
  static int chat(AnswerService service, java.util.function.Consumer<Outcome> outcomes,
      BufferedReader in, PrintWriter out) throws Exception {
    out.println(BotTexts.WHAT_IT_DOES);
    out.println(BotTexts.HOW_TO_ASK);
    out.println("Sources: " + service.sources().size() + " articles ('sources' lists them). "
        + "Type 'quit' to leave.");
    while (true) {
      out.print("\n> ");
      out.flush();
      String line = in.readLine();
      if (line == null || line.strip().equalsIgnoreCase("quit")
          || line.strip().equalsIgnoreCase("exit")) {
        out.println();
        out.flush();
        return 0;
      }
      if (line.isBlank()) {
        continue;
      }
      if (line.strip().equalsIgnoreCase("sources")) {
        SourcesCommand.printText(out, service.sources());
        continue;
      }
      try {
        Answer a = service.ask(line);
        outcomes.accept(Outcome.of(a));
        out.println(PlainAnswerText.render(a));
      } catch (RuntimeException e) {
        outcomes.accept(Outcome.ERROR);
        LOG.error("answering a console question failed", e);
        out.println(BotTexts.ERROR);
      }
    }
  }
}

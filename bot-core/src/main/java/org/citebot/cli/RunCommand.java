package org.citebot.cli;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.citebot.chat.BotContext;
import org.citebot.chat.ChatAdapter;
import org.citebot.chat.ChatAdapterProvider;
import org.citebot.chat.ConfigException;
import org.citebot.chat.FeedbackLog;
import org.citebot.chat.RateLimiter;
import org.citebot.chat.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Runs every chat bot whose token is configured (Discord, Telegram or both) in "
        + "one process sharing one index and cache.",
        "With no token configured, says which variables to set and starts the console chat."})
final class RunCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

  @ParentCommand Main main;

  @Override
  public Integer call() throws Exception {
    return runFrom(main);
  }

  int runFrom(Main main) throws Exception {
    Settings settings = Settings.of(main.context.env());
    List<String> configured = new ArrayList<>();
    List<String> variables = new ArrayList<>();
    for (ChatAdapterProvider p : providers()) {
      variables.add(p.tokenVariable());
      if (p.isConfigured(settings)) {
        configured.add(p.name());
      }
    }
    if (configured.isEmpty()) {
      PrintWriter err = new PrintWriter(System.err, true);
      err.println("No chat token configured" + (variables.isEmpty() ? "" : " (set "
          + String.join(" or ", variables) + " to run the chat bots)")
          + "; starting the console chat.");
      return ChatCommand.chat(main, new PrintWriter(System.out, true));
    }
    return runAdapters(main, configured, true);
  }

  int runAdapters(Main main, List<String> names, boolean all) throws Exception {
    Map<String, String> env = main.context.env();
    Settings settings = Settings.of(env);
    Path data = Path.of(settings.get("CITEBOT_DATA_DIR", "data"));
    BotContext ctx = new BotContext(main.context.service(main.corpusDirectory()), settings,
        new FeedbackLog(data.resolve("feedback.jsonl"), Clock.systemUTC()),
        new RateLimiter(settings.getInt("CITEBOT_RATE_LIMIT", 5, 1, 1000),
            Duration.ofSeconds(settings.getInt("CITEBOT_RATE_WINDOW_SECONDS", 30, 1, 86_400)),
            System::nanoTime),
        new SimpleMeterRegistry(), Clock.systemUTC());
    List<ChatAdapter> running = new ArrayList<>();
    for (String name : names) {
      ChatAdapterProvider p = providers().stream().filter(x -> x.name().equals(name)).findFirst()
          .orElseThrow(() -> new ConfigException("the " + name + " adapter is not in this build"));
      if (!p.isConfigured(settings)) {
        throw new ConfigException(p.tokenVariable() + " is not set; the " + name
            + " bot needs it (or " + p.tokenVariable() + "_FILE naming a file that holds it)");
      }
      running.add(p.start(ctx));
      LOG.info("{} bot started", name);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      for (ChatAdapter a : running) {
        try {
          a.close();
        } catch (RuntimeException e) {
          LOG.warn("closing the {} bot failed: {}", a.name(), e.toString());
        }
      }
      stopped.countDown();
    }, "citebot-shutdown"));
    stopped.await();
    return 0;
  }

  static List<ChatAdapterProvider> providers() {
    List<ChatAdapterProvider> out = new ArrayList<>();
    ServiceLoader.load(ChatAdapterProvider.class).forEach(out::add);
    out.sort((a, b) -> a.name().compareTo(b.name()));
    return out;
  }
}

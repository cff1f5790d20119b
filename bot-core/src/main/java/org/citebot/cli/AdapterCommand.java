package org.citebot.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code citebot discord} and {@code citebot telegram}: run one chat adapter. */
abstract class AdapterCommand implements Callable<Integer> {

  @ParentCommand Main main;

  abstract String platform();

  @Override
  public Integer call() throws Exception {
    return new RunCommand().runAdapters(main, List.of(platform()), false);
  }

  @Command(name = "discord", mixinStandardHelpOptions = true,
      description = "Runs the Discord bot (needs DISCORD_TOKEN or DISCORD_TOKEN_FILE).")
  static final class Discord extends AdapterCommand {
    @Override
    String platform() {
      return "discord";
    }
  }

  @Command(name = "telegram", mixinStandardHelpOptions = true,
      description = "Runs the Telegram bot (needs TELEGRAM_BOT_TOKEN or TELEGRAM_BOT_TOKEN_FILE).")
  static final class Telegram extends AdapterCommand {
    @Override
    String platform() {
      return "telegram";
    }
  }
}

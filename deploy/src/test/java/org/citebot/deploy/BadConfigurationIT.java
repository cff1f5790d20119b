package org.citebot.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.citebot.discord.FakeDiscord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Configuration mistakes an operator makes, through the launcher and the shaded jar with the real
 * adapters: each ends with exit status 2 and one line starting with {@code citebot:} that names
 * the variable, with no stack trace and nothing logged above INFO. (The same checks in-process,
 * with a stand-in adapter, are in bot-core's RunCommandTest; here the real process's whole stderr
 * is what an operator sees.)
 */
@Timeout(60)
class BadConfigurationIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({"discord, DISCORD_TOKEN", "telegram, TELEGRAM_BOT_TOKEN"})
  void botCommand_withoutItsToken_saysWhichVariableToSetAndExits2(String bot, String variable)
      throws Exception {
    ChildProcess.Result r = ChildProcess.run(launch(bot), WAIT);

    assertEquals(2, r.exitCode(), r.toString());
    assertEquals(List.of("citebot: " + variable + " is not set; the " + bot + " bot needs it (or "
        + variable + "_FILE naming a file that holds it)"), r.stderrLines(), r.toString());
    assertEquals("", r.stdout(), r.toString());
  }

  @Test
  void run_httpPortOutOfRange_saysSoInOneLineAndExits2() throws Exception {
    ProcessBuilder pb = launch("run");
    pb.environment().put("DISCORD_TOKEN", FakeDiscord.TOKEN);
    pb.environment().put("CITEBOT_HTTP_ADDR", "127.0.0.1:99999");

    ChildProcess.Result r = ChildProcess.run(pb, WAIT);

    assertEquals(2, r.exitCode(), r.toString());
    assertEquals(List.of("citebot: CITEBOT_HTTP_ADDR=127.0.0.1:99999 has port 99999, must be "
        + "between 1 and 65535"), r.stderrLines(), r.toString());
  }

  @Test
  void run_dataDirectoryUnderAFile_saysItCannotBeCreatedAndExits2() throws Exception {
    // Under a regular file no directory can be made, even by root (who may write read-only ones).
    Path file = Files.writeString(dir.resolve("afile"), "not a directory");
    Path data = file.resolve("data");
    ProcessBuilder pb = launch("run");
    pb.environment().put("DISCORD_TOKEN", FakeDiscord.TOKEN);
    pb.environment().put("CITEBOT_DATA_DIR", data.toString());

    ChildProcess.Result r = ChildProcess.run(pb, WAIT);

    assertEquals(2, r.exitCode(), r.toString());
    String line = assertOneClearLine(r);
    assertTrue(line.startsWith("citebot: CITEBOT_DATA_DIR=" + data + " cannot be created: "), line);
  }

  @Test
  void run_discordTokenOfTheWrongShape_saysWhereToCopyItFromWithoutShowingIt() throws Exception {
    String wrong = "not-a-token-" + "x".repeat(20);
    ProcessBuilder pb = launch("run");
    pb.environment().put("DISCORD_TOKEN", wrong);

    ChildProcess.Result r = ChildProcess.run(pb, WAIT);

    assertEquals(2, r.exitCode(), r.toString());
    String line = assertOneClearLine(r);
    // Adapters check their settings before the corpus loads: nothing else is printed first.
    assertEquals(1, r.stderrLines().size(), r.toString());
    assertTrue(line.startsWith("citebot: DISCORD_TOKEN is not shaped like a Discord bot token"),
        line);
    assertFalse(r.stderr().contains(wrong), "the token is not echoed: " + r.stderr());
  }

  /**
   * The launcher running {@code args}, with the operations endpoint off and the data directory
   * in the temporary directory unless a test says otherwise.
   */
  private ProcessBuilder launch(String... args) {
    ProcessBuilder pb = ChildProcess.viaLauncher(dir, args);
    pb.environment().put("CITEBOT_HTTP_ADDR", "off");
    pb.environment().put("CITEBOT_DATA_DIR", dir.resolve("data").toString());
    return pb;
  }

  /**
   * Exactly one {@code citebot:} line, the last one; anything before it is start-up progress
   * logged at INFO, never a warning, an error or a stack trace. Returns that line.
   */
  private static String assertOneClearLine(ChildProcess.Result r) {
    List<String> lines = r.stderrLines();
    List<String> problems = lines.stream().filter(l -> l.startsWith("citebot: ")).toList();
    assertEquals(1, problems.size(), r.toString());
    assertEquals(problems.get(0), lines.get(lines.size() - 1), r.toString());
    for (String l : lines.subList(0, lines.size() - 1)) {
      assertFalse(l.matches("\\S+ \\S+ (WARN|ERROR) .*") || l.matches("\\s+at .*")
          || l.contains("Exception"), "only start-up progress before it: " + l);
    }
    return problems.get(0);
  }
}

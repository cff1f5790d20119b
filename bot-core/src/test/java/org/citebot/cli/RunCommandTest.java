package org.citebot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citebot.chat.BotTexts;
import org.citebot.ops.ConfigSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code citebot run} in-process: configuration problems and the console fallback. */
class RunCommandTest {

  @TempDir Path tmp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void run_noToken_saysWhatToSetThenRunsConsoleChatUntilEndOfInput() throws Exception {
    int code = launch(env(), null, "When was the checkpoint set up?\n");

    assertEquals(0, code);
    assertTrue(err.toString().startsWith("No chat token configured (set FAKECHAT_TOKEN"),
        err.toString());
    assertTrue(err.toString().contains("starting the console chat."));
    assertTrue(out.toString().startsWith(BotTexts.WHAT_IT_DOES), out.toString());
    // The answer itself is the ranking's business; here it only has to be a cited quote.
    assertTrue(out.toString().matches("(?s).*\n> “[^”]+” \\[1\\].*"), out.toString());
    assertTrue(Files.isDirectory(tmp.resolve("data/corpus")), "default corpus copied in");
  }

  @Test
  void run_malformedValues_printsOneLineEachAndExits2() throws Exception {
    Map<String, String> env = env();
    env.put("CITEBOT_HTTP_ADDR", "abc");
    env.put("CITEBOT_RATE_LIMIT", "many");

    int code = launch(env, null, "");

    assertEquals(2, code);
    assertEquals(List.of("citebot: CITEBOT_HTTP_ADDR=abc is not host:port or off",
        "citebot: CITEBOT_RATE_LIMIT=many is not a whole number"), err.toString().lines().toList());
    assertEquals("", out.toString());
  }

  @Test
  void run_namedBotWithoutToken_printsWhichVariableToSetAndExits2() throws Exception {
    int code = launch(env(), List.of("fakechat"), "");

    assertEquals(2, code);
    assertEquals(List.of("citebot: FAKECHAT_TOKEN is not set; the fakechat bot needs it (or "
        + "FAKECHAT_TOKEN_FILE naming a file that holds it)"), err.toString().lines().toList());
  }

  @Test
  void run_unwritableDataDirectory_printsOneLineAndExits2() throws Exception {
    Path file = Files.writeString(tmp.resolve("file"), "x");
    Map<String, String> env = env();
    env.put("CITEBOT_DATA_DIR", file.resolve("data").toString());

    int code = launch(env, null, "");

    assertEquals(2, code);
    List<String> lines = err.toString().lines().toList();
    assertTrue(lines.get(lines.size() - 1).startsWith("citebot: CITEBOT_DATA_DIR="
        + file.resolve("data") + " cannot be created: "), err.toString());
  }

  @Test
  void run_httpPortInUse_printsOneLineAndExits2() throws Exception {
    try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Map<String, String> env = env();
      env.put("FAKECHAT_TOKEN", "fake-token-for-port-test");
      env.put("CITEBOT_HTTP_ADDR", "127.0.0.1:" + busy.getLocalPort());

      int code = launch(env, null, "");

      assertEquals(2, code);
      assertEquals(1, err.toString().lines().count(), err.toString());
      assertTrue(err.toString().startsWith("citebot: CITEBOT_HTTP_ADDR=127.0.0.1:"
          + busy.getLocalPort() + " cannot be used: "), err.toString());
    }
  }

  private Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put("CITEBOT_DATA_DIR", tmp.resolve("data").toString());
    env.put("CITEBOT_HTTP_ADDR", "off");
    return env;
  }

  private int launch(Map<String, String> env, List<String> only, String input) throws Exception {
    return new RunCommand.Launch(ConfigSources.environmentOnly(env), null, only,
        new BufferedReader(new StringReader(input)), new PrintWriter(out, true),
        new PrintWriter(err, true), Clock.systemUTC()).run();
  }
}

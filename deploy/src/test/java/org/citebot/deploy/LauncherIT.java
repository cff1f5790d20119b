package org.citebot.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.citebot.corpus.CorpusLoader;
import org.citebot.text.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code ./citebot} script running the shaded jar (given through CITEBOT_JAR, so Maven is
 * never invoked) on the JDK of the tests.
 */
@Timeout(60)
class LauncherIT {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void version_printsNameAndProjectVersion() throws Exception {
    ChildProcess.Result r = ChildProcess.run(ChildProcess.viaLauncher(dir, "--version"), WAIT);

    assertEquals(0, r.exitCode(), r.toString());
    assertEquals("citebot 0.1.0", r.stdout().strip(), r.toString());
  }

  @Test
  void sourcesJson_listsTheFiveDefaultArticlesWithTitlesAndOutlets() throws Exception {
    ChildProcess.Result r = ChildProcess.run(
        ChildProcess.viaLauncher(dir, "sources", "--json"), WAIT);

    assertEquals(0, r.exitCode(), r.toString());
    JsonNode sources = JSON.readTree(r.stdout());
    assertTrue(sources.isArray(), r.stdout());
    assertEquals(5, sources.size(), r.stdout());
    for (JsonNode s : sources) {
      assertFalse(s.path("title").asText().isBlank(), s.toString());
      assertFalse(s.path("outlet").asText().isBlank(), s.toString());
    }
  }

  @Test
  void askJson_checkpointQuestion_quotesThe23AprilSentenceVerbatimFromCrisisGroup()
      throws Exception {
    ChildProcess.Result r = ChildProcess.run(ChildProcess.viaLauncher(dir, "ask", "--json",
        "When was the checkpoint set up?"), WAIT);

    // A benchmark figure, not a test: the machine may be shared and busy.
    System.out.printf("cold ./citebot ask (JVM start, corpus load, index build, answer): %d ms%n",
        r.took().toMillis());
    assertEquals(0, r.exitCode(), r.toString());
    JsonNode answer = JSON.readTree(r.stdout());
    assertTrue(answer.path("answered").asBoolean(), r.stdout());
    JsonNode first = answer.path("quotes").get(0);
    String text = first.path("text").asText();
    assertTrue(text.contains("23 April"), text);
    assertEquals("International Crisis Group", first.path("source").path("outlet").asText());
    assertEquals("New Troubles in Nagorno-Karabakh: Understanding the Lachin Corridor Crisis",
        first.path("source").path("title").asText());
    Article article = CorpusLoader.loadDefault().articles().stream()
        .filter(a -> a.source().id().equals(first.path("source").path("id").asText()))
        .findFirst().orElseThrow(() -> new AssertionError("no such source: " + first));
    assertEquals(article.text().substring(first.path("start").asInt(), first.path("end").asInt()),
        text, "the quote is the exact slice of its source that its offsets name");
  }

  /**
   * The first question asked writes the class archive beside the jar (another short command
   * before it does not), the next starts from it, and none prints a word of the JVM's about
   * archives.
   */
  @Test
  void firstQuestion_writesTheClassArchive_andOnlyTheCommandsOwnOutputIsPrinted()
      throws Exception {
    Path jar = dir.resolve("citebot.jar");
    Files.copy(ChildProcess.jar(), jar);
    Path archive = dir.resolve("citebot.jsa");
    ChildProcess.Result version = ChildProcess.run(withJar(jar, "--version"), WAIT);
    assertEquals("citebot 0.1.0", version.stdout().strip(), version.toString());
    assertFalse(Files.exists(archive), "a command that asks nothing writes no archive");
    for (int run = 0; run < 2; run++) {
      ChildProcess.Result r = ChildProcess.run(withJar(jar, "ask", "--json",
          "When was the checkpoint set up?"), WAIT);
      assertEquals(0, r.exitCode(), r.toString());
      assertTrue(JSON.readTree(r.stdout()).path("answered").asBoolean(), r.toString());
      assertEquals("", r.stderr().strip(), r.toString());
      assertTrue(Files.size(archive) > 0, "the archive is written by the first question");
    }
    try (var left = Files.list(dir)) {
      assertEquals(0, left.filter(f -> f.getFileName().toString().startsWith("citebot.jsa."))
          .count(), "no half-written archive is left behind");
    }
  }

  private ProcessBuilder withJar(Path jar, String... args) {
    ProcessBuilder pb = ChildProcess.viaLauncher(dir, args);
    pb.environment().put("CITEBOT_JAR", jar.toString());
    return pb;
  }

  @Test
  void javaHomeOlderThan21_isPassedOverForAJava21OnThePath() throws Exception {
    Path oldJdk = Files.createDirectories(dir.resolve("jdk17/bin"));
    executable(oldJdk.resolve("java"), """
        #!/bin/sh
        echo 'openjdk version "17.0.1" 2021-10-19' >&2
        case "$1" in -version) exit 0 ;; esac
        echo "the Java 17 stand-in was asked to run: $*" >&2
        exit 3
        """);
    Path bin = Files.createDirectories(dir.resolve("bin"));
    executable(bin.resolve("java"), "#!/bin/sh\nexec '" + ChildProcess.java() + "' \"$@\"\n");
    ProcessBuilder pb = ChildProcess.viaLauncher(dir, "--version");
    pb.environment().put("JAVA_HOME", oldJdk.getParent().toString());
    pb.environment().put("PATH", bin + ":" + pb.environment().get("PATH"));

    ChildProcess.Result r = ChildProcess.run(pb, WAIT);

    assertEquals(0, r.exitCode(), r.toString());
    assertEquals("citebot 0.1.0", r.stdout().strip(), r.toString());
  }

  @Test
  void noJava21Anywhere_saysSoInOneLineAndExitsTwo() throws Exception {
    Path oldJdk = Files.createDirectories(dir.resolve("only17/bin"));
    executable(oldJdk.resolve("java"), """
        #!/bin/sh
        echo 'openjdk version "17.0.1" 2021-10-19' >&2
        exit 0
        """);
    ProcessBuilder pb = ChildProcess.viaLauncher(dir, "--version");
    pb.environment().put("JAVA_HOME", oldJdk.getParent().toString());
    pb.environment().put("PATH", oldJdk + ":/usr/bin:/bin");
    pb.environment().put("CITEBOT_JDK_DIRS", dir.resolve("no-jdks-here").toString());

    ChildProcess.Result r = ChildProcess.run(pb, WAIT);

    assertEquals(2, r.exitCode(), r.toString());
    assertEquals("", r.stdout(), r.toString());
    assertEquals(1, r.stderr().strip().lines().count(), r.toString());
    assertTrue(r.stderr().startsWith("citebot: no Java 21 or newer found"), r.toString());
  }

  private static void executable(Path file, String script) throws Exception {
    Files.writeString(file, script);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}

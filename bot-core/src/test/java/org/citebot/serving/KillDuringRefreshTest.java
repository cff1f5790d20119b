package org.citebot.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed with SIGKILL in the middle of refreshing leaves a snapshot that the next start
 * serves whole: the last good corpus, never a half-written one.
 */
class KillDuringRefreshTest {

  @TempDir Path root;

  /** Festival names no other article shares, one per refresh of the child. */
  static List<String> names() {
    List<String> out = new ArrayList<>();
    for (String a : List.of("Vor", "Til", "Mag", "Pen", "Rus", "Kel", "Dar", "Hob")) {
      for (String b : List.of("bak", "mun", "dox", "lig", "wen", "tas")) {
        out.add(a + b);
      }
    }
    return out;
  }

  /**
   * The child: serves {@code args[0]} with data in {@code args[1]} and keeps adding an article
   * and refreshing, printing how many articles it serves after each refresh.
   */
  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (CorpusManager m = CorpusManager.open(corpus, Path.of(args[1]),
        new PageFetcher(Duration.ofSeconds(1), true), Duration.ZERO, Clock.systemUTC())) {
      out.println("served " + m.corpus().articles().size());
      for (String name : names()) {
        // A long article makes each refresh take long enough to be caught in the middle.
        StringBuilder text = new StringBuilder(Articles.text(name, 5));
        for (int i = 0; i < 150; i++) {
          text.append("\nParagraph ").append(i).append(" of the ").append(name)
              .append(" programme lists the bands playing that evening. It ends late.\n");
        }
        Files.writeString(corpus.resolve(name.toLowerCase() + ".txt"), text);
        out.println("served " + m.refresh().articles());
      }
    }
  }

  /** The article counts the child reported, in order. */
  private static List<Integer> served(Path out) throws IOException {
    return Files.readAllLines(out).stream().filter(l -> l.startsWith("served "))
        .map(l -> Integer.parseInt(l.substring("served ".length()))).toList();
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void killDuringRefresh_nextStartServesTheLastGoodCorpusWhole() throws Exception {
    Path corpus = Files.createDirectories(root.resolve("corpus"));
    Path data = root.resolve("data");
    Articles.write(corpus, "Amber", 3);
    String java = ProcessHandle.current().info().command().orElse("java");
    Path out = root.resolve("stdout.log");
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        KillDuringRefreshTest.class.getName(), corpus.toString(), data.toString())
        .redirectOutput(out.toFile())
        .redirectError(root.resolve("stderr.log").toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .start();
    try {
      // Wait for a few refreshes, then kill in the middle of one (they follow each other
      // without pause, so any moment is during a refresh or its snapshot).
      while (served(out).size() < 4) {
        if (!p.isAlive()) {
          throw new AssertionError("the child ended early: "
              + Files.readString(root.resolve("stderr.log")));
        }
        Thread.sleep(20);
      }
      Thread.sleep(37);
      p.destroyForcibly(); // SIGKILL
      assertTrue(p.waitFor(10, TimeUnit.SECONDS));
    } finally {
      p.destroyForcibly();
    }
    List<Integer> reported = served(out);
    int lastServed = reported.get(reported.size() - 1);
    assertTrue(lastServed >= 4, "refreshed before the kill: " + lastServed);

    // The folder gone, the start must serve the snapshot, and all of it.
    CorpusSnapshot.deleteTree(corpus);
    try (CorpusManager m = CorpusManager.open(corpus, data,
        new PageFetcher(Duration.ofSeconds(1), true), Duration.ZERO, Clock.systemUTC())) {
      int served = m.corpus().articles().size();
      assertTrue(served == lastServed || served == lastServed + 1,
          "served " + served + " after the last reported " + lastServed);
      assertEquals("amber", Articles.answeredFrom(m.answers(), "Amber"));
      for (String name : names().subList(0, served - 1)) {
        assertEquals(name.toLowerCase(), Articles.answeredFrom(m.answers(), name), name);
      }
    }
  }
}

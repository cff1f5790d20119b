package org.citebot.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.citebot.answer.CorpusAnswerService;
import org.citebot.corpus.ArticleFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How much work a refresh does: parses counted through the parser, index builds through the
 * answer services' factory. */
class RefreshCostTest {

  @TempDir Path root;
  Path corpus;
  Path data;
  final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
  final Map<String, AtomicInteger> parses = new ConcurrentHashMap<>();
  final AtomicInteger indexBuilds = new AtomicInteger();

  @BeforeEach
  void setUp() throws IOException {
    corpus = Files.createDirectories(root.resolve("corpus"));
    data = root.resolve("data");
    Articles.write(corpus, "Amber", 3);
    Articles.write(corpus, "Birch", 4);
  }

  private CorpusManager open() throws IOException {
    return CorpusManager.open(corpus, data, new PageFetcher(Duration.ofSeconds(2), true),
        Duration.ZERO, clock, p -> { }, c -> {
          indexBuilds.incrementAndGet();
          return CorpusAnswerService.create(c);
        }, (name, bytes) -> {
          parses.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
          return ArticleFiles.parse(name, bytes);
        });
  }

  private Map<String, Integer> parsesSoFar() {
    Map<String, Integer> out = new java.util.TreeMap<>();
    parses.forEach((name, n) -> out.put(name, n.get()));
    parses.clear();
    return out;
  }

  @Test
  void refresh_parsesEachChangedFileOnceAndUnchangedFilesNotAgain() throws Exception {
    try (CorpusManager m = open()) {
      assertEquals(Map.of("amber.txt", 1, "birch.txt", 1), parsesSoFar(), "first load");

      Files.writeString(corpus.resolve("amber.txt"), Articles.text("Amber", 9));
      Articles.write(corpus, "Cedar", 5);
      RefreshReport r = m.refresh();

      assertEquals(List.of("cedar"), r.added());
      assertEquals(List.of("amber"), r.updated());
      assertEquals(Map.of("amber.txt", 1, "cedar.txt", 1), parsesSoFar());
      assertEquals("cedar", Articles.answeredFrom(m.answers(), "Cedar"));
    }
  }

  @Test
  void refresh_brokenFile_isParsedOnceAndItsLastGoodVersionServedWithoutParsing()
      throws Exception {
    try (CorpusManager m = open()) {
      parsesSoFar();
      Files.write(corpus.resolve("birch.txt"), new byte[0]);

      RefreshReport r = m.refresh();

      assertEquals(Map.of("birch.txt", 1), parsesSoFar());
      assertEquals("birch", Articles.answeredFrom(m.answers(), "Birch"));
      assertTrue(r.skipped().get(0).reason().endsWith("its last good version is still served"),
          r.skipped().toString());
    }
  }

  @Test
  void openThenRefresh_asTheCommandLineDoes_buildsOneIndex() throws Exception {
    try (CorpusManager m = open()) {
      assertEquals(2, m.corpus().articles().size());
    }
    Articles.write(corpus, "Cedar", 5);
    indexBuilds.set(0);

    // A changed directory: opening is the refresh.
    try (CorpusManager m = open()) {
      assertEquals(List.of("cedar"), m.startReport().orElseThrow().added());
    }
    assertEquals(1, indexBuilds.getAndSet(0), "changed directory");
    parsesSoFar();

    // An unchanged directory: opening serves the snapshot, then the moderator's refresh.
    try (CorpusManager m = open()) {
      RefreshReport r = m.refresh();
      assertEquals(3, r.articles());
      assertTrue(r.passages() >= 3, "passages: " + r.passages());
    }
    assertEquals(1, indexBuilds.get(), "unchanged directory");
    assertEquals(Map.of("amber.txt", 1, "birch.txt", 1, "cedar.txt", 1), parsesSoFar(),
        "the snapshot's files, parsed once; the directory's, the same bytes, not again");
  }

  @Test
  void open_forAnswers_buildsTheIndexOnceAndRefreshOfNewFilesOneMore() throws Exception {
    try (CorpusManager m = open()) {
      CorpusAnswerService first = m.answers().current();
      assertEquals(first, m.answers().current());
      assertEquals(1, indexBuilds.get());

      Articles.write(corpus, "Cedar", 5);
      m.refresh();

      assertEquals(2, indexBuilds.get());
    }
  }
}

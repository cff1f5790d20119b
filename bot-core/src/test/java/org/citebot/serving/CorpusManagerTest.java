package org.citebot.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.citebot.answer.CorpusAnswerService;
import org.citebot.text.LoadReport;
import org.citebot.text.Source;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusManagerTest {

  @TempDir Path root;
  Path corpus;
  Path data;
  final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

  @BeforeEach
  void setUp() throws IOException {
    corpus = Files.createDirectories(root.resolve("corpus"));
    data = root.resolve("data");
    Articles.write(corpus, "Amber", 3);
    Articles.write(corpus, "Birch", 4);
  }

  private CorpusManager open() throws IOException {
    return CorpusManager.open(corpus, data, new PageFetcher(Duration.ofSeconds(2), true),
        Duration.ZERO, clock);
  }

  @Test
  void refresh_addedFile_isAnsweredAfterSwapAndReported() throws Exception {
    try (CorpusManager m = open()) {
      LiveAnswerService live = m.answers();
      CorpusAnswerService before = live.current();
      org.citebot.timeline.Views viewsBefore = live.views();
      assertNull(Articles.answeredFrom(live, "Cedar"));
      List<Source> announced = new CopyOnWriteArrayList<>();
      m.onNewSource(announced::add);

      Articles.write(corpus, "Cedar", 5);
      RefreshReport r = m.refresh();

      assertEquals(List.of("cedar"), r.added());
      assertEquals(List.of(), r.updated());
      assertEquals(List.of(), r.removed());
      assertEquals(3, r.articles());
      assertTrue(r.passages() >= 3, "passages: " + r.passages());
      assertNotSame(before, live.current());
      assertEquals("cedar", Articles.answeredFrom(live, "Cedar"));
      assertEquals(List.of("cedar"), announced.stream().map(Source::id).toList());
      assertSame(live.views(), live.views(), "a corpus builds its views once");
      assertNotSame(viewsBefore, live.views(), "views follow the swap");
      assertTrue(r.summary().startsWith("Corpus refreshed: 3 articles, "), r.summary());
      assertTrue(r.summary().contains("\nAdded: cedar"), r.summary());
    }
  }

  @Test
  void refresh_unchangedCorpus_keepsServingIndexAndCache() throws Exception {
    try (CorpusManager m = open()) {
      CorpusAnswerService before = m.answers().current();
      RefreshReport r = m.refresh();
      assertFalse(r.changed());
      assertSame(before, m.answers().current());
      assertTrue(r.summary().startsWith("Corpus unchanged: 2 articles"), r.summary());
    }
  }

  @Test
  void refresh_withBrokenFile_keepsServingOldVersionAndReportsReason() throws Exception {
    try (CorpusManager m = open()) {
      Files.write(corpus.resolve("amber.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 20, 0});
      Files.write(corpus.resolve("birch.txt"), new byte[0]);
      Files.write(corpus.resolve("new.txt"), new byte[0]);

      RefreshReport r = m.refresh();

      assertEquals(2, r.articles());
      assertFalse(r.changed());
      assertEquals("amber", Articles.answeredFrom(m.answers(), "Amber"));
      assertEquals("birch", Articles.answeredFrom(m.answers(), "Birch"));
      assertEquals(List.of(
          new LoadReport.Skipped("amber.txt", "binary file (not text; save the article as .txt,"
              + " .md or .html); its last good version is still served"),
          new LoadReport.Skipped("birch.txt", "empty file; its last good version is still"
              + " served"),
          new LoadReport.Skipped("new.txt", "empty file")), r.skipped());
    }
  }

  @Test
  void refresh_withEveryFileGone_failsAndKeepsServing() throws Exception {
    try (CorpusManager m = open()) {
      Files.delete(corpus.resolve("amber.txt"));
      Files.delete(corpus.resolve("birch.txt"));

      AdminException e = assertThrows(AdminException.class, m::refresh);

      assertTrue(e.getMessage().startsWith("no article could be loaded from " + corpus
          + "; still serving the previous 2 articles"), e.getMessage());
      assertEquals("amber", Articles.answeredFrom(m.answers(), "Amber"));
    }
  }

  @Test
  void refresh_updatedAndRemovedFiles_areReported() throws Exception {
    try (CorpusManager m = open()) {
      Files.writeString(corpus.resolve("amber.txt"), Articles.text("Amber", 9));
      Files.delete(corpus.resolve("birch.txt"));
      Articles.write(corpus, "Cedar", 5);

      RefreshReport r = m.refresh();

      assertEquals(List.of("cedar"), r.added());
      assertEquals(List.of("amber"), r.updated());
      assertEquals(List.of("birch"), r.removed());
      assertNull(Articles.answeredFrom(m.answers(), "Birch"));
    }
  }

  @Test
  void refresh_concurrentRequests_allGetAReportThatSeesTheirChange() throws Exception {
    try (CorpusManager m = open()) {
      List<Thread> threads = new ArrayList<>();
      List<RefreshReport> reports = new CopyOnWriteArrayList<>();
      List<Throwable> failures = new CopyOnWriteArrayList<>();
      for (int i = 0; i < 6; i++) {
        String name = "Dune" + (char) ('a' + i);
        threads.add(Thread.ofPlatform().start(() -> {
          try {
            Articles.write(corpus, name, 10);
            RefreshReport r = m.refresh();
            // The run that served this request started after the file was written.
            assertTrue(m.corpus().article(name.toLowerCase()).isPresent());
            reports.add(r);
          } catch (Throwable t) {
            failures.add(t);
          }
        }));
      }
      for (Thread t : threads) {
        t.join(20_000);
      }
      assertEquals(List.of(), failures);
      assertEquals(6, reports.size());
      assertEquals(8, m.corpus().articles().size());
    }
  }

  @Test
  void open_unchangedDirectory_reusesSnapshotWithoutRereadingFiles() throws Exception {
    try (CorpusManager m = open()) {
      assertEquals(2, m.corpus().articles().size());
    }
    // Same size and modification time, different words: only a re-read would notice.
    Path amber = corpus.resolve("amber.txt");
    var mtime = Files.getLastModifiedTime(amber);
    Files.writeString(amber, Articles.text("Topaz", 3));
    Files.setLastModifiedTime(amber, mtime);

    try (CorpusManager m = open()) {
      assertEquals("amber", Articles.answeredFrom(m.answers(), "Amber"));
      assertNull(Articles.answeredFrom(m.answers(), "Topaz"));
    }
  }

  @Test
  void open_changedDirectory_rereadsAndKeepsLastGoodVersionOfBrokenFile() throws Exception {
    try (CorpusManager m = open()) {
      assertEquals(2, m.corpus().articles().size());
    }
    Files.write(corpus.resolve("amber.txt"), new byte[0]);
    Articles.write(corpus, "Cedar", 5);

    try (CorpusManager m = open()) {
      assertEquals("amber", Articles.answeredFrom(m.answers(), "Amber"));
      assertEquals("cedar", Articles.answeredFrom(m.answers(), "Cedar"));
    }
  }

  @Test
  void open_unreadableCorpusDirectory_servesLastGoodSnapshot() throws Exception {
    try (CorpusManager m = open()) {
      assertEquals(2, m.corpus().articles().size());
    }
    CorpusSnapshot.deleteTree(corpus);

    try (CorpusManager m = open()) {
      assertEquals("birch", Articles.answeredFrom(m.answers(), "Birch"));
    }
  }

  @Test
  void open_noCorpusDirectoryAndNoSnapshot_failsWithClearMessage() throws Exception {
    CorpusSnapshot.deleteTree(corpus);
    IOException e = assertThrows(IOException.class, this::open);
    assertEquals("corpus directory not found: " + corpus, e.getMessage());
  }

  @Test
  void open_directoryWithoutArticles_failsSayingWhatToPutThere() throws Exception {
    Files.delete(corpus.resolve("amber.txt"));
    Files.write(corpus.resolve("birch.txt"), new byte[0]);
    IOException e = assertThrows(IOException.class, this::open);
    assertEquals("no article could be loaded from " + corpus + "; put .txt, .md or .html"
        + " article files there\nSkipped birch.txt: empty file", e.getMessage());
  }

  @Test
  void open_afterInterruptedSnapshotWrite_ignoresLeftoversAndServesLastComplete()
      throws Exception {
    try (CorpusManager m = open()) {
      Articles.write(corpus, "Cedar", 5);
      m.refresh();
    }
    Path index = data.resolve("index");
    // A kill while staging leaves a hidden temporary directory; a kill can never leave a
    // generation without its manifest, but a damaged disk might.
    Path leftover = index.resolve(".tmp-interrupted");
    Files.createDirectories(leftover.resolve("files"));
    Files.writeString(leftover.resolve("files").resolve("half.txt"), "The half");
    Path damaged = index.resolve("snapshot-9999999999");
    Files.createDirectories(damaged.resolve("files"));
    Files.writeString(damaged.resolve("manifest.json"), "{\"directoryFingerprint\": ");
    CorpusSnapshot.deleteTree(corpus);

    try (CorpusManager m = open()) {
      assertEquals(3, m.corpus().articles().size());
      assertEquals("cedar", Articles.answeredFrom(m.answers(), "Cedar"));
    }
    assertTrue(Files.exists(leftover), "a fresh temporary directory may be another writer's");

    Files.setLastModifiedTime(leftover, java.nio.file.attribute.FileTime.from(
        Instant.now().minus(Duration.ofHours(1))));
    try (CorpusManager m = open()) {
      assertEquals(3, m.corpus().articles().size());
    }
    assertFalse(Files.exists(leftover), "an old temporary directory is cleaned");
  }

  @Test
  void refresh_symlinkLeavingTheCorpusFolder_isSkippedAndReported() throws Exception {
    Path secret = Files.writeString(root.resolve("secret.txt"), Articles.text("Secret", 9));
    try (CorpusManager m = open()) {
      Files.createSymbolicLink(corpus.resolve("secret.txt"), secret);

      RefreshReport r = m.refresh();

      assertEquals(List.of(new LoadReport.Skipped("secret.txt", "a link to a file outside the"
          + " corpus folder; not read (copy the file into the folder instead)")), r.skipped());
      assertEquals(2, r.articles());
      assertNull(Articles.answeredFrom(m.answers(), "Secret"));
      assertTrue(r.summary().contains("\nSkipped secret.txt: a link to a file outside the"
          + " corpus folder"), r.summary());
    }
  }

  @Test
  void refresh_cutTitle_isReportedAsAWarning() throws Exception {
    try (CorpusManager m = open()) {
      Files.writeString(corpus.resolve("long.md"), "---\ntitle: " + "t".repeat(400) + "\n---\n"
          + Articles.text("Cedar", 5));

      RefreshReport r = m.refresh();

      assertEquals(List.of(new LoadReport.Skipped("long.md",
          "title cut to 300 characters (it had 400)")), r.warnings());
      assertTrue(r.summary().endsWith("\nWarning long.md: title cut to 300 characters (it had"
          + " 400)"), r.summary());
    }
  }

  @Test
  void refresh_keepsOnlyTheNewestSnapshot() throws Exception {
    try (CorpusManager m = open()) {
      Articles.write(corpus, "Cedar", 5);
      m.refresh();
      Articles.write(corpus, "Dune", 6);
      m.refresh();
    }
    try (Stream<Path> s = Files.list(data.resolve("index"))) {
      List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
      assertEquals(1, names.size(), names.toString());
      assertTrue(names.get(0).startsWith("snapshot-"), names.toString());
    }
  }

  @Test
  void remove_movesFileToTrashAndRefreshes() throws Exception {
    try (CorpusManager m = open()) {
      CorpusManager.Removed r = m.remove("birch");

      assertEquals(List.of("birch"), r.report().removed());
      assertFalse(Files.exists(corpus.resolve("birch.txt")));
      assertEquals(data.resolve("trash").resolve("20260301-100000-000-birch.txt"), r.trashed());
      assertEquals(Articles.text("Birch", 4), Files.readString(r.trashed()));
      assertNull(Articles.answeredFrom(m.answers(), "Birch"));
    }
  }

  @Test
  void remove_unknownId_changesNothing() throws Exception {
    try (CorpusManager m = open()) {
      AdminException e = assertThrows(AdminException.class, () -> m.remove("nope"));
      assertEquals("there is no article with id 'nope' in the corpus; the sources list shows"
          + " the ids", e.getMessage());
      assertEquals(2, m.corpus().articles().size());
    }
  }

  @Test
  void addFile_parsableFile_isSavedAndServed() throws Exception {
    try (CorpusManager m = open()) {
      CorpusManager.Added a = m.addFile("Cedar News.TXT",
          Articles.text("Cedar", 5).getBytes(StandardCharsets.UTF_8));
      assertEquals("cedar-news", a.source().id());
      assertTrue(Files.exists(corpus.resolve("cedar-news.txt")));
      assertEquals(List.of("cedar-news"), a.report().added());
      assertEquals("cedar-news", Articles.answeredFrom(m.answers(), "Cedar"));
    }
  }

  @Test
  void addFile_binaryOrDuplicate_writesNothing() throws Exception {
    try (CorpusManager m = open()) {
      AdminException binary = assertThrows(AdminException.class,
          () -> m.addFile("x.txt", new byte[] {1, 2, 0, 4}));
      assertEquals("x.txt cannot be added: binary file (not text; save the article as .txt, .md"
          + " or .html); nothing was written", binary.getMessage());
      AdminException duplicate = assertThrows(AdminException.class,
          () -> m.addFile("copy.txt", Articles.text("Amber", 3).getBytes(StandardCharsets.UTF_8)));
      assertEquals("this article is already in the corpus as amber; nothing was changed",
          duplicate.getMessage());
      AdminException pdf = assertThrows(AdminException.class,
          () -> m.addFile("paper.pdf", new byte[] {1}));
      assertEquals("'paper.pdf' is not an article file; send a .txt, .md or .html file",
          pdf.getMessage());
      try (Stream<Path> s = Files.list(corpus)) {
        assertEquals(2, s.count());
      }
    }
  }

  @Test
  void addText_pastedArticle_isSavedUnderItsTitle() throws Exception {
    try (CorpusManager m = open()) {
      CorpusManager.Added a = m.addText(Articles.text("Cedar", 5));
      assertEquals("the-cedar-festival-opens-in-kerrow", a.source().id());
      assertEquals("the-cedar-festival-opens-in-kerrow",
          Articles.answeredFrom(m.answers(), "Cedar"));
    }
  }

  @Test
  void twoManagersOnOneDirectory_seeEachOthersChangeWithinThePollInterval() throws Exception {
    Duration poll = Duration.ofMillis(200);
    try (CorpusManager a = CorpusManager.open(corpus, root.resolve("data-a"),
            new PageFetcher(Duration.ofSeconds(2), true), poll, clock);
        CorpusManager b = CorpusManager.open(corpus, root.resolve("data-b"),
            new PageFetcher(Duration.ofSeconds(2), true), poll, clock)) {
      a.addText(Articles.text("Cedar", 5));
      assertEventually(() -> "the-cedar-festival-opens-in-kerrow".equals(
          Articles.answeredFrom(b.answers(), "Cedar")));
      b.remove("amber");
      assertEventually(() -> Articles.answeredFrom(a.answers(), "Amber") == null);
    }
  }

  static void assertEventually(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 5 s");
      }
      Thread.sleep(50);
    }
  }
}

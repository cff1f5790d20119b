package org.citebot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.citebot.serving.Articles;
import org.citebot.serving.CorpusOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusCommandTest {

  @TempDir Path root;
  Path corpus;
  Path data;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();


  @BeforeEach
  void setUp() throws IOException {
    corpus = Files.createDirectories(root.resolve("corpus"));
    data = root.resolve("data");
    Files.writeString(corpus.resolve("amber.txt"), Articles.festival("Amber"));
  }

  /** The data folder of a corpus given with --corpus. */
  private Path folder(Path corpusDir) {
    return CorpusOptions.dataFolder(data, corpusDir);
  }

  private int run(String... args) {
    return run(corpus, args);
  }

  private int run(Path corpusDir, String... args) {
    List<String> all = new ArrayList<>(List.of("--corpus", corpusDir.toString(), "corpus",
        "--data-dir", data.toString()));
    all.addAll(List.of(args));
    return Main.execute(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void addFile_thenList_showsTheArticleAndAuditsTheAction() throws IOException {
    Path f = Files.writeString(root.resolve("Birch Notes.md"), Articles.festival("Birch"));

    assertEquals(0, run("add", "--file", f.toString()), err.toString());
    assertTrue(out.toString().startsWith("Added birch-notes: The Birch Festival Opens in Kerrow."
        + "\nCorpus refreshed: 2 articles"), out.toString());
    assertTrue(Files.exists(corpus.resolve("birch-notes.md")));

    out.getBuffer().setLength(0);
    assertEquals(0, run("list"), err.toString());
    assertTrue(out.toString().contains("birch-notes\n"), out.toString());
    assertTrue(out.toString().endsWith("2 articles\n"), out.toString());

    List<String> audit = Files.readAllLines(folder(corpus).resolve("audit.jsonl"));
    assertEquals(1, audit.size());
    assertTrue(audit.get(0).contains("\"platform\":\"cli\""), audit.get(0));
    assertTrue(audit.get(0).contains("\"action\":\"add-file\""), audit.get(0));
    assertTrue(audit.get(0).contains("\"result\":\"ok: added birch-notes\""), audit.get(0));
  }

  @Test
  void listAndRefresh_fileNamesAndTitlesWithEscapeCodes_reachTheTerminalClean()
      throws IOException {
    Files.writeString(corpus.resolve("evil\u001b]0;owned\u0007.txt"),
        "The \u001b[2JCedar Festival Opens in Kerrow\n\nThe Cedar festival opened in Kerrow on 3"
            + " May. Organisers said it would run for nine days.\n");
    Files.write(corpus.resolve("bad\u001b[31m.txt"), new byte[0]);

    assertEquals(0, run("refresh"), err.toString());
    assertEquals(0, run("list"), err.toString());

    String printed = out.toString() + err.toString();
    assertFalse(printed.contains("\u001b"), printed);
    assertTrue(printed.contains("The Cedar Festival Opens in Kerrow"), printed);
    assertTrue(printed.contains("Skipped bad.txt: empty file"), printed);
  }

  @Test
  void refresh_reportsBrokenFileByNameAndReason() throws IOException {
    assertEquals(0, run("refresh"), err.toString());
    Files.write(corpus.resolve("broken.txt"), new byte[0]);
    out.getBuffer().setLength(0);

    assertEquals(0, run("refresh"), err.toString());

    assertTrue(out.toString().contains("\nSkipped broken.txt: empty file"), out.toString());
  }

  @Test
  void refresh_twoCorporaOneDataRoot_neverReportOrAuditEachOthersArticles() throws IOException {
    Path other = Files.createDirectories(root.resolve("other"));
    Files.writeString(other.resolve("cedar.txt"), Articles.festival("Cedar"));
    Files.writeString(other.resolve("dune.txt"), Articles.festival("Dune"));
    Files.writeString(corpus.resolve("birch.txt"), Articles.festival("Birch"));

    assertEquals(0, run(corpus, "refresh"), err.toString());
    assertEquals(0, run(corpus, "remove", "birch"), err.toString());
    out.getBuffer().setLength(0);
    assertEquals(0, run(other, "refresh"), err.toString());

    assertTrue(out.toString().startsWith("Corpus refreshed: 2 articles"), out.toString());
    assertTrue(out.toString().contains("\nAdded: cedar, dune"), out.toString());
    assertFalse(out.toString().contains("Removed"), out.toString());
    assertNotEquals(folder(corpus), folder(other));
    String auditA = Files.readString(folder(corpus).resolve("audit.jsonl"));
    String auditB = Files.readString(folder(other).resolve("audit.jsonl"));
    assertTrue(auditA.contains("ok: removed birch"), auditA);
    assertFalse(auditB.contains("amber") || auditB.contains("birch"), auditB);
    assertTrue(auditB.contains("2 added, 0 updated, 0 removed"), auditB);
    assertEquals(List.of("amber.txt"), snapshotFiles(folder(corpus)));
    assertEquals(List.of("cedar.txt", "dune.txt"), snapshotFiles(folder(other)));
    assertTrue(Files.isDirectory(folder(corpus).resolve("trash")));
    assertFalse(Files.exists(folder(other).resolve("trash")), "B's trash holds none of A's");

    out.getBuffer().setLength(0);
    assertEquals(0, run(corpus, "refresh"), err.toString());
    assertTrue(out.toString().startsWith("Corpus unchanged: 1 article"), out.toString());
  }

  /** The files of the one snapshot in a data folder. */
  private static List<String> snapshotFiles(Path folder) throws IOException {
    try (Stream<Path> snapshots = Files.list(folder.resolve("index"))) {
      Path only = snapshots.filter(p -> p.getFileName().toString().startsWith("snapshot-"))
          .reduce((a, b) -> {
            throw new AssertionError("two snapshots: " + a + ", " + b);
          }).orElseThrow();
      try (Stream<Path> files = Files.list(only.resolve("files"))) {
        return files.map(p -> p.getFileName().toString()).sorted().toList();
      }
    }
  }

  @Test
  void remove_unknownId_printsOneLineAndExits1() {
    assertEquals(1, run("remove", "nope"));
    assertEquals("citebot: there is no article with id 'nope' in the corpus; the sources list"
        + " shows the ids\n", err.toString());
  }

  @Test
  void remove_knownId_movesFileToTrash() throws IOException {
    Files.writeString(corpus.resolve("birch.txt"), Articles.festival("Birch"));
    assertEquals(0, run("remove", "birch"), err.toString());
    assertFalse(Files.exists(corpus.resolve("birch.txt")));
    try (Stream<Path> s = Files.list(folder(corpus).resolve("trash"))) {
      assertTrue(s.anyMatch(p -> p.getFileName().toString().endsWith("-birch.txt")));
    }
  }

  @Test
  void addUrl_privateAddress_isRefusedWithExit1() {
    assertEquals(1, run("add", "http://127.0.0.1:9/article"));
    assertTrue(err.toString().startsWith("citebot: refusing to fetch http://127.0.0.1:9/article:"
        + " 127.0.0.1 is a loopback address"), err.toString());
  }

  @Test
  void add_withoutUrlOrFile_saysWhatToGive() {
    assertEquals(2, run("add"));
    assertTrue(err.toString().startsWith("give either a URL or --file FILE"), err.toString());
  }

  @Test
  void corpusOption_directoryNamedCorpus_isNotTakenForTheCommand() throws IOException {
    Path cwdRelative = Files.createDirectories(root.resolve("corpus"));
    String[] args = {"--corpus", cwdRelative.toString(), "corpus", "--data-dir",
        data.toString(), "list"};
    assertEquals(0, Main.execute(args, new PrintWriter(out), new PrintWriter(err)),
        err.toString());
    String[] named = {"--corpus", "corpus", "sources", "--help"};
    assertEquals(0, Main.execute(named, new PrintWriter(out), new PrintWriter(err)),
        err.toString());
  }

  @Test
  void progressLine_printsOnlyOnceARefreshTakesMoreThanASecond() {
    long[] now = {0};
    CorpusCommand.ProgressLine line = new CorpusCommand.ProgressLine(new PrintWriter(err),
        () -> now[0]);
    now[0] = 900_000_000L;
    line.accept(new org.citebot.serving.RefreshProgress(3, 5, 0));
    assertEquals("", err.toString());
    now[0] = 1_200_000_000L;
    line.accept(new org.citebot.serving.RefreshProgress(4, 5, 0));
    now[0] = 1_300_000_000L;
    line.accept(new org.citebot.serving.RefreshProgress(5, 5, 0));
    line.accept(new org.citebot.serving.RefreshProgress(5, 5, 168));
    assertEquals("refreshing: 4/5 files read, 0 passages indexed\n"
        + "refreshing: 5/5 files read, 168 passages indexed\n", err.toString());
  }

  @Test
  void missingCorpusDirectory_saysHowToCreateIt() {
    String[] args = {"corpus", "--data-dir", data.toString(), "list"};
    int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    if (System.getenv("CITEBOT_CORPUS_DIR") == null) {
      assertEquals(1, code);
      assertEquals("citebot: the corpus directory " + data.resolve("corpus") + " does not exist"
          + " yet; run ./citebot run once to create it with the default corpus, or pass --corpus"
          + " DIR\n", err.toString());
    }
  }
}

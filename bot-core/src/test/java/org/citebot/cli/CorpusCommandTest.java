package org.citebot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.citebot.corpus.admin.Articles;
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

  private int run(String... args) {
    List<String> all = new ArrayList<>(List.of("--corpus", corpus.toString(), "corpus",
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

    List<String> audit = Files.readAllLines(data.resolve("audit.jsonl"));
    assertEquals(1, audit.size());
    assertTrue(audit.get(0).contains("\"platform\":\"cli\""), audit.get(0));
    assertTrue(audit.get(0).contains("\"action\":\"add-file\""), audit.get(0));
    assertTrue(audit.get(0).contains("\"result\":\"ok: added birch-notes\""), audit.get(0));
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
    try (Stream<Path> s = Files.list(data.resolve("trash"))) {
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
    line.accept(new org.citebot.corpus.admin.RefreshProgress(3, 5, 0));
    assertEquals("", err.toString());
    now[0] = 1_200_000_000L;
    line.accept(new org.citebot.corpus.admin.RefreshProgress(4, 5, 0));
    now[0] = 1_300_000_000L;
    line.accept(new org.citebot.corpus.admin.RefreshProgress(5, 5, 0));
    line.accept(new org.citebot.corpus.admin.RefreshProgress(5, 5, 168));
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

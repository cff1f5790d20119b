package org.citebot.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.citebot.text.Article;
import org.citebot.text.Corpus;
import org.citebot.text.LoadReport;
import org.citebot.text.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What ingestion refuses, cuts or cleans in files a moderator (or anyone) drops in. */
class IngestionLimitsTest {

  @TempDir Path root;

  private static final String BODY = "Baku opened a checkpoint on the corridor on 23 April."
      + " Residents worried about the road.\n";

  private static ArticleFiles.Result parse(String name, String content) {
    return ArticleFiles.parse(name, content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void parse_longTitle_isCutWithAWarning() {
    String title = "word ".repeat(200_000).strip();

    ArticleFiles.Result r = parse("long.md", "---\ntitle: " + title + "\n---\n" + BODY);

    String cut = r.article().source().title();
    assertTrue(cut.length() <= ArticleFiles.MAX_TITLE_CHARS, "title has " + cut.length());
    assertTrue(cut.endsWith("word\u2026"), cut.substring(cut.length() - 10));
    assertEquals(List.of("title cut to 300 characters (it had " + title.length() + ")"),
        r.warnings());
  }

  @Test
  void parse_longOutletAuthorsAndUrl_areCutOrDroppedWithWarnings() {
    String authors = String.join(", ", java.util.Collections.nCopies(25, "Ann Lee"));
    ArticleFiles.Result r = parse("meta.md", "---\noutlet: " + "O".repeat(500)
        + "\nauthors: " + authors + "\nurl: https://example.org/" + "a".repeat(3000) + "\n---\n"
        + BODY);

    assertEquals(ArticleFiles.MAX_OUTLET_CHARS, r.article().source().outlet().length());
    assertEquals(ArticleFiles.MAX_AUTHORS, r.article().source().authors().size());
    assertNull(r.article().source().url());
    assertEquals(3, r.warnings().size(), r.warnings().toString());
  }

  @Test
  void load_longTitleWarning_reachesTheLoadReport() throws IOException {
    Files.writeString(root.resolve("long.md"), "---\ntitle: " + "x".repeat(1000) + "\n---\n"
        + BODY);

    Corpus corpus = CorpusLoader.load(root);

    assertEquals(List.of(new LoadReport.Skipped("long.md",
        "title cut to 300 characters (it had 1000)")), corpus.report().warnings());
  }

  @Test
  void parse_datesOutsideRange_areRefusedWithFileAndLine() {
    LocalDate limit = LocalDate.now(ZoneOffset.UTC).plusYears(1);
    for (String date : List.of("-0001-01-01", "1899-12-31", "9999-12-31", "+10000-01-01",
        limit.plusDays(1).toString())) {
      ArticleFiles.Result r = parse("dated.md", "---\ntitle: T\npublished: " + date + "\n---\n"
          + BODY);

      assertNull(r.article(), date);
      assertEquals("bad front matter in dated.md, line 3: published '" + date + "' is outside"
          + " the dates allowed, 1900-01-01 to " + limit + " (a year after today)", r.problem());
    }
  }

  @Test
  void parse_datesAtTheEdgesOfTheRange_areAccepted() {
    LocalDate limit = LocalDate.now(ZoneOffset.UTC).plusYears(1);
    for (LocalDate date : List.of(LocalDate.of(1900, 1, 1), limit)) {
      ArticleFiles.Result r = parse("dated.md", "---\npublished: " + date + "\n---\n" + BODY);

      assertEquals(date, r.article().source().published(), String.valueOf(r.problem()));
    }
  }

  @Test
  void parse_pageDateOutsideRange_isDroppedWithAWarning() {
    String html = "<html><head><meta property=\"article:published_time\""
        + " content=\"9999-12-31T00:00:00Z\"><title>T</title></head><body><article><p>" + BODY
        + "</p></article></body></html>";

    ArticleFiles.Result r = parse("page.html", html);

    assertNull(r.article().source().published());
    assertEquals(1, r.warnings().size(), r.warnings().toString());
    assertTrue(r.warnings().get(0).startsWith("the page's date 9999-12-31 was dropped"),
        r.warnings().get(0));
  }

  @Test
  void parse_tooManySentences_keepsTheFirstOnesWithAWarning() {
    StringBuilder text = new StringBuilder("Title\n\n");
    int sentences = ArticleFiles.MAX_SENTENCES + 500;
    for (int i = 0; i < sentences; i++) {
      text.append("Sentence number ").append(i).append(" is here.")
          .append(i % 10 == 9 ? "\n\n" : " ");
    }

    ArticleFiles.Result r = parse("dump.txt", text.toString());

    Article a = r.article();
    assertEquals(ArticleFiles.MAX_SENTENCES, a.sentences().size());
    assertEquals(List.of("only its first 5000 of " + sentences + " sentences are served (at most"
        + " 5000 a file; split a longer text into several files)"), r.warnings());
    TextSpan last = a.sentences().get(a.sentences().size() - 1);
    assertEquals("Sentence number " + (ArticleFiles.MAX_SENTENCES - 1) + " is here.",
        a.slice(last));
  }

  @Test
  void parse_controlCharactersAndEscapes_areRemovedBeforeTheTextIsCanonical() {
    String content = "---\ntitle: \u001b]0;owned\u0007Checkpoint \u001b[31mopens\u001b[0m\n---\n"
        + "Baku \u001b[2Jopened a check\u0001point on the \u202ecorridor\u202c on 23 April."
        + " Residents\u0008 worried.\n";

    Article a = parse("esc.md", content).article();

    assertEquals("Checkpoint opens", a.source().title());
    assertEquals("Baku opened a checkpoint on the corridor on 23 April. Residents worried.",
        a.text());
    for (TextSpan s : a.sentences()) {
      assertEquals(a.slice(s), a.text().substring(s.start(), s.end()));
    }
    assertFalse(a.text().chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t'));
  }

  @Test
  void parse_htmlEntityForAnEscape_isRemovedToo() {
    String html = "<html><head><title>Esc&#27;[31mape</title></head><body><article><p>Baku"
        + " opened&#27;[1m a checkpoint on 23 April. Residents worried about the road.</p>"
        + "</article></body></html>";

    Article a = parse("entity.html", html).article();

    assertFalse(a.text().contains("\u001b"), a.text());
    assertTrue(a.text().startsWith("Baku opened a checkpoint"), a.text());
    assertFalse(a.source().title().contains("\u001b"), a.source().title());
  }

  @Test
  void load_symlinkLeavingTheFolder_isSkippedAndReported() throws IOException {
    Path corpus = Files.createDirectories(root.resolve("corpus"));
    Path secret = Files.writeString(root.resolve("secret.txt"),
        "Secret Title\n\nThe password of the server is hunter2. Nobody else knows it.\n");
    Files.writeString(corpus.resolve("a.txt"), "Title\n\n" + BODY);
    Files.createSymbolicLink(corpus.resolve("leak.txt"), secret);
    Files.createSymbolicLink(corpus.resolve("inside.txt"), corpus.resolve("a.txt"));

    Corpus c = CorpusLoader.load(corpus);

    assertEquals(List.of("a"), c.articles().stream().map(Article::id).toList());
    assertEquals(List.of(new LoadReport.Skipped("leak.txt", "a link to a file outside the"
        + " corpus folder; not read (copy the file into the folder instead)")),
        c.report().skipped());
    assertEquals(List.of(new LoadReport.Skipped("inside.txt", "same text as a.txt")),
        c.report().duplicates());
  }

  @Test
  void load_fileThroughALinkedFolderOutside_isSkipped() throws IOException {
    Path corpus = Files.createDirectories(root.resolve("corpus"));
    Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("b.txt"), "Title\n\n" + BODY);
    Files.writeString(corpus.resolve("a.txt"), "Other\n\nA different article entirely. It has"
        + " two sentences.\n");
    Path linkedCorpus = Files.createSymbolicLink(root.resolve("linked"), corpus);
    Files.createSymbolicLink(corpus.resolve("b.txt"), elsewhere.resolve("b.txt"));

    // The corpus folder itself may be reached through a link; only what leaves it is refused.
    Corpus c = CorpusLoader.load(linkedCorpus);

    assertEquals(List.of("a"), c.articles().stream().map(Article::id).toList());
    assertEquals("b.txt", c.report().skipped().get(0).file());
  }
}

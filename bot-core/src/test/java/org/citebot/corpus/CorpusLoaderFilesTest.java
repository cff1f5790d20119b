package org.citebot.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.citebot.text.Article;
import org.citebot.text.Corpus;
import org.citebot.text.LoadReport;
import org.citebot.text.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads real files from a temporary corpus directory. */
class CorpusLoaderFilesTest {

  @TempDir Path dir;

  private static final String ARTICLE = "Checkpoint Opens on the Corridor\n\n"
      + "Baku opened a checkpoint on the corridor on 23 April. Residents worried.\n";

  private void write(String name, String content) throws IOException {
    Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static String reasonFor(Corpus corpus, String file) {
    return corpus.report().skipped().stream().filter(s -> s.file().equals(file))
        .map(LoadReport.Skipped::reason).findFirst().orElse("<not skipped>");
  }

  @Test
  void load_version_isTheSameFingerprintEarlierVersionsWrote() throws IOException {
    // The version keys the answer cache and decides whether a refresh swaps: the SHA-256 of the
    // synonyms' bytes, then each article's file name and bytes, in name order; 16 hex digits.
    write("_synonyms.txt", "stepanakert, khankendi\n");
    write("a_good.txt", ARTICLE);

    assertEquals("3325a1f4b7fe72e7", CorpusLoader.load(dir).version());
  }

  @Test
  void load_badFiles_areSkippedWithReasonsAndGoodOnesLoad() throws IOException {
    write("a_good.txt", ARTICLE);
    Files.write(dir.resolve("b_empty.txt"), new byte[0]);
    Files.write(dir.resolve("c_binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 20, 0, 8, 0});
    write("d_no_body.txt", "twitter\nfacebook\n\nMenu\n");
    write("e_bad_front_matter.md", "---\npublished: 2023-02-30\n---\n" + ARTICLE);
    write("f_notes.pdf", "not an article");
    try (RandomAccessFile big = new RandomAccessFile(dir.resolve("g_big.txt").toFile(), "rw")) {
      big.setLength(ArticleFiles.MAX_FILE_BYTES + 1);
    }

    Corpus corpus = CorpusLoader.load(dir);

    assertEquals(1, corpus.report().loaded());
    assertEquals("a_good", corpus.articles().get(0).id());
    assertEquals("empty file", reasonFor(corpus, "b_empty.txt"));
    assertTrue(reasonFor(corpus, "c_binary.txt").startsWith("binary file"));
    assertTrue(reasonFor(corpus, "d_no_body.txt").startsWith("no article text found"));
    assertEquals("bad front matter in e_bad_front_matter.md, line 2: published '2023-02-30' is"
        + " not a date; use yyyy-mm-dd, e.g. 2023-05-22", reasonFor(corpus, "e_bad_front_matter.md"));
    assertEquals("not an article file (use .txt, .md or .html)", reasonFor(corpus, "f_notes.pdf"));
    assertEquals("too large (5242881 bytes, the limit is 5242880)", reasonFor(corpus, "g_big.txt"));
    assertEquals(6, corpus.report().skipped().size());
  }

  @Test
  void load_windows1252File_isDecodedAndLoaded() throws IOException {
    byte[] bytes = ("Caf\u00e9 Talks Resume in Town\n\nThe owner said \u201cwe are open\u201d again"
        + " on Monday. Guests returned.\n").getBytes(ArticleFiles.FALLBACK_CHARSET);
    assertTrue(containsByte(bytes, 0x93) && containsByte(bytes, 0xE9), "fixture uses cp1252 bytes");
    Files.write(dir.resolve("cp1252.txt"), bytes);

    Corpus corpus = CorpusLoader.load(dir);

    Article a = corpus.articles().get(0);
    assertEquals("Caf\u00e9 Talks Resume in Town", a.source().title());
    assertEquals("The owner said \u201cwe are open\u201d again on Monday. Guests returned.",
        a.text());
  }

  @Test
  void load_sameUrlOrSameText_isKeptOnceAndCountedAsDuplicate() throws IOException {
    write("a.md", "---\nurl: https://x.example/a\n---\n" + ARTICLE);
    write("b.md", "---\nurl: https://x.example/a\n---\nAnother Title Entirely Here\n\n"
        + "Completely different words make this paragraph. It differs.\n");
    write("c.txt", "Same Text Under Another Title\n\n"
        + "Baku opened a checkpoint on the corridor on 23 April. Residents worried.\n");

    Corpus corpus = CorpusLoader.load(dir);

    assertEquals(1, corpus.report().loaded());
    assertEquals(List.of(new LoadReport.Skipped("b.md", "same URL as a.md"),
        new LoadReport.Skipped("c.txt", "same text as a.md")), corpus.report().duplicates());
  }

  @Test
  void load_frontMatter_overridesInferredValues() throws IOException {
    write("a.md", "---\ntitle: Front Matter Title\noutlet: Example Outlet\nauthors: Ann Lee, Bo Chan\n"
        + "published: 2023-04-24\nlanguage: de\n---\n# Inferred Heading Title\n\nMarch 1, 2020\n\n"
        + "Baku opened a checkpoint on the corridor on 23 April.\n");

    Source s = CorpusLoader.load(dir).articles().get(0).source();

    assertEquals(new Source("a", "Front Matter Title", "Example Outlet", List.of("Ann Lee", "Bo Chan"),
        LocalDate.of(2023, 4, 24), null, "de"), s);
  }

  @Test
  void load_htmlFile_usesTheHtmlExtractor() throws IOException {
    write("page.html", "<html lang=en><head><meta property=\"og:title\" content=\"Saved Page\">"
        + "<link rel=canonical href=\"https://x.example/saved\"></head><body><nav><p>Home page"
        + " link list.</p></nav><article><p>The saved page has one sentence.</p></article></body>"
        + "</html>");

    Article a = CorpusLoader.load(dir).articles().get(0);

    assertEquals("Saved Page", a.source().title());
    assertEquals("https://x.example/saved", a.source().url());
    assertEquals("The saved page has one sentence.", a.text());
  }

  private static boolean containsByte(byte[] bytes, int value) {
    for (byte b : bytes) {
      if ((b & 0xff) == value) {
        return true;
      }
    }
    return false;
  }
}

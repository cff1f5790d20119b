package org.citebot.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adds pages served by a real HTTP server on loopback. */
class AddUrlTest {

  static final String ARTICLE_PAGE = """
      <!doctype html>
      <html lang="en">
      <head>
        <title>Lighthouse reopens | Coast Herald</title>
        <meta property="og:site_name" content="Coast Herald">
        <meta property="og:title" content="Kerrow lighthouse reopens after repair">
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@type": "NewsArticle",
         "headline": "Kerrow lighthouse reopens after repair",
         "datePublished": "2024-03-14T08:00:00Z",
         "author": [{"@type": "Person", "name": "Mara Quill"}],
         "publisher": {"@type": "Organization", "name": "Coast Herald"}}
        </script>
      </head>
      <body>
        <nav><ul><li><a href="/">Home</a></li><li><a href="/sport">Sport</a></li></ul></nav>
        <header><div class="logo">Coast Herald</div></header>
        <div class="ad-slot">Buy the best boats at Harbour Marine today.</div>
        <main>
          <article>
            <h1>Kerrow lighthouse reopens after repair</h1>
            <p class="byline">By Mara Quill</p>
            <p>The lighthouse at Kerrow Point reopened to visitors on 12 March after a repair
               that took two winters.</p>
            <div class="advertisement">Subscribe to the Coast Herald for only 1 euro.</div>
            <p>The keeper, Ewan Doyle, said visitors may climb the tower on weekends from April.
               The lamp itself was replaced with a new lens made in Glasgow.</p>
            <p>Local traders hope the reopening will bring walkers back to the headland.</p>
          </article>
          <section class="comments">
            <p>Great news, we will visit soon! Posted by a reader.</p>
          </section>
        </main>
        <footer><p>Copyright Coast Herald. All rights reserved.</p></footer>
      </body>
      </html>
      """;

  @TempDir Path root;
  Path corpus;
  HttpServer server;
  ExecutorService executor;
  String base;

  @BeforeEach
  void setUp() throws IOException {
    corpus = Files.createDirectories(root.resolve("corpus"));
    Articles.write(corpus, "Amber", 3);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    executor = Executors.newCachedThreadPool();
    server.setExecutor(executor);
    server.createContext("/news/lighthouse", ex -> send(ex, 200, "text/html; charset=utf-8",
        ARTICLE_PAGE));
    server.createContext("/moved", ex -> {
      ex.getResponseHeaders().add("Location", "/news/lighthouse");
      send(ex, 301, "text/html", "");
    });
    server.createContext("/missing", ex -> send(ex, 404, "text/html", "<p>Not found</p>"));
    server.createContext("/loop", ex -> {
      ex.getResponseHeaders().add("Location", "/loop");
      send(ex, 302, "text/html", "");
    });
    server.createContext("/report.pdf", ex -> send(ex, 200, "application/pdf", "%PDF-1.4"));
    server.createContext("/huge", AddUrlTest::huge);
    server.createContext("/photo", ex -> {
      // A JPEG's opening bytes, as a misconfigured server might label them.
      byte[] jpeg = new byte[4096];
      for (int i = 0; i < jpeg.length; i++) {
        jpeg[i] = (byte) (i * 31 % 251);
      }
      jpeg[0] = (byte) 0xff;
      jpeg[1] = (byte) 0xd8;
      ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      ex.sendResponseHeaders(200, jpeg.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(jpeg);
      }
    });
    server.createContext("/slow", ex -> {
      try {
        Thread.sleep(3_000);
        send(ex, 200, "text/html", ARTICLE_PAGE);
      } catch (InterruptedException e) {
        ex.close();
      }
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void tearDown() {
    server.stop(0);
    executor.shutdownNow();
  }

  private static void send(HttpExchange ex, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** 50 MB of HTML without a length, streamed: the client must stop reading, not buffer it. */
  private static void huge(HttpExchange ex) throws IOException {
    ex.getResponseHeaders().add("Content-Type", "text/html");
    ex.sendResponseHeaders(200, 0);
    byte[] chunk = "<p>filler text for a page that never ends.</p>\n".repeat(1300)
        .getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = ex.getResponseBody()) {
      for (long sent = 0; sent < 50L * 1024 * 1024; sent += chunk.length) {
        out.write(chunk);
      }
    } catch (IOException e) {
      // the client hung up after its limit, as it should
    }
  }

  private CorpusManager open(boolean allowPrivate, Duration timeout) throws IOException {
    return CorpusManager.open(corpus, root.resolve("data"), new PageFetcher(timeout,
        allowPrivate), Duration.ZERO, Clock.systemUTC());
  }

  private List<String> corpusFiles() throws IOException {
    try (Stream<Path> s = Files.list(corpus)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void addUrl_articlePage_savesCleanArticleWithFrontMatterAndServesIt() throws Exception {
    try (CorpusManager m = open(true, Duration.ofSeconds(5))) {
      CorpusManager.Added a = m.addUrl(base + "/news/lighthouse");

      assertEquals("kerrow-lighthouse-reopens-after-repair", a.source().id());
      assertEquals("Coast Herald", a.source().outlet());
      assertEquals(List.of("Mara Quill"), a.source().authors());
      assertEquals(java.time.LocalDate.of(2024, 3, 14), a.source().published());
      assertEquals(List.of("kerrow-lighthouse-reopens-after-repair"), a.report().added());
      String saved = Files.readString(corpus.resolve("kerrow-lighthouse-reopens-after-repair.md"));
      assertTrue(saved.startsWith("---\ntitle: \"Kerrow lighthouse reopens after repair\"\n"
          + "outlet: \"Coast Herald\"\nauthors: Mara Quill\npublished: 2024-03-14\nurl: " + base
          + "/news/lighthouse\nlanguage: en\n---\n\nThe lighthouse at Kerrow Point reopened"),
          saved);
      for (String chrome : List.of("Harbour Marine", "Subscribe", "Great news", "Copyright",
          "Sport")) {
        assertFalse(saved.contains(chrome), chrome + " in " + saved);
      }
      var answer = m.answers().ask("When did the Kerrow lighthouse reopen?");
      assertTrue(answer.answered(), answer.toString());
      assertEquals(a.source().id(), answer.quotes().get(0).source().id());
      assertTrue(answer.quotes().get(0).text().contains("12 March"), answer.toString());
    }
  }

  @Test
  void addUrl_samePageAgain_saysWhereItIsAndChangesNothing() throws Exception {
    try (CorpusManager m = open(true, Duration.ofSeconds(5))) {
      m.addUrl(base + "/news/lighthouse");
      List<String> before = corpusFiles();

      AdminException same = assertThrows(AdminException.class,
          () -> m.addUrl(base + "/news/lighthouse"));
      AdminException redirected = assertThrows(AdminException.class,
          () -> m.addUrl(base + "/moved"));

      assertEquals(base + "/news/lighthouse is already in the corpus as"
          + " kerrow-lighthouse-reopens-after-repair; nothing was changed", same.getMessage());
      assertTrue(redirected.getMessage().endsWith("is already in the corpus as"
          + " kerrow-lighthouse-reopens-after-repair; nothing was changed"),
          redirected.getMessage());
      assertEquals(before, corpusFiles());
    }
  }

  @Test
  void addUrl_badTargets_eachSaysWhyAndChangesNothing() throws Exception {
    try (CorpusManager m = open(true, Duration.ofMillis(700))) {
      String version = m.corpus().version();
      List<String> before = corpusFiles();

      assertEquals(base + "/missing answered HTTP 404 (page not found); nothing was added",
          refusal(m, base + "/missing"));
      assertEquals("too many redirects from " + base + "/loop (more than 5)",
          refusal(m, base + "/loop"));
      assertEquals(base + "/report.pdf is not a web page (content type application/pdf); only"
          + " HTML pages can be added", refusal(m, base + "/report.pdf"));
      assertEquals("the page at " + base + "/huge is larger than 5 MB; no article page is that"
          + " big, so nothing was added", refusal(m, base + "/huge"));
      long t0 = System.nanoTime();
      assertEquals("127.0.0.1 did not answer within 0.7 s; nothing was added",
          refusal(m, base + "/slow"));
      assertTrue(System.nanoTime() - t0 < 2_500_000_000L, "the time limit held");
      assertEquals("'ftp://example.org/a.html' is not an http or https address; only those can"
          + " be added", refusal(m, "ftp://example.org/a.html"));

      assertEquals(before, corpusFiles());
      assertEquals(version, m.corpus().version());
    }
  }

  @Test
  void addUrl_privateAddressWithoutPermission_isRefused() throws Exception {
    try (CorpusManager m = open(false, Duration.ofSeconds(2))) {
      List<String> before = corpusFiles();

      assertEquals("refusing to fetch " + base + "/news/lighthouse: 127.0.0.1 is a loopback"
          + " address (127.0.0.1), not a public web site (set CITEBOT_ALLOW_PRIVATE_URLS=true to"
          + " allow addresses that are not public)", refusal(m, base + "/news/lighthouse"));
      assertTrue(refusal(m, "http://localhost:" + server.getAddress().getPort() + "/x")
          .contains("is a loopback address"));
      assertEquals(before, corpusFiles());
    }
  }

  @Test
  void addUrl_binaryServedAsHtml_isRefused() throws Exception {
    try (CorpusManager m = open(true, Duration.ofSeconds(2))) {
      List<String> before = corpusFiles();

      assertEquals("the page at " + base + "/photo is binary data, not text, although it says"
          + " text/html; nothing was added", refusal(m, base + "/photo"));
      assertEquals(before, corpusFiles());
    }
  }

  private static String refusal(CorpusManager m, String url) {
    return assertThrows(AdminException.class, () -> m.addUrl(url)).getMessage();
  }
}

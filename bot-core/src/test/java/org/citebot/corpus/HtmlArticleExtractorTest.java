package org.citebot.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {

  /** A news page with the usual chrome around a short article, described by JSON-LD. */
  private static final String NEWS_PAGE = """
      <!doctype html>
      <html lang="en-GB">
      <head>
        <title>Checkpoint Opens on Corridor | Example News</title>
        <meta property="og:title" content="OG title that JSON-LD overrides">
        <meta property="og:site_name" content="Example News">
        <link rel="canonical" href="/world/checkpoint-opens">
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "name": "Example News"},
          {"@type": "NewsArticle", "headline": "Checkpoint Opens on Corridor",
           "datePublished": "2023-04-24T09:30:00+04:00",
           "author": [{"@type": "Person", "name": "Ann Lee"}, {"@type": "Person", "name": "Bo Chan"}],
           "publisher": {"@type": "Organization", "name": "Example News Agency"}}]}
        </script>
        <style>p { color: red; }</style>
      </head>
      <body>
        <header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header>
        <div class="ad-slot">Advertisement: buy things now.</div>
        <main>
          <article>
            <h1>Checkpoint Opens on Corridor</h1>
            <p class="byline">By Ann Lee and Bo Chan</p>
            <figure><img src="a.jpg"><figcaption>Soldiers at the checkpoint. AFP</figcaption></figure>
            <p>Baku opened a checkpoint on the corridor on 23 April.</p>
            <div class="share-buttons"><p>Share this on Twitter.</p></div>
            <p>The move   worried residents,
               who depend on the road.</p>
            <blockquote class="pullquote"><p>"The move worried residents."</p></blockquote>
            <h2>What comes next</h2>
            <p>Talks are planned for June.</p>
            <aside><p>Related: another story you will like.</p></aside>
          </article>
          <section id="comments"><p>Great article, thanks for writing it.</p></section>
        </main>
        <form><p>Sign up for our newsletter.</p></form>
        <footer><p>Example News &copy; 2025. All rights reserved.</p></footer>
      </body>
      </html>
      """;

  @Test
  void extract_newsPage_keepsOnlyArticleParagraphs() {
    CleanPage page = HtmlArticleExtractor.extract(NEWS_PAGE, "https://news.example/world/x?utm=1");
    assertEquals(List.of("Baku opened a checkpoint on the corridor on 23 April.",
        "The move worried residents, who depend on the road.",
        "Talks are planned for June."), page.paragraphs());
  }

  @Test
  void extract_newsPage_readsMetadataFromJsonLdAndCanonicalLink() {
    PageMetadata m = HtmlArticleExtractor.extract(NEWS_PAGE, "https://news.example/world/x")
        .metadata();
    assertEquals(new PageMetadata("Checkpoint Opens on Corridor", "Example News Agency",
        List.of("Ann Lee", "Bo Chan"), LocalDate.of(2023, 4, 24),
        "https://news.example/world/checkpoint-opens", "en"), m);
  }

  @Test
  void extract_pageWithoutJsonLd_fallsBackToMetaTags() {
    String html = """
        <html><head>
          <meta property="og:title" content="Talks Resume in Brussels">
          <meta property="og:site_name" content="Daily Example">
          <meta property="og:url" content="https://daily.example/talks">
          <meta property="article:published_time" content="2023-05-14T08:00:00Z">
          <meta name="author" content="Carla Diaz">
          <meta property="og:locale" content="fr_FR">
        </head><body>
          <div class="content"><p>The leaders met again in Brussels on Sunday.</p>
          <p>Advertisement</p>
          <p>They agreed to meet in June.</p></div>
          <div class="comments-section"><p>I disagree with this article entirely.</p></div>
        </body></html>
        """;
    CleanPage page = HtmlArticleExtractor.extract(html, null);
    assertEquals(new PageMetadata("Talks Resume in Brussels", "Daily Example",
        List.of("Carla Diaz"), LocalDate.of(2023, 5, 14), "https://daily.example/talks", "fr"),
        page.metadata());
    assertEquals(List.of("The leaders met again in Brussels on Sunday.",
        "They agreed to meet in June."), page.paragraphs());
  }

  @Test
  void extract_bareMarkup_usesTitleElementAndBaseUrlAndLeavesRestAbsent() {
    String html = "<title>Plain Page - Some Site</title><p>Only one sentence here.</p>"
        + "<script>{\"broken json</script><script type=\"application/ld+json\">{not json}</script>";
    PageMetadata m = HtmlArticleExtractor.extract(html, "https://site.example/plain").metadata();
    assertEquals(new PageMetadata("Plain Page", null, List.of(), null,
        "https://site.example/plain", null), m);
  }

  @Test
  void extract_textLaidOutWithBreaksInsteadOfParagraphs_isSplitAtBreaks() {
    String html = "<html><body><div class=\"story\">The town council met on Monday evening.<br><br>"
        + "It voted   to reopen\nthe road.<br><br>Photo gallery</div></body></html>";
    assertEquals(List.of("The town council met on Monday evening.", "It voted to reopen the road."),
        HtmlArticleExtractor.extract(html, null).paragraphs());
  }

  @Test
  void extract_pageWithoutParagraphs_hasNoBody() {
    CleanPage page = HtmlArticleExtractor.extract(
        "<html><body><nav><p>Home. World. Sport.</p></nav><div>menu</div></body></html>", null);
    assertFalse(page.paragraphs().iterator().hasNext());
  }
}

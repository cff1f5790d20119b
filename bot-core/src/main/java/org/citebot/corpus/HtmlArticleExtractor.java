package org.citebot.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.citebot.text.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts the article from a saved or fetched web page: its metadata (JSON-LD
 * {@code NewsArticle}/{@code Article}, {@code og:*} and {@code article:*} tags,
 * {@code <meta name=author>}, {@code <link rel=canonical>}, {@code <html lang>}) and its own
 * paragraphs, without navigation, headers, footers, asides, scripts, forms, comments, share
 * widgets, captions or pull quotes.
 *
 * <p>Metadata sources are tried from the most explicit (JSON-LD) to the least (page elements).
 */
public final class HtmlArticleExtractor {

  private static final Logger LOG = LoggerFactory.getLogger(HtmlArticleExtractor.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article",
      "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "blogposting",
      "backgroundnewsarticle", "scholarlyarticle", "report");

  private static final String CHROME = "script, style, noscript, template, nav, header, footer,"
      + " aside, form, iframe, svg, button, figure, figcaption, picture, video, audio, select,"
      + " input, textarea, [role=navigation], [role=banner], [role=contentinfo],"
      + " [role=complementary], [hidden], [aria-hidden=true]";

  /** Class or id words of widgets that sit inside article bodies. */
  private static final Pattern WIDGET = Pattern.compile("(?i)(?:^|[\\s_-])(?:comments?|disqus"
      + "|share|sharing|social|related|newsletter|subscribe|subscription|promo|advert"
      + "|advertisement|ads?|ad-slot|sponsored|sidebar|breadcrumbs?|cookie|popup|modal|pullquote"
      + "|pull-quote|caption|credit|donate|donation|paywall|tags|widget|recommended|read-more"
      + "|more-stories|byline|dateline|author-bio|author-box)(?:$|[\\s_-])");

  private static final int BROKEN_PROSE_MIN_WORDS = 40;

  private HtmlArticleExtractor() {}

  /**
   * Extracts the article.
   *
   * @param html the page's HTML
   * @param baseUrl the address the page came from, or null; resolves relative links and is the
   *     URL when the page names no canonical one
   */
  public static CleanPage extract(String html, String baseUrl) {
    Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
    JsonNode ld = articleJsonLd(doc);
    List<String> bylineAuthors = bylineAuthors(doc);
    String firstHeading = Optional.ofNullable(doc.selectFirst("article h1, main h1, h1"))
        .map(e -> PageText.normalizeSpaces(e.text())).orElse(null);
    Element timeInArticle = doc.selectFirst("article time[datetime], time[datetime]");

    String outlet = first(text(ld, "publisher", "name"), text(ld, "publisher"),
        meta(doc, "og:site_name"), meta(doc, "application-name"));
    String title = first(text(ld, "headline"), meta(doc, "og:title"), meta(doc, "twitter:title"),
        firstHeading, titleWithoutSite(doc.title(), outlet));
    List<String> authors = ldAuthors(ld);
    if (authors.isEmpty()) {
      authors = metaAuthors(doc);
    }
    if (authors.isEmpty()) {
      authors = bylineAuthors;
    }
    LocalDate published = firstDate(text(ld, "datePublished"),
        meta(doc, "article:published_time"), meta(doc, "og:published_time"),
        meta(doc, "date"), meta(doc, "pubdate"), meta(doc, "dc.date"),
        meta(doc, "dc.date.issued"), meta(doc, "datePublished"),
        timeInArticle == null ? null : timeInArticle.attr("datetime"));
    String canonical = Optional.ofNullable(doc.selectFirst("link[rel=canonical][href]"))
        .map(e -> e.absUrl("href")).orElse(null);
    String url = first(httpUrl(canonical), httpUrl(absolute(doc, meta(doc, "og:url"))),
        httpUrl(text(ld, "url")), httpUrl(text(ld, "mainEntityOfPage", "@id")),
        httpUrl(text(ld, "mainEntityOfPage")), httpUrl(baseUrl));
    String language = language(first(doc.select("html").attr("lang"), text(ld, "inLanguage"),
        meta(doc, "og:locale"), meta(doc, "language")));

    PageMetadata metadata =
        new PageMetadata(title, outlet, authors, published, url, language);
    return new CleanPage(metadata, paragraphs(doc));
  }

  private static List<String> paragraphs(Document doc) {
    doc.select(CHROME).remove();
    for (Element e : doc.getAllElements()) {
      String tag = e.normalName();
      if (tag.equals("html") || tag.equals("body") || tag.equals("main")
          || tag.equals("article") || e.parent() == null) {
        continue;
      }
      if (WIDGET.matcher(e.className()).find() || WIDGET.matcher(e.id()).find()) {
        e.remove();
      }
    }
    Element root = mainContent(doc);
    List<String> kept = new ArrayList<>();
    for (Element p : root.select("p, blockquote:not(:has(p)), li:not(:has(p))")) {
      if (p.normalName().equals("li") && p.closest("nav, menu") != null) {
        continue;
      }
      String t = PageText.normalizeSpaces(p.text());
      if (!kept.isEmpty() && PageText.isCutMarker(t)) {
        break;
      }
      if (t.isEmpty() || PageText.isFurniture(t) || PageText.isCutMarker(t)
          || MetadataInference.dateLine(t).isPresent() || MetadataInference.byline(t).isPresent()
          || PageText.isQuestionHeading(t)) {
        continue;
      }
      // Short lines without final punctuation are labels ("Advertisement", "Photo gallery").
      if (!PageText.endsSentence(t) && PageText.wordCount(t) < BROKEN_PROSE_MIN_WORDS) {
        continue;
      }
      kept.add(t);
    }
    if (kept.isEmpty()) {
      return RawPageCleaner.clean(blockText(root)).paragraphs();
    }
    return PageText.withoutPullQuotes(kept);
  }

  /**
   * The element's text with a line per {@code <br>} and a blank line between blocks, for pages
   * that lay out their text without {@code <p>} elements; the raw-text cleaner reads it then.
   */
  private static String blockText(Element root) {
    Element copy = root.clone();
    // Line breaks in the HTML source are only white space; the page's own breaks are elements.
    copy.getAllElements().forEach(e -> e.textNodes().forEach(
        t -> t.text(t.getWholeText().replaceAll("\\s+", " "))));
    copy.select("br").forEach(br -> br.after(new TextNode("\n")));
    copy.select("div, section, p, h1, h2, h3, h4, h5, h6, li, tr, blockquote, pre")
        .forEach(block -> {
          block.prependChild(new TextNode("\n\n"));
          block.appendChild(new TextNode("\n\n"));
        });
    return copy.wholeText();
  }

  /** The element holding the most paragraph text among the usual article containers. */
  private static Element mainContent(Document doc) {
    Element best = null;
    int bestLength = 0;
    for (Element c : doc.select("[itemprop=articleBody], article, main, [role=main]")) {
      int length = c.select("p").text().length();
      if (length > bestLength) {
        best = c;
        bestLength = length;
      }
    }
    return best != null ? best : doc.body();
  }

  private static JsonNode articleJsonLd(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode found = findArticle(JSON.readTree(script.data()));
        if (found != null) {
          return found;
        }
      } catch (JsonProcessingException e) {
        LOG.debug("ignoring unreadable JSON-LD block on page {}: {}", doc.location(),
            e.getOriginalMessage());
      }
    }
    return null;
  }

  private static JsonNode findArticle(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        JsonNode found = findArticle(n);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (!node.isObject()) {
      return null;
    }
    JsonNode type = node.get("@type");
    if (type != null) {
      for (JsonNode t : type.isArray() ? type : List.of(type)) {
        if (ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT))) {
          return node;
        }
      }
    }
    return findArticle(node.get("@graph"));
  }

  /** A text value at a path in the JSON-LD node; objects and arrays yield nothing. */
  private static String text(JsonNode node, String... path) {
    JsonNode n = node;
    for (String key : path) {
      if (n == null) {
        return null;
      }
      if (n.isArray()) {
        n = n.isEmpty() ? null : n.get(0);
      }
      n = n == null ? null : n.get(key);
    }
    if (n != null && n.isArray()) {
      n = n.isEmpty() ? null : n.get(0);
    }
    return n != null && n.isValueNode() ? PageText.normalizeSpaces(n.asText()) : null;
  }

  private static List<String> ldAuthors(JsonNode ld) {
    List<String> out = new ArrayList<>();
    JsonNode author = ld == null ? null : ld.get("author");
    if (author == null) {
      return out;
    }
    for (JsonNode a : author.isArray() ? author : List.of(author)) {
      String name = a.isObject() ? text(a, "name") : a.isValueNode() ? a.asText() : null;
      if (name != null && !name.isBlank() && !out.contains(name.strip())) {
        out.add(name.strip());
      }
    }
    return out;
  }

  private static List<String> metaAuthors(Document doc) {
    String value = first(meta(doc, "author"), meta(doc, "article:author"));
    if (value == null || value.startsWith("http")) {
      return List.of();
    }
    List<String> names = MetadataInference.names(value);
    return names.isEmpty() ? List.of(value) : names;
  }

  private static List<String> bylineAuthors(Document doc) {
    for (Element e : doc.select("[rel=author], [class*=byline], [class*=author]")) {
      String t = PageText.normalizeSpaces(e.text());
      Optional<List<String>> byline = MetadataInference.byline(t);
      if (byline.isPresent()) {
        return byline.get();
      }
      List<String> names = MetadataInference.names(t);
      if (!names.isEmpty() && PageText.wordCount(t) <= 12) {
        return names;
      }
    }
    return List.of();
  }

  /** The content of {@code <meta property=key>} or {@code <meta name=key>}, matched case-blind. */
  private static String meta(Document doc, String key) {
    for (Element m : doc.select("meta[content]")) {
      String k = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name")
          : m.attr("itemprop");
      if (k.equalsIgnoreCase(key) && !m.attr("content").isBlank()) {
        return PageText.normalizeSpaces(m.attr("content"));
      }
    }
    return null;
  }

  private static String titleWithoutSite(String title, String outlet) {
    String t = PageText.normalizeSpaces(title);
    if (t.isEmpty()) {
      return null;
    }
    for (String sep : List.of(" | ", " - ", " \u2013 ", " \u2014 ")) {
      int at = t.lastIndexOf(sep);
      if (at > 0 && (outlet == null
          || t.substring(at + sep.length()).equalsIgnoreCase(outlet))) {
        return t.substring(0, at);
      }
    }
    return t;
  }

  private static LocalDate firstDate(String... values) {
    for (String v : values) {
      Optional<LocalDate> d = MetadataInference.isoDatePrefix(v);
      if (d.isPresent()) {
        return d.get();
      }
    }
    return null;
  }

  private static String absolute(Document doc, String url) {
    if (url == null || url.startsWith("http")) {
      return url;
    }
    Element a = doc.createElement("a").attr("href", url);
    a.setBaseUri(doc.location());
    String abs = a.absUrl("href");
    return abs.isEmpty() ? null : abs;
  }

  private static String httpUrl(String url) {
    return url != null && url.matches("(?i)https?://\\S+") ? url : null;
  }

  private static String language(String value) {
    if (value == null) {
      return null;
    }
    String code = value.strip().toLowerCase(Locale.ROOT);
    return code.matches("[a-z]{2}(?:[-_].*)?") ? code.substring(0, 2) : null;
  }

  @SafeVarargs
  private static <T> T first(T... values) {
    for (T v : values) {
      if (v != null && !(v instanceof String s && s.isBlank())) {
        return v;
      }
    }
    return null;
  }
}

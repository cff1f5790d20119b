package org.citebot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.citebot.answer.Answer;
import org.citebot.answer.Quote;
import org.citebot.answer.SourceSummary;
import org.citebot.chat.BotTexts;
import org.citebot.text.Article;
import org.citebot.text.Source;
import org.junit.jupiter.api.Test;

class DiscordAnswerRendererTest {

  private final DiscordAnswerRenderer renderer = new DiscordAnswerRenderer(() -> 5);
  private final Article crisis = TinyCorpus.crisisGroup();

  @Test
  void answer_quoteIsBlockQuoteWithBoldHighlightsAndCitationNumber() {
    Quote q = TinyCorpus.quote(crisis, 1, "23 April", "checkpoint");
    MessageEmbed embed = renderer.answer(TinyCorpus.answered("When was the checkpoint set up?",
        List.of(q), List.of()));

    assertEquals("> On **23 April**, Baku opened a **checkpoint** on the Lachin corridor, a highway "
        + "traversing Azerbaijani territory that is the only road connecting Armenia to the ethnic "
        + "Armenian\\-populated sections of Nagorno\\-Karabakh. [1]", embed.getDescription());
    assertEquals("When was the checkpoint set up?", embed.getTitle());
  }

  @Test
  void answer_citationField_hasNumberOutletDateAndMaskedLink() {
    Quote q = TinyCorpus.quote(crisis, 1, "checkpoint");
    MessageEmbed embed = renderer.answer(TinyCorpus.answered("q?", List.of(q), List.of()));

    MessageEmbed.Field field = embed.getFields().get(0);
    assertEquals("[1] International Crisis Group, 22 May 2023", field.getName());
    assertEquals("[New Troubles in Nagorno\\-Karabakh: Understanding the Lachin Corridor Crisis]("
        + TinyCorpus.CRISIS_GROUP.url() + ")", field.getValue());
    assertEquals(BotTexts.footer(5), embed.getFooter().getText());
  }

  @Test
  void answer_sourceWithoutUrl_citesTitleWithoutLink() {
    Source noUrl = TinyCorpus.source("x", "A [bracketed] title", "Outlet", null);
    Article a = TinyCorpus.article(noUrl, "The checkpoint opened in April.");
    MessageEmbed embed = renderer.answer(
        TinyCorpus.answered("q?", List.of(TinyCorpus.quote(a, 0)), List.of()));

    assertEquals("A \\[bracketed\\] title", embed.getFields().get(0).getValue());
  }

  @Test
  void answer_twoQuotesFromTwoSources_areNumberedInOrder() {
    Article other = TinyCorpus.article(TinyCorpus.source("o", "Other", "OC Media",
        "https://oc-media.org/x"), "Residents said the checkpoint stayed closed.");
    Answer answer = TinyCorpus.answered("q?",
        List.of(TinyCorpus.quote(crisis, 1), TinyCorpus.quote(other, 0), TinyCorpus.quote(crisis, 2)),
        List.of());
    MessageEmbed embed = renderer.answer(answer);

    String[] quotes = embed.getDescription().split("\n\n");
    assertTrue(quotes[0].endsWith("[1]"));
    assertTrue(quotes[1].endsWith("[2]"));
    assertTrue(quotes[2].endsWith("[1]"));
    assertEquals(2, embed.getFields().size());
  }

  @Test
  void answer_highlightContainingMarkdown_isEscapedInsideBold() {
    Source s = TinyCorpus.source("m", "T", "O", "https://example.org/a");
    Article a = TinyCorpus.article(s, "Prices rose 5*3_x ~fast~ | now.");
    Quote q = TinyCorpus.quote(a, 0, "5*3_x", "now");
    String d = renderer.answer(TinyCorpus.answered("q?", List.of(q), List.of())).getDescription();

    assertEquals("> Prices rose **5\\*3\\_x** \\~fast\\~ \\| **now**. [1]", d);
  }

  @Test
  void answer_highlightWithEdgeSpaces_keepsSpacesOutsideBold() {
    Source s = TinyCorpus.source("m", "T", "O", "https://example.org/a");
    Article a = TinyCorpus.article(s, "The road closed today.");
    Quote q = new Quote(a, 0, a.text().length(), 1, List.of(
        new org.citebot.text.TextSpan(3, 9), new org.citebot.text.TextSpan(9, 16)), null);
    String d = renderer.answer(TinyCorpus.answered("q?", List.of(q), List.of())).getDescription();

    // "road" and "closed" touch: one bold run, and the space stays outside the markers.
    assertEquals("> The **road closed** today. [1]", d);
  }

  @Test
  void answer_quoteSpanningParagraphs_prefixesEveryLine() {
    Source s = TinyCorpus.source("m", "T", "O", "https://example.org/a");
    Article a = new Article(s, "First line.\n\nSecond line.",
        List.of(new org.citebot.text.TextSpan(0, 11), new org.citebot.text.TextSpan(13, 25)),
        List.of(new org.citebot.text.TextSpan(0, 25)), "m.txt");
    Quote q = new Quote(a, 0, 25, 1, List.of(new org.citebot.text.TextSpan(6, 19)), null);
    String d = renderer.answer(TinyCorpus.answered("q?", List.of(q), List.of())).getDescription();

    assertEquals("> First **line.**\n> \n> **Second** line. [1]", d);
  }

  @Test
  void answer_quoteWithMentions_pingsNoOne() {
    Source s = TinyCorpus.source("m", "T", "O", "https://example.org/a");
    Article a = TinyCorpus.article(s, "Tell @everyone and <@123> and @here now.");
    String d = renderer.answer(TinyCorpus.answered("@everyone?", List.of(TinyCorpus.quote(a, 0)),
        List.of())).getDescription();

    assertFalse(d.contains("@everyone"));
    assertFalse(d.contains("@here"));
    assertFalse(d.contains("<@"));
    assertTrue(d.contains("@\u200Beveryone"));
  }

  @Test
  void answer_echoedQuestion_isEscapedAndCannotPing() {
    MessageEmbed embed = renderer.answer(TinyCorpus.answered("**Who** is @everyone? [x](y)",
        List.of(TinyCorpus.quote(crisis, 1)), List.of()));

    assertEquals("\\*\\*Who\\*\\* is @\u200Beveryone? \\[x\\]\\(y\\)", embed.getTitle());
  }

  @Test
  void answer_longQuestion_titleWithin256() {
    String question = "*".repeat(200) + " " + "word ".repeat(80);
    MessageEmbed embed = renderer.answer(
        TinyCorpus.answered(question, List.of(TinyCorpus.quote(crisis, 1)), List.of()));

    assertTrue(embed.getTitle().length() <= 256, "title length " + embed.getTitle().length());
    assertTrue(embed.getTitle().endsWith("…"));
    assertFalse(embed.getTitle().endsWith("\\…"));
  }

  @Test
  void answer_quotesTooLongTogether_dropsWholeQuotesFromTheEnd() {
    Source s = TinyCorpus.source("m", "T", "O", "https://example.org/a");
    String sentence = "The checkpoint " + "stayed closed for days ".repeat(70) + "end.";
    Article a = TinyCorpus.article(s, sentence, sentence.replace("The", "A"), sentence.replace("The", "One"));
    Answer answer = TinyCorpus.answered("q?",
        List.of(TinyCorpus.quote(a, 0, "checkpoint"), TinyCorpus.quote(a, 1), TinyCorpus.quote(a, 2)),
        List.of());
    MessageEmbed embed = renderer.answer(answer);

    String d = embed.getDescription();
    assertTrue(d.length() <= 4096, "description length " + d.length());
    assertEquals(2, d.split("\n\n").length, "two whole quotes fit, the third is dropped");
    assertFalse(d.contains("…"), "dropping whole quotes comes before cutting");
    assertTrue(embed.getLength() <= 6000);
  }

  @Test
  void answer_oneQuoteLongerThanDescription_isCutAtWordWithEllipsisAndBalancedBold() {
    Source s = TinyCorpus.source("m", "T", "O", "https://example.org/a");
    StringBuilder sentence = new StringBuilder();
    for (int i = 0; i < 700; i++) {
      sentence.append("word").append(i).append(" *x* ");
    }
    sentence.append("end.");
    Article a = TinyCorpus.article(s, sentence.toString());
    List<org.citebot.text.TextSpan> highlights = new ArrayList<>();
    for (int at = a.text().indexOf("word"); at >= 0; at = a.text().indexOf("word", at + 40)) {
      highlights.add(new org.citebot.text.TextSpan(at, at + 6));
    }
    Quote q = new Quote(a, 0, a.text().length(), 1, highlights, null);
    String d = renderer.answer(TinyCorpus.answered("q?", List.of(q), List.of())).getDescription();

    assertTrue(d.length() <= 4096, "description length " + d.length());
    assertTrue(d.length() > 3500, "the cut keeps most of the room: " + d.length());
    assertTrue(d.endsWith("… [1]"), d.substring(d.length() - 20));
    assertEquals(0, count(d, "**") % 2, "bold markers are balanced");
    assertFalse(d.contains("\\…"), "the cut never leaves a dangling escape");
    String beforeEllipsis = d.substring(0, d.lastIndexOf('…'));
    assertTrue(beforeEllipsis.endsWith("\\*") || beforeEllipsis.matches("(?s).*\\w\\**$"),
        "cut at a word end: " + beforeEllipsis.substring(beforeEllipsis.length() - 20));
  }

  @Test
  void answer_longTitlesInCitations_keepFieldsAndTotalWithinLimits() {
    List<Quote> quotes = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Source s = TinyCorpus.source("s" + i, "Title ".repeat(300) + i, "Outlet ".repeat(60),
          "https://example.org/" + "p".repeat(300) + i);
      Article a = TinyCorpus.article(s, ("Long quote " + i + " ").repeat(200) + "end.");
      quotes.add(TinyCorpus.quote(a, 0, "quote"));
    }
    MessageEmbed embed = renderer.answer(TinyCorpus.answered("w ".repeat(240), quotes, List.of()));

    for (MessageEmbed.Field f : embed.getFields()) {
      assertTrue(f.getValue().length() <= 1024, "field value " + f.getValue().length());
      assertTrue(f.getName().length() <= 256, "field name " + f.getName().length());
      assertTrue(f.getValue().startsWith("[Title Title"), "still a masked link: " + f.getValue());
    }
    int total = embed.getTitle().length() + embed.getDescription().length()
        + embed.getFooter().getText().length()
        + embed.getFields().stream().mapToInt(f -> f.getName().length() + f.getValue().length()).sum();
    assertTrue(total <= 6000, "total " + total);
  }

  @Test
  void abstention_saysArticlesDontAnswerAndListsRelated() {
    MessageEmbed embed = renderer.answer(TinyCorpus.abstained("Who won the *cup*?",
        List.of(TinyCorpus.CRISIS_GROUP)));

    assertEquals("The articles don't answer that.", embed.getTitle());
    String d = embed.getDescription();
    assertTrue(d.startsWith("**Question:** Who won the \\*cup\\*?"), d);
    assertTrue(d.contains(BotTexts.RELATED_INTRO));
    assertTrue(d.contains("• [New Troubles in Nagorno\\-Karabakh: Understanding the Lachin Corridor "
        + "Crisis](" + TinyCorpus.CRISIS_GROUP.url() + "), International Crisis Group, 22 May 2023"), d);
    assertTrue(embed.getFields().isEmpty());
  }

  @Test
  void abstention_withoutRelated_hasNoRelatedList() {
    MessageEmbed embed = renderer.answer(TinyCorpus.abstained("Who won?", List.of()));

    assertFalse(embed.getDescription().contains(BotTexts.RELATED_INTRO));
  }

  @Test
  void more_withoutFurtherQuotes_saysSo() {
    MessageCreateData data = renderer.more(
        TinyCorpus.answered("q?", List.of(TinyCorpus.quote(crisis, 1)), List.of()));

    assertEquals(DiscordAnswerRenderer.NO_MORE_SOURCES, data.getContent());
  }

  @Test
  void more_withFurtherQuotes_rendersThemAsQuotes() {
    MessageCreateData data = renderer.more(TinyCorpus.answered("q?",
        List.of(TinyCorpus.quote(crisis, 1)), List.of(TinyCorpus.quote(crisis, 2, "clashes"))));

    String d = data.getEmbeds().get(0).getDescription();
    assertTrue(d.startsWith("> Subsequent **clashes** between"), d);
    assertTrue(d.endsWith("[1]"));
  }

  @Test
  void text_longerThanContentLimit_isCutTo2000AndPingsNoOne() {
    MessageCreateData data = DiscordAnswerRenderer.text("@everyone " + "word ".repeat(600));

    assertTrue(data.getContent().length() <= 2000, "content " + data.getContent().length());
    assertTrue(data.getContent().endsWith("…"));
    assertTrue(data.getContent().startsWith("@\u200Beveryone"));
    assertTrue(data.getAllowedMentions().isEmpty());
  }

  @Test
  void sources_manyArticles_arePagedTenAtATime() {
    List<SourceSummary> all = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      all.add(new SourceSummary(TinyCorpus.source("id" + i, "Title " + i, "Outlet", null), 1));
    }
    MessageEmbed page3 = renderer.sources(all, 3);

    assertEquals("Articles in the corpus (page 3 of 3)", page3.getTitle());
    assertEquals(3, page3.getDescription().split("\n").length);
    assertTrue(page3.getDescription().startsWith("**id20**: Title 20, Outlet, 2 January 2023"),
        page3.getDescription());
  }

  @Test
  void source_showsOutletDateLinkAndPassages() {
    MessageEmbed embed = renderer.source(new SourceSummary(TinyCorpus.CRISIS_GROUP, 7));

    assertTrue(embed.getDescription().endsWith("(" + TinyCorpus.CRISIS_GROUP.url() + ")"));
    assertEquals("International Crisis Group", embed.getFields().get(0).getValue());
    assertEquals("22 May 2023", embed.getFields().get(1).getValue());
    assertEquals("7", embed.getFields().get(2).getValue());
  }

  @Test
  void link_urlWithParentheses_isEncodedSoTheLinkHolds() {
    assertEquals("[T](https://en.wikipedia.org/wiki/X_%28y%29)",
        DiscordAnswerRenderer.link("T", "https://en.wikipedia.org/wiki/X_(y)", 1024));
  }

  @Test
  void link_nonHttpUrl_isNotLinked() {
    assertEquals("T", DiscordAnswerRenderer.link("T", "javascript:alert(1)", 1024));
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }

  @Test
  void sources_hostileTitle_reachesTheEmbedWithoutControlOrBidiCharacters() {
    org.citebot.text.Source hostile = TinyCorpus.source("hostile",
        "\u001B[2JBreaking\u0007 news\u202Etxt.exe", "Out\u0000let", "https://example.org/a");
    MessageEmbed embed = new DiscordAnswerRenderer(() -> 1).sources(
        List.of(new org.citebot.answer.SourceSummary(hostile, 1)), 1);
    String all = embed.toData().toString();

    assertTrue(embed.getDescription().contains("Breaking newstxt.exe"), embed.getDescription());
    for (String part : new String[] {embed.getTitle(), embed.getDescription(),
        embed.getFooter().getText()}) {
      for (char c : part.toCharArray()) {
        assertTrue(c == '\n' || (c >= 0x20 && c != 0x7F && (c < 0x80 || c > 0x9F))
            && !(c >= '\u202A' && c <= '\u202E'), "U+" + Integer.toHexString(c) + " in " + all);
      }
    }
  }

  @Test
  void detailsAnswer_listsTheArticlesWithOutletDateAndAuthors_asDetailsNotQuotes() {
    Source withAuthors = new Source("crisis", TinyCorpus.CRISIS_GROUP.title(),
        TinyCorpus.CRISIS_GROUP.outlet(), List.of("Olga Oliker", "Zaur Shiriyev"),
        TinyCorpus.CRISIS_GROUP.published(), TinyCorpus.CRISIS_GROUP.url(), "en");
    Answer a = new Answer("id", "Who wrote the Crisis Group article?", true,
        org.citebot.answer.QuestionType.WHO, List.of(), List.of(), List.of(), List.of(), null, 1,
        List.of(withAuthors));
    MessageEmbed embed = renderer.answer(a);
    assertEquals("From the articles' own details:", embed.getTitle());
    assertTrue(embed.getDescription().contains("International Crisis Group, 22 May 2023; by Olga "
        + "Oliker, Zaur Shiriyev"), embed.getDescription());
    assertTrue(embed.getDescription().startsWith("**Question:** Who wrote the Crisis Group"),
        embed.getDescription());
    assertFalse(embed.getDescription().contains("\u201c"), "no quote marks: these are not quotes");
  }
}

package org.citebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.answer.Answer;
import org.citebot.answer.Quote;
import org.citebot.chat.BotTexts;
import org.citebot.text.Article;
import org.citebot.text.TextSpan;
import org.junit.jupiter.api.Test;

class TelegramHtmlRendererTest {

  private final TelegramHtmlRenderer renderer = new TelegramHtmlRenderer();

  @Test
  void answer_putsQuoteInBlockquoteWithBoldTermsAndLinkedCitation() {
    Quote q = Fixtures.quote(Fixtures.CRISIS, Fixtures.CHECKPOINT_SENTENCE, "23 April 2023",
        "checkpoint");
    List<String> messages =
        renderer.answer(Fixtures.answered("When was the checkpoint set up?", List.of(q), List.of()), 5);

    assertEquals(1, messages.size());
    String m = messages.getFirst();
    assertTrue(m.contains("<blockquote>On 23 April, Baku opened a <b>checkpoint</b> on the Lachin "
        + "corridor, the only road connecting Armenia to Nagorno-Karabakh.</blockquote>"), m);
    assertTrue(m.contains("[1] Crisis Group, 30 May 2023 — <a href=\"https://example.org/report?"
        + "a=1&amp;b=&quot;2&quot;\">Nagorno-Karabakh: the corridor &amp; the checkpoint</a>"), m);
    assertTrue(m.contains("📅 <b>23 April 2023</b>"), m);
    assertTrue(m.endsWith("<i>" + BotTexts.footer(5) + "</i>"), m);
  }

  @Test
  void answer_escapesQuestionAndArticleText() {
    String sentence = "Residents said <script>alert(1)</script> & worse was feared.";
    Quote q = Fixtures.quote(Fixtures.CRISIS, sentence, null, "<script>");
    String m = renderer.answer(
        Fixtures.answered("Is <b>this</b> & that safe?", List.of(q), List.of()), 2).getFirst();

    assertTrue(m.contains("❓ <i>Is &lt;b&gt;this&lt;/b&gt; &amp; that safe?</i>"), m);
    assertTrue(m.contains("Residents said <b>&lt;script&gt;</b>alert(1)&lt;/script&gt; &amp; worse"),
        m);
    assertFalse(m.contains("<script>"), m);
    assertFalse(m.contains("<b>this</b>"), m);
    assertEquals(sentence, visibleText(between(m, "<blockquote>", "</blockquote>")));
  }

  @Test
  void citation_withoutUrlOrOutlet_hasNoLink() {
    String c = renderer.citation(2, Fixtures.NO_LINK.source());
    assertEquals("[2] A report without a link", c);
  }

  @Test
  void answer_abstention_saysNotAnsweredAndListsRelatedArticles() {
    Answer a = Fixtures.abstained("Who won the 1998 World Cup?", List.of(Fixtures.CRISIS.source()));
    String m = renderer.answer(a, 5).getFirst();

    assertTrue(m.contains("<b>" + BotTexts.NOT_ANSWERED + "</b>"), m);
    assertTrue(m.contains(BotTexts.RELATED_INTRO + "\n[1] Crisis Group, 30 May 2023 — <a href="), m);
    assertFalse(m.contains("<blockquote>"), m);
  }

  @Test
  void answer_longQuotes_areSplitBetweenBlocksAndEachMessageFits() {
    Article big = Fixtures.article("big", "Big", "Outlet", null, "https://example.org/big",
        words(1400, 1) + "\n\n" + words(1400, 2) + "\n\n" + words(1400, 3));
    List<Quote> quotes = new ArrayList<>();
    for (TextSpan p : big.paragraphs()) {
      quotes.add(new Quote(big, p.start(), p.end(), 1, List.of(new TextSpan(0, 4)), null));
    }
    List<String> messages =
        renderer.answer(Fixtures.answered("q & a", quotes, List.of()), 1);

    assertTrue(messages.size() >= 2, "expected a split, got " + messages.size());
    int blockquotes = 0;
    for (String m : messages) {
      assertTrue(m.length() <= 4096, "message of length " + m.length());
      assertWellFormed(m);
      blockquotes += count(m, "<blockquote>");
    }
    assertEquals(3, blockquotes);
  }

  @Test
  void quoteBlock_overLongQuote_isCutAtAWordWithEllipsisOutsideTags() {
    String text = words(3000, 7);
    Article big = Fixtures.article("huge", "Huge", "Outlet", null, null, text);
    List<TextSpan> highlights = new ArrayList<>();
    for (int i = 0; i + 6 < text.length(); i += 50) {
      highlights.add(new TextSpan(i, i + 6));
    }
    Quote q = new Quote(big, 0, text.length(), 1, highlights, null);

    List<String> messages = renderer.answer(Fixtures.answered("q", List.of(q), List.of()), 1);

    for (String m : messages) {
      assertTrue(m.length() <= 4096, "message of length " + m.length());
      assertWellFormed(m);
    }
    String body = between(String.join("\n", messages), "<blockquote>", "</blockquote>");
    assertTrue(body.endsWith("…"), body.substring(body.length() - 20));
    String shown = visibleText(body.substring(0, body.length() - 1));
    assertTrue(text.startsWith(shown), "shown text must be an exact prefix of the quote");
    assertTrue(Character.isWhitespace(text.charAt(shown.length())), "cut must fall at a word end");
  }

  @Test
  void answer_randomTextsFullOfMarkup_neverBreakTagsOrEntities() {
    Random random = new Random(42);
    String[] alphabet = {"a", "b", " ", "&", "<", ">", "\"", "'", "é", "—", "😀"};
    for (int round = 0; round < 200; round++) {
      StringBuilder sb = new StringBuilder();
      int len = 50 + random.nextInt(6000);
      while (sb.length() < len) {
        sb.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String text = sb.toString();
      Article a = Fixtures.article("r" + round, "T<" + round, "O&", null, "https://e.org/?a&b", text);
      List<TextSpan> hl = new ArrayList<>();
      for (int i = random.nextInt(20); i + 5 < text.length(); i += 7 + random.nextInt(40)) {
        int start = Character.isLowSurrogate(text.charAt(i)) ? i + 1 : i;
        int end = start + 1 + random.nextInt(4);
        end = Character.isLowSurrogate(text.charAt(end)) ? end + 1 : end;
        hl.add(new TextSpan(start, end));
        i = end;
      }
      Quote q = new Quote(a, 0, text.length(), 1, hl, null);
      int limit = 500 + random.nextInt(3597);
      List<String> messages = new TelegramHtmlRenderer(limit)
          .answer(Fixtures.answered("<q&>", List.of(q, q), List.of()), 1);
      for (String m : messages) {
        assertTrue(m.length() <= limit, "round " + round + ": length " + m.length() + " > " + limit);
        assertWellFormed(m);
      }
    }
  }

  @Test
  void sources_listsEveryArticleWithIdAndLink() {
    List<String> pages = renderer.sources(new Fixtures.FakeAnswers().sources());
    String all = String.join("\n", pages);
    assertTrue(all.contains("<code>crisis</code> Crisis Group, 30 May 2023 — <a href="), all);
    assertTrue(all.contains("<code>nolink</code> A report without a link"), all);
    assertTrue(all.contains("/source &lt;id&gt;"), all);
  }

  @Test
  void sources_titleWithTerminalEscapesAndBidiOverride_reachTheChatWithoutThem() {
    Article hostile = Fixtures.article("hostile", "\u001B[2J\u001B[31mBreaking\u0007 news\u202Etxt.exe",
        "Out\u0000let", null, "https://example.org/a", "Peacekeepers watched the road.");
    List<String> pages = renderer.sources(List.of(
        new org.citebot.answer.SourceSummary(hostile.source(), 1)));
    String all = String.join("\n", pages);

    // The core drops whole escape sequences when the source is made; the adapter drops any
    // control character that is left.
    assertTrue(all.contains("Breaking newstxt.exe"), all);
    assertFalse(all.contains("[2J"), all);
    for (char c : all.toCharArray()) {
      assertTrue(c == '\n' || c == '\t' || (c >= 0x20 && c != 0x7F && (c < 0x80 || c > 0x9F)),
          "control character U+" + Integer.toHexString(c) + " in " + all);
      assertFalse(c >= '\u202A' && c <= '\u202E', "bidi override in " + all);
    }
    assertFalse(TelegramBot.message(new TelegramBot.Target(1, null, null), "a\u001Bb\u202Ec", null)
        .getText().matches("(?s).*[\u001B\u202E].*"), "every sent message is cleaned");
  }

  // ---- helpers ----

  private static final Pattern TAG = Pattern.compile("</?(b|i|code|blockquote|a)( [^>]*)?>");
  private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot);");

  /** Tags balanced and properly nested; every '&' starts an entity; no stray '<' or '>'. */
  static void assertWellFormed(String html) {
    List<String> stack = new ArrayList<>();
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '<') {
        Matcher m = TAG.matcher(html).region(i, html.length());
        assertTrue(m.lookingAt(), "stray '<' at " + i + ": " + snippet(html, i));
        String name = m.group(1);
        if (html.charAt(i + 1) == '/') {
          assertFalse(stack.isEmpty(), "unopened </" + name + "> at " + i);
          assertEquals(name, stack.removeLast(), "misnested tag at " + i);
        } else {
          stack.add(name);
        }
        i = m.end();
      } else if (c == '&') {
        Matcher m = ENTITY.matcher(html).region(i, html.length());
        assertTrue(m.lookingAt(), "broken entity at " + i + ": " + snippet(html, i));
        i = m.end();
      } else {
        assertFalse(c == '>', "stray '>' at " + i);
        if (Character.isHighSurrogate(c)) {
          assertTrue(i + 1 < html.length() && Character.isLowSurrogate(html.charAt(i + 1)),
              "split surrogate pair at " + i);
        }
        i++;
      }
    }
    assertTrue(stack.isEmpty(), "unclosed tags " + stack);
  }

  static String visibleText(String html) {
    return html.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&amp;", "&");
  }

  private static String between(String s, String open, String close) {
    int a = s.indexOf(open);
    int b = s.indexOf(close, a);
    return s.substring(a + open.length(), b);
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static String snippet(String s, int at) {
    return s.substring(Math.max(0, at - 20), Math.min(s.length(), at + 20));
  }

  /** About {@code n} characters of words with markup characters in them. */
  private static String words(int n, int seed) {
    Random r = new Random(seed);
    String[] vocab = {"road", "&", "<b>", "checkpoint", "Lachin", "a", "\"quoted\"", "x>y"};
    StringBuilder sb = new StringBuilder();
    while (sb.length() < n) {
      if (!sb.isEmpty()) {
        sb.append(' ');
      }
      sb.append(vocab[r.nextInt(vocab.length)]);
    }
    return sb.append('.').toString();
  }

  @Test
  void detailsAnswer_listsTheArticlesWithAuthors_inTheMessageAndInline() {
    Article a = Fixtures.article("crisis", "New Troubles", "International Crisis Group",
        java.time.LocalDate.of(2023, 5, 22), "https://example.org/a", "Peacekeepers watched.");
    org.citebot.text.Source withAuthors = new org.citebot.text.Source("crisis", "New Troubles",
        "International Crisis Group", List.of("Olga Oliker"), a.source().published(),
        a.source().url(), "en");
    Answer details = new Answer("id", "Who wrote the Crisis Group article?", true,
        org.citebot.answer.QuestionType.WHO, List.of(), List.of(), List.of(), List.of(), null, 1,
        List.of(withAuthors));
    String all = String.join("\n", renderer.answer(details, 5));
    assertTrue(all.contains("From the articles' own details:"), all);
    assertTrue(all.contains("[1] International Crisis Group, 22 May 2023 — <a href="), all);
    assertTrue(all.contains(" — by Olga Oliker"), all);
    assertTrue(renderer.inlineDetails(details).contains("by Olga Oliker"));
  }
}

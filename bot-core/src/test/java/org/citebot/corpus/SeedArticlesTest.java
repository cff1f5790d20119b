package org.citebot.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.citebot.text.Article;
import org.citebot.text.Corpus;
import org.citebot.text.LoadReport;
import org.citebot.text.Source;
import org.citebot.text.TextSpan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The five default articles, cleaned from their raw pages, pinned fact by fact. */
class SeedArticlesTest {

  private static Corpus corpus;

  @BeforeAll
  static void load() {
    corpus = CorpusLoader.loadDefault();
  }

  /**
   * One seed's expected citation and body.
   *
   * @param absent strings of page furniture that must not survive anywhere (case-blind)
   * @param notParagraphs labels that must not stand as a paragraph of their own
   * @param once text a pull quote repeats, which must appear exactly once
   */
  record Seed(String id, String title, String outlet, List<String> authors, LocalDate published,
      String url, String firstSentence, String lastSentence, List<String> absent,
      List<String> notParagraphs, List<String> once) {
    @Override
    public String toString() {
      return id;
    }
  }

  static Stream<Seed> seeds() {
    return Stream.of(
        new Seed("000_f6cdb95ff72735f9",
            "Russian Peacekeepers Find Themselves Sidelined in Nagorno-Karabakh",
            "The Moscow Times", List.of("Kirill Krivosheev"), LocalDate.of(2023, 1, 3),
            "https://www.themoscowtimes.com/2023/01/03/russian-peacekeepers-find-themselves-"
                + "sidelined-in-nagorno-karabakh-a79868",
            "Russia's invasion of Ukraine has caused the resolution of the Nagorno-Karabakh"
                + " conflict between Armenia and Azerbaijan to drift away from Russia's mediation"
                + " toward that of the West.",
            "After all, the more uncertain tomorrow looks for the Armenians, the more of them will"
                + " leave Nagorno-Karabakh, without waiting to see what happens next.",
            List.of("Related article", "Explainer:", "Alexander Patrin", "TASS", "Original url",
                "themoscowtimes.com", "first published", "Carnegie Endowment",
                "views expressed", "By Kirill", "January 03", "](", "**", "# "),
            List.of(), List.of()),
        new Seed("001_7307909e540cd7b0",
            "White doves not seen in Karabakh skies despite two-year Russian peacekeeping",
            "Caliber.az", List.of(), LocalDate.of(2022, 12, 13), null,
            "Peace is vitally important for our world since its very first days.",
            "So, in this light, a big question remains open: are they really effective in"
                + " safeguarding peace?",
            List.of("twitter", "youtube", "instagram", "apple store", "play market", "night_theme",
                "WHAT ARE YOU LOOKING FOR", "Any use of materials", "Caliber.az \u00a9", "ANALYTICS",
                "Infertile mechanism", "13 December 2022", "Views:", "share", "copy link",
                "\u0421\u0441\u044b\u043b\u043a\u0430", "Analytical materials",
                "A member of the Russian peacekeeping contingent",
                "The new Lachin road which was built",
                "Russian peacekeepers try to block an Azerbaijani journalist"),
            List.of("Armed Armenian gangs", "Misuse of Lachin road",
                "Armed peacekeepers vs peaceful eco-activists", "Caliber.Az", "ru", "arm", "loading"),
            List.of()),
        new Seed("002_f788b1ef0a8ad520",
            "New Troubles in Nagorno-Karabakh: Understanding the Lachin Corridor Crisis",
            "International Crisis Group",
            List.of("Oleg Ignatov", "Olga Oliker", "Zaur Shiriyev", "Olesya Vartanyan"),
            LocalDate.of(2023, 5, 22),
            "https://www.crisisgroup.org/europe-central-asia/caucasus/nagorno-karabakh-conflict/"
                + "new-troubles-nagorno-karabakh-understanding-lachin-corridor-crisis",
            "As peace talks between Armenia and Azerbaijan continue, Baku has opened a checkpoint"
                + " on the Lachin corridor, the sole road connecting Armenia to the Nagorno-Karabakh"
                + " enclave, raising fears of a new surge in fighting.",
            "CONTRIBUTORS Oleg Ignatov, Senior Analyst, Russia Olga Oliker, Program Director,"
                + " Europe and Central Asia Zaur Shiriyev, Analyst, South Caucasus Olesya Vartanyan,"
                + " Former Giustra Fellow, now Senior Analyst for the South Caucasus region at"
                + " Crisis Group",
            List.of("AFP /", "TOFIK BABAYEV", "Published 22 May", "What is happening?", "Why is this move worrying?",
                "How has Baku changed the status quo?", "](#)"),
            List.of("Q&A", "International Crisis Group"),
            List.of("reclamation of sovereignty",
                "Russian officials say they will defend Armenia itself")),
        new Seed("003_42dbc069fe96fea7",
            "Azerbaijan and Armenia Fail to Reach Agreement on Lachin Road",
            "Eurasia Daily Monitor", List.of(), null, null,
            "More than a month has passed since Azerbaijani eco-activists began protesting along"
                + " the section of the Lachin road that passes close to the Azerbaijani city of"
                + " Shusha.",
            "As a result, Moscow has little room to operate when it comes to Karabakh and the"
                + " crisis along the Lachin Corridor, which may underline why it has been slow to"
                + " act.",
            List.of("Publication:", "Volume: 20", "Source: Karabakh Police"),
            List.of(), List.of()),
        new Seed("004_1f3d1865c051622d",
            "Armenia Lashes Out at \u2018Bystander\u2019 Russia Over Karabakh Blockade",
            "The Moscow Times", List.of(), null, null,
            "Armenia on Thursday accused Russian peacekeepers of failing to protect ethnic"
                + " Armenians in the Nagorno-Karabakh region and called for a multinational"
                + " peacekeeping force to step in.",
            "The fighting claimed more than 6,500 lives and ended with a Russian-brokered truce"
                + " that saw Yerevan cede to Baku territories it had controlled for decades.",
            List.of("Support The Moscow Times", "kremlin.ru", "Sign up for our free weekly newsletter",
                "newsletter", "Privacy Policy", "A Message from", "Dear readers", "undesirable",
                "support us monthly", "paiment methods", "Remind me later", "Read more"),
            List.of("Monthly", "Annual", "Continue"), List.of()));
  }

  private static Article article(Seed seed) {
    return corpus.article(seed.id()).orElseThrow(() ->
        new AssertionError("seed " + seed.id() + " not loaded: " + corpus.report()));
  }

  @Test
  void loadDefault_loadsAllFiveSeedsWithoutSkipsOrDuplicates() {
    assertEquals(new LoadReport(5, List.of(), List.of()), corpus.report());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void seed_hasItsCitationMetadata(Seed seed) {
    assertEquals(new Source(seed.id(), seed.title(), seed.outlet(), seed.authors(),
        seed.published(), seed.url(), "en"), article(seed).source());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void seed_bodyRunsFromFirstToLastSentenceOfTheArticle(Seed seed) {
    Article a = article(seed);
    assertEquals(seed.firstSentence(), a.slice(a.sentences().get(0)));
    assertEquals(seed.lastSentence(), a.slice(a.sentences().get(a.sentences().size() - 1)));
    assertTrue(a.text().startsWith(seed.firstSentence()), "no text before the first sentence");
    assertTrue(a.text().endsWith(seed.lastSentence()), "no text after the last sentence");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void seed_noBoilerplateSurvives(Seed seed) {
    Article a = article(seed);
    String lower = a.text().toLowerCase(Locale.ROOT);
    for (String s : seed.absent()) {
      assertFalse(lower.contains(s.toLowerCase(Locale.ROOT)),
          seed.id() + " still contains \"" + s + "\"");
    }
    List<String> paragraphs = a.paragraphs().stream().map(a::slice).toList();
    for (String label : seed.notParagraphs()) {
      assertFalse(paragraphs.contains(label), seed.id() + " kept the label \"" + label + "\"");
    }
    for (String s : seed.once()) {
      assertEquals(a.text().indexOf(s), a.text().lastIndexOf(s),
          seed.id() + " repeats pull-quote text \"" + s + "\"");
      assertTrue(a.text().contains(s), seed.id() + " lost the body text \"" + s + "\"");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void seed_textIsCanonical(Seed seed) {
    Article a = article(seed);
    assertFalse(a.text().contains("\n\n\n"), "paragraphs are separated by one blank line");
    assertFalse(a.text().contains("  "), "single spaces inside paragraphs");
    for (TextSpan p : a.paragraphs()) {
      assertFalse(a.slice(p).contains("\n"), "a paragraph is one line");
    }
    assertEquals(String.join("\n\n", a.paragraphs().stream().map(a::slice).toList()), a.text());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void seed_everySentenceLiesInAParagraphAndStartsLikeASentence(Seed seed) {
    Article a = article(seed);
    for (TextSpan s : a.sentences()) {
      assertTrue(a.paragraphOf(s) >= 0, "sentence " + s + " outside every paragraph");
      String text = a.slice(s);
      char firstLetter = text.chars().filter(Character::isLetter).mapToObj(c -> (char) c)
          .findFirst().orElse('?');
      // A sentence starting in lower case is the second half of a missed page-break rejoin.
      assertFalse(Character.isLowerCase(firstLetter), seed.id() + ": \"" + text + "\"");
    }
  }

  @Test
  void crisisGroup_keepsTheCheckpointSentenceWhole() {
    Article a = corpus.article("002_f788b1ef0a8ad520").orElseThrow();
    assertTrue(a.sentences().stream().map(a::slice).anyMatch(s -> s.equals(
        "On 23 April, Baku opened a checkpoint on the Lachin corridor, a highway traversing"
            + " Azerbaijani territory that is the only road connecting Armenia to the ethnic"
            + " Armenian-populated sections of Nagorno-Karabakh.")));
  }

  @Test
  void crisisGroup_rejoinsPageBreaksAcrossCaptionsAndPullQuotes() {
    String text = corpus.article("002_f788b1ef0a8ad520").orElseThrow().text();
    for (String joined : List.of(
        "on Armenia's side of its state border with Azerbaijan. Then, starting in mid-December",
        "the foreign ministers of Armenia and Azerbaijan in early May.",
        "Perhaps emboldened by Russia\u2019s full-scale war on Ukraine",
        "Indeed, a mid-level Azerbaijani official",
        "their responsibilities when it comes to Nagorno-Karabakh are minimal and based",
        "taking a toll on its economy, which is now riding high")) {
      assertTrue(text.contains(joined), "not rejoined: " + joined);
    }
  }
}

package org.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.citebot.corpus.CorpusLoader;
import org.citebot.text.Article;
import org.citebot.text.Corpus;
import org.citebot.text.LoadReport;
import org.citebot.text.Source;
import org.citebot.text.TextSegmenter;
import org.citebot.text.TextSpan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CorpusAnswerServiceTest {

  private static CorpusAnswerService bot;

  @BeforeAll
  static void load() {
    bot = CorpusAnswerService.create(CorpusLoader.loadDefault());
  }

  @Test
  void ask_whenWasTheCheckpointSetUp_quotesThe23AprilSentenceFromCrisisGroup() {
    Answer a = bot.ask("When was the checkpoint set up?");

    assertTrue(a.answered());
    assertEquals(QuestionType.WHEN, a.type());
    Quote first = a.quotes().get(0);
    assertTrue(first.text().startsWith("On 23 April, Baku opened a checkpoint"), first.text());
    assertEquals("23 April 2023", first.dateLabel());
    Source s = first.source();
    assertEquals("International Crisis Group", s.outlet());
    assertEquals("New Troubles in Nagorno-Karabakh: Understanding the Lachin Corridor Crisis",
        s.title());
    assertEquals("2023-05-22", s.published().toString());
    assertTrue(s.url().startsWith("https://www.crisisgroup.org/"));
    assertEquals(1, a.citationNumber(first));
  }

  /**
   * The spokeswoman's reply runs over three one-sentence paragraphs: the answer quotes the words
   * she said, in order, each an exact slice, not only the sentence that says she replied.
   */
  @Test
  void ask_whatSomeoneSaid_quotesTheSpeechThatGoesOnInTheNextParagraphs() {
    Answer a = bot.ask("What did Zakharova say?");
    assertTrue(a.answered());
    List<String> texts = a.quotes().stream().map(Quote::text).toList();
    assertTrue(texts.get(0).contains("Zakharova rejected Pashinyan's accusation"),
        texts.toString());
    assertTrue(texts.get(1).startsWith("\"The criticism of Russian peacekeepers"),
        texts.toString());
    assertTrue(texts.get(2).startsWith("\"Russian peacekeepers are doing everything possible"),
        texts.toString());
    for (Quote q : a.quotes()) {
      assertEquals(q.text(), q.article().text().substring(q.start(), q.end()));
    }
    // A question that does not ask what was said keeps its quotes to what answers it.
    Answer who = bot.ask("Who is the spokeswoman of the Russian Foreign Ministry?");
    assertTrue(who.quotes().stream().noneMatch(q -> q.text().startsWith("\"The criticism")),
        who.quotes().toString());
  }

  /**
   * "... setting up a checkpoint, Baku appears to be continuing a pattern that first emerged in
   * the 2020 war" has the question's words and a date, but the date is the pattern's: it stands
   * in a relative clause without a word of the question, so the sentence that dates the
   * checkpoint leads.
   */
  @Test
  void ask_when_aDateInAClauseAboutAnotherNoun_doesNotLead() {
    Quote first = bot.ask("When did Baku set up a checkpoint?").quotes().get(0);
    assertTrue(first.text().startsWith("On 23 April, Baku opened a checkpoint"), first.text());
  }

  @Test
  void ask_checkpointQuestionMisspelt_getsTheSameAnswer() {
    Quote first = bot.ask("When was the chekpoint set up?").quotes().get(0);
    assertTrue(first.text().startsWith("On 23 April, Baku opened a checkpoint"), first.text());
  }

  @Test
  void ask_howMany_prefersTheNumberThatCountsWhatWasAsked() {
    Answer a = bot.ask("How many people live in Nagorno-Karabakh?");
    assertTrue(a.quotes().get(0).text().contains("some 120,000 people"), a.toString());
  }

  @Test
  void ask_aboutADay_quotesOnlyParagraphsThatNameIt() {
    Answer named = bot.ask("What happened on 23 April?");
    assertTrue(named.quotes().get(0).text().contains("23 April"), named.toString());
    Answer unnamed = bot.ask("What happened on 5 May?");
    assertFalse(unnamed.answered(), "no article names 5 May: " + unnamed);
  }

  @Test
  void ask_everyQuote_isAnExactSliceWithHighlightsInside() {
    for (String q : List.of("When was the checkpoint set up?", "Who is the Prime Minister of "
        + "Armenia?", "How many Azerbaijani servicemen were injured in the grenade attack?")) {
      Answer a = bot.ask(q);
      for (Quote quote : a.quotes()) {
        assertEquals(quote.article().text().substring(quote.start(), quote.end()), quote.text());
        assertFalse(quote.highlights().isEmpty(), "no matched terms marked in " + quote.text());
        for (TextSpan h : quote.highlights()) {
          assertTrue(h.end() <= quote.text().length());
        }
      }
    }
  }

  @Test
  void ask_highlights_markTheQuestionsWords() {
    Quote q = bot.ask("When was the checkpoint set up?").quotes().get(0);
    Set<String> marked = new HashSet<>();
    q.highlights().forEach(h -> marked.add(h.of(q.text()).toLowerCase()));
    assertTrue(marked.contains("checkpoint"), marked.toString());
    assertTrue(marked.contains("opened"), "the synonym of 'set up' is marked: " + marked);
  }

  @Test
  void ask_outOfCorpusQuestion_abstainsAndListsAtMostThreeRelated() {
    Answer a = bot.ask("Who won the Eurovision Song Contest in 2023?");
    assertFalse(a.answered());
    assertTrue(a.quotes().isEmpty());
    assertTrue(a.related().size() <= 3);
  }

  @Test
  void ask_querySyntax_isReadAsPlainWords() {
    for (String q : List.of("title:*", "\"", "AND", "(", "*a*b*", "peacekeepers AND (Lachin OR",
        "checkpoint~2^10 \\ / : [ ] { } ! -+ &&", "?")) {
      Answer a = bot.ask(q);
      assertEquals(q.strip(), a.question(), "the question is kept as typed");
      assertTrue(a.notes().isEmpty() || !a.answered(), q);
    }
    // Operators and quotes are neither obeyed nor errors: these words find the checkpoint.
    Answer words = bot.ask("\"checkpoint\" AND (opened)");
    assertTrue(words.answered());
    assertTrue(words.quotes().get(0).text().toLowerCase().contains("checkpoint"));
    // A lone operator word is a stop word to the analyser, not a syntax error: nothing to match.
    assertFalse(bot.ask("AND (").answered());
  }

  @Test
  void ask_veryLongQuestion_isShortenedWithANote() {
    String q = "When was the checkpoint set up? " + "again and again ".repeat(700);
    assertTrue(q.length() > 10_000);
    Answer a = bot.ask(q);
    assertTrue(a.question().length() <= AnswerService.MAX_QUESTION_LENGTH);
    assertEquals(1, a.notes().size());
    assertTrue(a.notes().get(0).contains("shortened"), a.notes().toString());
  }

  @Test
  void ask_questionWithEscapeCodesAndBidiOverrides_isAnsweredAsWithoutThem() {
    Answer a = bot.ask("\u001b[31m\u001b]0;title\u0007When was the \u202echeckpoint\u202c set"
        + " up?\u0000\u001b[0m");

    assertTrue(a.answered());
    assertEquals("When was the checkpoint set up?", a.question());
    assertTrue(a.quotes().get(0).text().startsWith("On 23 April, Baku opened a checkpoint"),
        a.quotes().get(0).text());
  }

  @Test
  void ask_blankQuestion_abstainsPolitely() {
    for (String q : new String[] {"", "   ", null, "?!"}) {
      Answer a = bot.ask(q);
      assertFalse(a.answered());
    }
    assertFalse(bot.ask(" ").notes().isEmpty());
  }

  @Test
  void ask_sameQuestionTwice_givesTheSameAnswerFromTheCache() {
    CorpusAnswerService fresh = CorpusAnswerService.create(CorpusLoader.loadDefault());
    Answer first = fresh.ask("Who is the Prime Minister of Armenia?");
    Answer second = fresh.ask("  who is the prime minister of armenia  ");
    assertEquals(first.withQuestion("who is the prime minister of armenia"), second);
    assertEquals("who is the prime minister of armenia", second.question(), "own words echoed");
    assertEquals(1, fresh.cache().statistics().hits());
    assertEquals(1, fresh.cache().statistics().misses());
  }

  @Test
  void ask_quotesFromSeveralArticles_preferDifferentOutlets() {
    Answer a = bot.ask("What is the only road connecting Nagorno-Karabakh with Armenia?");
    assertTrue(a.answered());
    Set<String> outlets = new HashSet<>();
    a.quotes().forEach(q -> outlets.add(q.source().outletOrTitle()));
    assertTrue(outlets.size() >= 2, "quotes from " + outlets);
  }

  @Test
  void ask_spellingsOfOneName_matchThroughSynonymsAndFolding() {
    Answer folded = bot.ask("Which adviser to Erdoğan called the checkpoint an internal matter?");
    assertTrue(folded.answered());
    assertTrue(folded.quotes().get(0).text().contains("Kalin"));
    Answer synonym = bot.ask("Which road connects Armenia to Khankendi?");
    assertTrue(synonym.answered(), "Khankendi = Stepanakert");
    Answer shortName = bot.ask("What did the United States say about the checkpoint?");
    assertTrue(shortName.quotes().get(0).text().contains("The U.S. said the checkpoint"),
        shortName.toString());
    Answer demonym = bot.ask("What did France say?");
    assertTrue(demonym.quotes().get(0).text().contains("The French foreign ministry"),
        demonym.toString());
  }

  @Test
  void ask_monthAndYear_matchAnAbbreviatedDateInItsArticlesYear() {
    Article road = TextSegmenter.article(new Source("r", "Road", "Example News", List.of(),
        java.time.LocalDate.of(2023, 1, 3), null, "en"),
        "Since Dec. 12, activists have blocked the mountain road to the valley.", "r.txt");
    Article other = TextSegmenter.article(new Source("o", "Ferries", "Other News", List.of(),
        java.time.LocalDate.of(2022, 6, 1), null, "en"),
        "In 2022 the ferries kept running on the lake.", "o.txt");
    Corpus corpus = new Corpus(List.of(road, other), new LoadReport(2, List.of(), List.of()),
        "v1", List.of());
    Answer a = CorpusAnswerService.create(corpus)
        .ask("Who blocked the mountain road in December 2022?");
    assertTrue(a.answered(), "Dec. 12 in an article of January 2023 is December 2022: " + a);
    Quote q = a.quotes().get(0);
    Set<String> marked = new HashSet<>();
    q.highlights().forEach(h -> marked.add(h.of(q.text()).toLowerCase()));
    assertTrue(marked.contains("dec"), marked.toString());
  }

  @Test
  void ask_onTinyCorpus_answersFromItsOnlyArticle() {
    Article a = TextSegmenter.article(new Source("x", "Lighthouses", "Example News", null, null,
        null, "en"), "The old lighthouse was built in 1874. It was automated in 1990.", "x.txt");
    Corpus corpus = new Corpus(List.of(a), new LoadReport(1, List.of(), List.of()), "v1",
        List.of());
    Answer answer = CorpusAnswerService.create(corpus).ask("When was the lighthouse built?");
    assertTrue(answer.answered());
    assertEquals("The old lighthouse was built in 1874.", answer.quotes().get(0).text());
  }

  private static Answer askOne(String text, String question) {
    Article a = TextSegmenter.article(new Source("x", "Harbour", "Example News", null, null,
        null, "en"), text, "x.txt");
    Corpus corpus = new Corpus(List.of(a), new LoadReport(1, List.of(), List.of()), "v1",
        List.of());
    return CorpusAnswerService.create(corpus).ask(question);
  }

  /** The texts of an answer's quotes, in order. */
  private static List<String> texts(Answer a) {
    return a.quotes().stream().map(Quote::text).toList();
  }

  /** Asks {@code question} of a one-article corpus of each text: only the first answers it. */
  private static void assertAnsweredOnlyBy(
      String question, String answering, String notAnswering, String why) {
    assertTrue(askOne(answering, question).answered(), answering);
    Answer wrong = askOne(notAnswering, question);
    assertFalse(wrong.answered(), why + ": " + wrong);
  }

  @Test
  void ask_answerInTheSentenceAfterTheOneTheQuestionEchoes_quotesBothAsWritten() {
    String echo = "The city council approved a new harbour bridge after a long debate.";
    String answer = "The vote took place on 12 March 1921.";
    Answer a = askOne(echo + " " + answer + " Ferries kept running all year.",
        "When did the council approve the harbour bridge?");
    assertTrue(a.answered(), "the date's sentence answers with the one it follows");
    assertEquals(echo + " " + answer, a.quotes().get(0).text());
    assertEquals("12 March 1921", a.quotes().get(0).dateLabel());
  }

  @Test
  void ask_dateOnlyInTheSentenceBeforeTheOneThatMatches_isNotTheAnswer() {
    Answer a = askOne("Even before 2019, the council doubted the plan. Since then, the city council "
        + "has approved a new harbour bridge.", "When did the council approve the harbour bridge?");
    assertFalse(a.answered(), "2019 is what the matching sentence looks back on: " + a);
  }

  @Test
  void ask_whatSomeoneSaid_needsNotTheVerbOfTheQuestion() {
    String quoted = "“We will rebuild the harbour within a year,” the minister told reporters.";
    Answer a = askOne("The minister visited the port on Monday. " + quoted,
        "What did the minister say about the harbour?");
    assertTrue(a.answered(), a.toString());
    assertTrue(a.quotes().get(0).text().endsWith(quoted), a.quotes().get(0).text());
  }

  @Test
  void ask_withALightVerb_needsNotFindIt() {
    Answer a = askOne("The traders arrived from Tabriz in early spring. The market opened late.",
        "Where did the traders come from?");
    assertTrue(a.answered(), a.toString());
    assertTrue(a.quotes().get(0).text().startsWith("The traders arrived from Tabriz"));
  }

  @Test
  void ask_misspeltWord_matchesTheCorpusWordNearestInSpelling() {
    String text = "The lighthouse keeper recorded the worst storm in 1921. "
        + "Ferries kept running all year.";
    Answer a = askOne(text, "When did the lighthuose keeper record the worst strom?");
    assertTrue(a.answered(), "stroms = storms, lighthuose = lighthouse: " + a);
    Quote q = a.quotes().get(0);
    assertTrue(q.text().startsWith("The lighthouse keeper"), q.text());
    Set<String> marked = new HashSet<>();
    q.highlights().forEach(h -> marked.add(h.of(q.text()).toLowerCase()));
    assertTrue(marked.containsAll(Set.of("lighthouse", "storm")), marked.toString());
  }

  @Test
  void ask_howManyOfAUnit_leadsWithTheMeasure_writtenOutOrAsItsSymbol() {
    String filler = "Talks on the harbour road went on for as long as the strike lasted.";
    String symbol = "The new harbour road is 32 km long.";
    Answer a = askOne(filler + " " + symbol, "How many kilometres long is the harbour road?");
    assertEquals(symbol, texts(a).get(0), a.toString());
    String written = "The new harbour road is a 32-kilometre-long highway.";
    Answer b = askOne(filler + " " + written, "How many kilometres long is the harbour road?");
    assertEquals(written, texts(b).get(0), b.toString());
  }

  @Test
  void ask_englishWordTheCorpusLacks_isNotReadAsAMisspelling() {
    String text = "The manager greeted every user of the theatre in 1921. "
        + "Ferries kept running all year.";
    assertTrue(askOne(text, "When did the manager greet every user?").answered());
    assertFalse(askOne(text, "When did the manager greet the usher?").answered(),
        "usher is a word, not a misspelt user");
  }

  @Test
  void ask_dateFarFromTheQuestionsWords_isNotTheAnswersDate() {
    assertAnsweredOnlyBy("When did the council approve the harbour bridge?",
        "The council approved the harbour bridge in 1921, a decision that its critics said would "
            + "only repeat all the old mistakes.",
        "The council approved the harbour bridge, a decision that its critics said would only "
            + "repeat all the old mistakes of the 1921 flood.",
        "1921 dates the flood, not the approval");
  }

  @Test
  void ask_fewStrongQuotes_addsTheBestParagraphsNearlyAsGoodSentences() {
    String best = "Work on the harbour bridge started in May 1921.";
    String beside = "The harbour bridge was opened in 1923.";
    Answer a = askOne(best + " " + beside + "\n\nFerries kept running all year.",
        "When did work on the harbour bridge start?");
    assertEquals(List.of(best, beside), texts(a), a.toString());
  }

  @Test
  void ask_aQuoteThatLacksAHeavyWord_onlySupportsAnAnswer() {
    String answers = "Anna Berg drew the plans for the Vesterbro bridge.";
    String supports = "The bridge was designed by Carl Olsen.";
    String filler = " Ferries kept running all year.";
    String question = "Who designed the Vesterbro bridge?";
    Answer a = askOne(answers + filler + "\n\n" + supports + filler, question);
    assertEquals(List.of(answers, supports), texts(a),
        "the quote that answers comes first, however close the other: " + a);
    assertFalse(askOne(filler + "\n\n" + supports + filler, question).answered(),
        "a bridge that is never called the Vesterbro bridge cannot answer alone");
  }

  @Test
  void ask_neverShowsASentenceTwice_aQuoteThatContinuesAnotherJoinsIt() {
    String opened = "The Vesterbro bridge was opened by Mayor Nils Holm in 1921.";
    String designed = "It was designed by Anna Berg.";
    Answer a = askOne(opened + " " + designed + " Ferries kept running all year.",
        "Who designed the Vesterbro bridge?");
    assertEquals(List.of(opened + " " + designed), texts(a),
        "\"It was designed...\" is quoted after the sentence it leans on, which is a quote of its "
            + "own too: " + a);
  }

  @Test
  void ask_howManyInUnitsTheTextAbbreviates_isAnswered() {
    Answer a = askOne("The harbour tunnel runs for 12 km under the bay. Ferries kept running.",
        "How many kilometres does the harbour tunnel run?");
    assertTrue(a.answered(), "km are kilometres, and British spelling is no obstacle: " + a);
  }

  @Test
  void ask_howLong_theAnswerNeedNotSayLong() {
    Answer a = askOne("The strike went on for three weeks. Ferries kept running all year.",
        "How long did the strike go on?");
    assertEquals(List.of("The strike went on for three weeks."), texts(a), a.toString());
  }

  @Test
  void ask_negatedQuestion_isAnsweredOnlyByAQuoteThatDenies() {
    String question = "When was the town hall not rebuilt?";
    assertFalse(askOne("The town hall was rebuilt in 1950. Ferries kept running all year.",
        question).answered(), "rebuilt in 1950 does not say when it was not");
    String denies = "The town hall was not rebuilt until 1950.";
    Answer a = askOne(denies + " Ferries kept running all year.", question);
    assertTrue(a.answered(), a.toString());
    assertEquals(denies, a.quotes().get(0).text());
    assertTrue(askOne("In 1950 the council refused to rebuild the town hall. Ferries kept "
        + "running all year.", "When did the council not rebuild the town hall?").answered(),
        "a refusal denies too");
  }

  @Test
  void ask_howMany_needsAQuoteThatNamesWhatIsCounted() {
    assertAnsweredOnlyBy("How many tanks does the harbour garrison keep near the old fort?",
        "The harbour garrison keeps 40 tanks near the old fort. Ferries kept running all year.",
        "The harbour garrison keeps 40 soldiers near the old fort. Ferries kept running all year.",
        "40 soldiers are not tanks");
  }

  @Test
  void ask_howMany_acceptsWordsThatCountWithoutNamingIt() {
    assertAnsweredOnlyBy("How many times has the harbour club won the regional cup?",
        "The harbour club has won the regional cup twice. Ferries kept running all year.",
        "The harbour club has won the regional cup with 11 players. Ferries kept running all year.",
        "11 players are not a number of times");
    assertAnsweredOnlyBy("How much money could the ferry company claim from the council?",
        "The ferry company could claim 6 million lira from the council. Ferries kept running.",
        "The ferry company could claim 6 berths from the council. Ferries kept running.",
        "berths are not money");
  }

  /** The first quote answering {@code question} from a one-article corpus of {@code text}. */
  private static String firstQuote(String text, String question) {
    Answer a = askOne(text, question);
    assertTrue(a.answered(), a.toString());
    return a.quotes().get(0).text();
  }

  @Test
  void ask_sentenceThatGoesOnFromTheAnswer_isQuotedWithIt() {
    String echo = "In April the admiral sailed from the old port with a large fleet to reach the "
        + "island of Kos.";
    String goesOn = "But a storm scattered the ships.";
    String then = "It was the worst in living memory.";
    String question = "What stopped the admiral's fleet from reaching the island of Kos?";
    assertEquals(echo + " " + goesOn,
        firstQuote(echo + " " + goesOn + " The harbour master kept a log all year.", question));
    assertEquals(echo,
        firstQuote(echo + " A storm scattered the ships. The harbour master kept a log.", question),
        "a sentence that stands alone stays apart");
    assertEquals(echo + " " + goesOn + " " + then,
        firstQuote(echo + " " + goesOn + " " + then + " The harbour master kept a log.", question),
        "and the one after, when it goes on in turn");
  }

  @Test
  void ask_when_aSentenceThatGoesOnWithAnotherDate_joinsOnlyALeadThatLeavesTheQuestionPartOut() {
    String lead = "The harbour exchange first opened in 1817 and traded until the war.";
    String goesOn = "It was re-established in April 1991.";
    String article = lead + " " + goesOn + " Ferries kept running all year.";
    assertEquals(lead + " " + goesOn,
        firstQuote(article, "When was the harbour exchange that first opened in 1817 revived?"));
    assertEquals(lead, firstQuote(article, "When was the harbour exchange first opened?"),
        "the lead answers all of it");
  }

  @Test
  void ask_neighboursTheRankingCannotTellApart_quotedTwoAtMost() {
    String march = "The council voted on the budget in March.";
    String may = "The council voted on the budget in May.";
    String june = "The council voted on the budget in June.";
    Answer a = askOne(march + " " + may + " " + june, "When did the council vote on the budget?");
    assertEquals(march + " " + may, a.quotes().get(0).text());
    assertEquals(june, a.quotes().get(1).text(), "no sentence is quoted twice");
  }

  @Test
  void ask_aboutAYearTheMatchingParagraphNeverNames_abstains() {
    Article bridge = TextSegmenter.article(new Source("b", "Bridge", "Example News", null, null,
        null, "en"), "The harbour authority opened a new bridge on the waterfront in 1932.", "b.txt");
    Article museum = TextSegmenter.article(new Source("m", "Museum", "Other News", null, null,
        null, "en"), "The museum, founded in the 1930s, moved to a larger building in 1950.",
        "m.txt");
    Corpus corpus = new Corpus(List.of(bridge, museum), new LoadReport(2, List.of(), List.of()),
        "v1", List.of());
    CorpusAnswerService service = CorpusAnswerService.create(corpus);
    assertTrue(service.ask("What did the harbour authority open on the waterfront in 1932?")
        .answered());
    Answer other = service.ask("What did the harbour authority open on the waterfront in 1950?");
    assertFalse(other.answered(), "the bridge paragraph says 1932, not 1950: " + other);
    assertTrue(service.ask("What did the harbour authority open on the waterfront in the 1930s?")
        .answered(), "a decade is not a number the paragraph must repeat");
  }

  @Test
  void sources_listsTheFiveArticlesWithPassageCounts() {
    assertEquals(5, bot.sources().size());
    bot.sources().forEach(s -> assertTrue(s.passages() > 0, s.toString()));
    assertTrue(bot.source("002_f788b1ef0a8ad520").isPresent());
    assertTrue(bot.source("nope").isEmpty());
  }
}

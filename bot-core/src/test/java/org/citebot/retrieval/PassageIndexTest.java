package org.citebot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citebot.text.Article;
import org.citebot.text.Corpus;
import org.citebot.text.LoadReport;
import org.citebot.text.Source;
import org.citebot.text.TextSegmenter;
import org.junit.jupiter.api.Test;

class PassageIndexTest {

  private static PassageIndex index(String text) {
    Article a = TextSegmenter.article(new Source("x", "Harbour", "Example News", null, null, null,
        "en"), text, "x.txt");
    return PassageIndex.build(new Corpus(List.of(a), new LoadReport(1, List.of(), List.of()),
        "v1", List.of()));
  }

  @Test
  void parse_misspeltWords_becomeTheCorpusTermsNearestInSpelling() {
    PassageIndex index = index("The lighthouse keeper logged the storm over Stepanakert.");
    assertEquals(List.of(List.of("lighthous"), List.of("keeper"), List.of("stepanakert")),
        index.parse("lighthuose keeper Stepanakret").concepts());
  }

  @Test
  void parse_looksUpAFewMisspellingsAtMost() {
    PassageIndex index = index("Aldebaran Betelgeuse Capella Deneb Elnath Fomalhaut shone.");
    List<List<String>> concepts =
        index.parse("Aldebaren Betelgeuze Capela Denneb Elnatt Fomalhaud").concepts();
    assertEquals(List.of("aldebaran", "betelgeus", "capella", "deneb"),
        concepts.subList(0, QuestionTerms.MAX_CORRECTION_LOOKUPS).stream()
            .map(c -> c.get(0)).toList());
    assertEquals(List.of(List.of("elnatt"), List.of("fomalhaud")),
        concepts.subList(QuestionTerms.MAX_CORRECTION_LOOKUPS, concepts.size()));
  }

  @Test
  void irregularPastForms_matchTheirVerb() {
    PassageIndex index = index("The monks fled to southern Italy. The abbot stayed in Normandy.");
    List<List<String>> concepts = index.parse("Where did the monks flee to?").concepts();
    assertEquals(List.of(List.of("monk"), List.of("flee")), concepts);
    assertEquals(1, index.searchSentences(index.parse("Who would flee?"), 5).size());
    assertEquals("bui", index.parse("Who bought it?").concepts().get(0).get(0),
        "a past form stems as its verb's other forms do (\"buys\")");
  }

  @Test
  void parse_twoWordsTheCorpusWritesAsOneMatchIt() {
    PassageIndex index = index("AppleTalk was a suite of protocols. Ferries kept running.");
    ParsedQuestionIds ids = new ParsedQuestionIds(index, "What was Apple Talk?");
    int joined = index.termId("appletalk");
    assertTrue(ids.idsOf(0).contains(joined) && ids.idsOf(1).contains(joined),
        "both words' concepts have the joined term");
    assertEquals(1, index.searchSentences(index.parse("What was Apple Talk?"), 5).size());
    assertEquals(java.util.Set.of(-1),
        new ParsedQuestionIds(index, "Was it talk apple?").idsOf(0), "only in the corpus's order");
  }

  @Test
  void irregularPlurals_matchTheirSingular() {
    PassageIndex index = index("3,600 Frenchmen held the fort. The crises passed. Omens were bad.");
    assertEquals(1, index.searchSentences(index.parse("How many Frenchman fought?"), 5).size(),
        "a compound of man, found from the word list");
    assertEquals(1, index.searchSentences(index.parse("Which crisis?"), 5).size(),
        "a plural listed in irregular-nouns.txt");
    assertEquals(List.of(List.of("omen")), index.parse("omen").concepts(),
        "omen is no plural of oman");
  }

  @Test
  void parse_aStemAlsoFindsTheLongerFormsOfTheCorpus() {
    PassageIndex index = index("The marriage of Emma sealed it. The mar was wide.");
    ParsedQuestionIds ids = new ParsedQuestionIds(index, "Who did Emma marry?");
    assertEquals(List.of("emma", "marri"), ids.concepts());
    assertEquals(java.util.Set.of(-1, index.termId("marriag")), ids.idsOf(1),
        "marry's stem (not in the corpus) begins marriage's, which the stemmer leaves apart");
    assertEquals(java.util.Set.of(index.termId("mar")),
        new ParsedQuestionIds(index, "mar").idsOf(0), "too short a stem to extend");
  }

  /** A parsed question's first terms and term ids, concept by concept. */
  private record ParsedQuestionIds(PassageIndex index, String question) {
    List<String> concepts() {
      return index.parse(question).concepts().stream().map(c -> c.get(0)).toList();
    }

    java.util.Set<Integer> idsOf(int concept) {
      java.util.Set<Integer> out = new java.util.HashSet<>();
      for (int id : index.parse(question).conceptIds()[concept]) {
        out.add(id);
      }
      return out;
    }
  }

  @Test
  void britishAndAmericanSpellings_match() {
    PassageIndex index = index("France has criticised Baku. The defence ministry spoke.");
    assertEquals(1, index.searchSentences(index.parse("Who criticized it?"), 5).size());
    assertEquals(1, index.searchSentences(index.parse("Whose defense?"), 5).size());
    assertEquals(List.of(List.of("promis"), List.of("fourth")),
        index.parse("promise fourth").concepts(), "no American word to turn these into");
  }

  @Test
  void capitalUS_isTheUnitedStates_notThePronoun() {
    PassageIndex index = index("The U.S. said the checkpoint undermines confidence. "
        + "Please support us monthly.");
    List<Scored<SentenceRef>> hits = index.searchSentences(index.parse("What did the US say?"), 5);
    assertEquals(1, hits.size(), "only the sentence about the United States");
    assertTrue(hits.get(0).item().text().startsWith("The U.S. said"));
    assertEquals(1, index.searchSentences(index.parse("What did the United States say?"), 5)
        .size());
    assertEquals(1, index.searchSentences(index.parse("Who asked us to support them?"), 5)
        .stream().filter(h -> h.item().text().startsWith("Please")).count());
  }
}

package org.citebot.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.citebot.text.Article;
import org.citebot.text.Corpus;
import org.citebot.text.Source;

/**
 * Questions about the articles themselves rather than what they say: who wrote one, when or
 * where it appeared, which outlets the corpus has. Their answer is the articles' own details
 * (outlet, authors, date, link), which no sentence of the text may hold, so they are answered
 * from the sources, shown as details and never as quotes. A question that asks about an article
 * but names none the corpus has is left to the quote pipeline.
 */
final class SourceQuestions {

  private static final Pattern AUTHOR = Pattern.compile("(?i)\\b(?:who|whom)\\b[^?]*\\b(?:wrote|"
      + "written|write|writes|authored|contributed)\\b|\\b(?:authors?|contributors?|byline)\\b");
  private static final Pattern PUBLISHED = Pattern.compile("(?i)\\b(?:when|what date|which date|"
      + "what day)\\b[^?]*\\b(?:published|released|posted|appeared|dated)\\b"
      + "|\\bpublication date\\b");
  private static final Pattern WHERE = Pattern.compile("(?i)\\b(?:where|in which|which (?:outlet|"
      + "publication|site|website|newspaper|paper|magazine))\\b[^?]*\\b(?:published|appeared|"
      + "ran|run|posted)\\b");
  /** A word that makes the question one about an article rather than about its subject. */
  private static final Pattern ARTICLE = Pattern.compile("(?i)\\b(?:article|report|piece|"
      + "analysis|story|commentary|op-ed|publication)\\b");
  private static final Pattern OUTLETS = Pattern.compile("(?i)\\b(?:which|what)\\s+(?:outlets|"
      + "sources|publications|newspapers|media|websites)\\b");
  /** The words a question about the corpus's outlets is made of; any other word is a subject. */
  private static final Set<String> ABOUT_THE_CORPUS = Set.of("which", "what", "outlets", "sources",
      "publications", "newspapers", "media", "websites", "articles", "article", "corpus", "quote",
      "quotes", "use", "uses", "have", "has", "come", "comes", "from", "you", "your", "do", "does",
      "are", "is", "the", "bot", "in", "of", "there");
  /** Words of the patterns above and common words, which say nothing about which article. */
  private static final Set<String> NOT_A_TITLE_WORD = Set.of("who", "whom", "wrote", "written",
      "write", "writes", "authored", "author", "authors", "byline", "when", "what", "which", "date",
      "day", "published", "released", "posted", "appeared", "dated", "publication", "where",
      "outlet", "site", "website", "newspaper", "paper", "magazine", "ran", "run", "article",
      "report", "piece", "analysis", "story", "commentary", "op-ed", "the", "was", "were", "is",
      "are", "did", "does", "about", "this", "that", "on", "in", "of", "a", "an", "by", "and");

  private final List<Source> sources = new ArrayList<>();

  SourceQuestions(Corpus corpus) {
    for (Article a : corpus.articles()) {
      sources.add(a.source());
    }
  }

  /** The articles whose details answer the question, or empty when it is not about them. */
  List<Source> answer(Question q) {
    String text = q.text();
    if (OUTLETS.matcher(text).find() && onlyAboutTheCorpus(q)) {
      return onePerOutlet();
    }
    boolean aboutAnArticle = AUTHOR.matcher(text).find() || PUBLISHED.matcher(text).find()
        || WHERE.matcher(text).find();
    if (!aboutAnArticle || (q.outlet() == null && !ARTICLE.matcher(text).find())) {
      return List.of();
    }
    List<Source> candidates = new ArrayList<>();
    for (Source s : sources) {
      if (q.outlet() == null || q.outlet().equals(s.outlet())) {
        candidates.add(s);
      }
    }
    List<Source> byTitle = bestTitles(q, candidates);
    if (!byTitle.isEmpty()) {
      return byTitle;
    }
    return q.outlet() != null ? candidates : List.of();
  }

  private static boolean onlyAboutTheCorpus(Question q) {
    for (String w : q.words()) {
      if (!w.isEmpty() && !ABOUT_THE_CORPUS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** The first article of each outlet (or title, where the outlet is unknown), in corpus order. */
  private List<Source> onePerOutlet() {
    Map<String, Source> out = new LinkedHashMap<>();
    for (Source s : sources) {
      out.putIfAbsent(s.outletOrTitle(), s);
    }
    return List.copyOf(out.values());
  }

  /** The candidates whose titles share the most words with the question (at least one). */
  private static List<Source> bestTitles(Question q, List<Source> candidates) {
    Set<String> asked = new HashSet<>(q.words());
    asked.removeAll(NOT_A_TITLE_WORD);
    int best = 0;
    List<Source> out = new ArrayList<>();
    for (Source s : candidates) {
      int shared = 0;
      for (String w : s.title().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'’-]+")) {
        if (w.length() > 2 && asked.contains(w)) {
          shared++;
        }
      }
      if (shared > best) {
        best = shared;
        out.clear();
      }
      if (shared == best && shared > 0) {
        out.add(s);
      }
    }
    return out;
  }
}

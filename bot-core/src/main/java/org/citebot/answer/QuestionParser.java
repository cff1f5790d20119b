package org.citebot.answer;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.retrieval.ParsedQuestion;
import org.citebot.retrieval.Retriever;
import org.citebot.text.Article;

/** Analyses a question once into a {@link Question}, against one corpus's terms. Thread-safe. */
final class QuestionParser {

  /**
   * How much a common word of the question weighs, against a name, in what a quote may lack: verbs
   * and common nouns are paraphrased ("Who did Emma marry?" is answered by "the marriage of
   * Emma"), names seldom are. On SQuAD, with the rule that a negated question needs a negated
   * answer, 0.8 answers 52 more of the 2,910 answerable questions and still abstains on more of
   * the unanswerable ones than before both (13.8% against 11.0%).
   */
  static final double PARAPHRASABLE = 0.8;

  /** Common words that say nothing about a question's subject, for the exact-word feature. */
  private static final Set<String> STOP = Set.of("the", "and", "for", "was", "were", "what",
      "when", "who", "whom", "which", "where", "why", "how", "many", "much", "did", "does", "has",
      "have", "had", "are", "its", "his", "her", "their", "this", "that", "these", "those", "with",
      "from", "into", "than", "then", "there", "they", "them", "not", "but", "can", "could",
      "would", "should", "will", "been", "being", "also", "some", "any", "such", "about", "after",
      "before", "other", "more", "most");

  /**
   * A number a question names: two digits or more, not an ordinal ("16th") or a decade ("1970s",
   * "1950's"), since articles write those in other ways ("in 1565", "in the sixteenth century"),
   * nor, as with the numbers of a sentence, the digits of a name ("report P-2626"), unless a year.
   */
  private static final Pattern NAMED_NUMBER = Pattern.compile(
      "(?<![\\d.,])(?:(?<![\\p{L}\\d]-)\\b\\d{2,}(?:[.,]\\d+)*|(?:1\\d{3}|20\\d{2}))\\b(?!['’]s\\b)");

  /** "last" as the verb a "how long" question asks with ("did the war last?", "lasted for"). */
  private static final Pattern LASTS =
      Pattern.compile("(?i)\\blast(?:ed|s)?\\s*(?:for\\b|\\?|$)");

  private final Retriever retriever;
  /**
   * The ways a question may name each outlet of the corpus, in lower case, longest first (so
   * "Eurasia Daily Monitor" wins over a shorter name inside it), each with its outlet.
   */
  private final List<Map.Entry<String, String>> outletNames;

  QuestionParser(Retriever retriever) {
    this.retriever = retriever;
    Map<String, String> names = new HashMap<>();
    for (Article a : retriever.corpus().articles()) {
      String outlet = a.source().outlet();
      if (outlet != null && !outlet.isBlank()) {
        for (String name : shortNames(outlet.strip())) {
          names.putIfAbsent(name, outlet.strip());
        }
      }
    }
    List<Map.Entry<String, String>> sorted = new ArrayList<>(names.entrySet());
    sorted.sort((a, b) -> b.getKey().length() != a.getKey().length()
        ? b.getKey().length() - a.getKey().length() : a.getKey().compareTo(b.getKey()));
    this.outletNames = List.copyOf(sorted);
  }

  /**
   * The names readers use for an outlet: its full name, without a leading "The" ("Moscow
   * Times"), without its first word when two or more remain ("Crisis Group" for International
   * Crisis Group), and a web address without its domain ending ("Caliber" for Caliber.az).
   */
  static List<String> shortNames(String outlet) {
    List<String> out = new ArrayList<>();
    String full = outlet.toLowerCase(Locale.ROOT);
    out.add(full);
    String bare = full.startsWith("the ") ? full.substring(4) : full;
    out.add(bare);
    String[] words = bare.split("\\s+");
    if (words.length >= 3) {
      out.add(String.join(" ", List.of(words).subList(1, words.length)));
    }
    int dot = bare.indexOf('.');
    if (words.length == 1 && dot > 2) {
      out.add(bare.substring(0, dot));
    }
    return out;
  }

  /** The question analysed; {@code text} is already length-checked and stripped. */
  Question parse(String text) {
    QuestionType type = QuestionClassifier.classify(text);
    ParsedQuestion terms = retriever.parse(text);
    boolean speech = AnswerShapes.asksForSpeech(text);
    double[] weights = conceptWeights(terms);
    if (speech) {
      withoutWeight(terms, AnswerShapes.speechVerbs(text), weights);
    }
    if (type == QuestionType.HOW_LONG) {
      // "long" asks the question, like "many" in "how many"; the answer seldom repeats it. So
      // does the verb of "how long did it last?": the answer says "a six-week war".
      withoutWeight(terms, LASTS.matcher(text).find() ? List.of("long", "last") : List.of("long"),
          weights);
    }
    List<String> counted = AnswerShapes.countedWords(text);
    List<String> impliedCount = AnswerShapes.impliedCountWords(counted);
    if (!impliedCount.isEmpty()) {
      // "times" and "money" ask the question too: the answer says "twice" or "6 million lira".
      withoutWeight(terms, impliedCount, weights);
    }
    String outlet = null;
    String outletName = namedOutlet(text);
    if (outletName != null) {
      outlet = outletByName(outletName);
      // The outlet's name says whose words to quote, not what they are about: a quote need not
      // repeat it.
      withoutWeight(terms, List.of(outletName.split("\\s+")), weights);
    }
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    Set<String> words = words(text);
    Set<String> content = new HashSet<>(words);
    content.removeIf(w -> w.length() < 3 || STOP.contains(w));
    int[][] focusIds = counted.isEmpty() ? new int[0][]
        : retriever.parse(String.join(" ", counted)).conceptIds();
    // A day is always named with a digit ("5 May"); most questions have none, so skip the search.
    Set<MonthDay> days = text.chars().anyMatch(Character::isDigit)
        ? AnswerShapes.days(AnswerShapes.DATES.extract(text)) : Set.of();
    return new Question(text, "en", type, terms, weights, lackable(terms, text, weights), total,
        words, content, counted, focusIds, speech, AnswerShapes.negated(text),
        AnswerShapes.looksAhead(text), namedNumbers(text), days,
        type == QuestionType.WHO ? RoleQuestion.of(text) : null, outlet);
  }

  /** The lower-case words of a text, as the question's and each sentence's are compared. */
  static Set<String> words(String text) {
    return new HashSet<>(List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'’-]+")));
  }

  /** Weight of each concept: its highest IDF among alternatives (rare words matter most). */
  private double[] conceptWeights(ParsedQuestion terms) {
    double[] w = new double[terms.concepts().size()];
    for (int i = 0; i < w.length; i++) {
      double max = 0;
      for (String t : terms.concepts().get(i)) {
        max = Math.max(max, retriever.idf(t));
      }
      w[i] = max;
    }
    return w;
  }

  /**
   * Gives no weight to the concepts of {@code words}: the verb a question about speech asks with
   * ("What did France say?"), since the answer is a quote, which seldom repeats it, or the "long"
   * of "how long". Leaves the weights as they are when nothing else would be left.
   */
  private void withoutWeight(ParsedQuestion terms, List<String> words, double[] weights) {
    Set<String> asking = new HashSet<>();
    retriever.parse(String.join(" ", words)).concepts().forEach(asking::addAll);
    double[] trial = weights.clone();
    double left = 0;
    for (int i = 0; i < trial.length; i++) {
      if (terms.concepts().get(i).stream().anyMatch(asking::contains)) {
        trial[i] = 0;
      }
      left += trial[i];
    }
    if (left > 0) {
      System.arraycopy(trial, 0, weights, 0, weights.length);
    }
  }

  /**
   * The concept weights for the bar on what a quote may lack: a name's in full, a common word's
   * times {@link #PARAPHRASABLE}. A name is a word written with a capital, past the question's
   * first word.
   */
  static double[] lackable(ParsedQuestion terms, String question, double[] weights) {
    double[] out = weights.clone();
    String first = question.strip().split("\\s+", 2)[0];
    for (int i = 0; i < out.length; i++) {
      String w = terms.words().get(i);
      boolean name = Character.isUpperCase(w.codePointAt(0)) && !first.startsWith(w);
      if (!name) {
        out[i] *= PARAPHRASABLE;
      }
    }
    return out;
  }

  /** The numbers a question names, without thousands separators. */
  static Set<String> namedNumbers(String question) {
    Set<String> out = new HashSet<>();
    Matcher m = NAMED_NUMBER.matcher(question);
    while (m.find()) {
      out.add(m.group().replace(",", ""));
    }
    return out;
  }

  /** The name of a corpus outlet the question uses, as whole words, or null. */
  private String namedOutlet(String question) {
    String q = question.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> e : outletNames) {
      String name = e.getKey();
      int at = q.indexOf(name);
      while (at >= 0) {
        if (wordBoundary(q, at - 1) && wordBoundary(q, at + name.length())) {
          return name;
        }
        at = q.indexOf(name, at + 1);
      }
    }
    return null;
  }

  private String outletByName(String name) {
    for (Map.Entry<String, String> e : outletNames) {
      if (e.getKey().equals(name)) {
        return e.getValue();
      }
    }
    throw new IllegalStateException("no outlet named " + name);
  }

  private static boolean wordBoundary(String text, int i) {
    return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
  }
}

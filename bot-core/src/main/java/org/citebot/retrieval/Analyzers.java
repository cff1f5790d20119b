package org.citebot.retrieval;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The text analysis shared by indexing and querying: standard tokens, possessives removed, lower
 * case, ASCII folding (Erdoğan = Erdogan), British spellings written the American way
 * ("criticised" = "criticized"), English stop words, Porter stemming (irregular past forms
 * and plurals stemmed as their base). Queries also pass through the moderators' synonyms,
 * expanded as a token graph before stemming.
 */
public final class Analyzers {

  private Analyzers() {}

  /** The terms {@code analyzer} makes of {@code text}, in order. */
  public static List<String> terms(Analyzer analyzer, String field, String text) {
    List<String> out = new java.util.ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The analyzer for indexed text. */
  public static Analyzer index() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, tail(normalise(source)));
      }
    };
  }

  /**
   * Words that shape a question but are not its subject ("how many", "did", "what"): dropped from
   * queries so that they neither match nor count towards how much of a question a quote covers.
   */
  static final CharArraySet QUESTION_WORDS = CharArraySet.unmodifiableSet(new CharArraySet(List.of(
      "what", "when", "who", "whom", "whose", "which", "where", "why", "how", "many", "much",
      "did", "does", "do", "done", "has", "have", "had", "were", "been", "being", "am", "can",
      "could", "would", "should", "shall", "may", "might", "must", "tell", "me", "about", "please",
      "there", "happened", "happen", "happens", "name", "called", "kind", "type", "i", "you",
      "we", "our", "your", "its", "his", "her", "from", "s",
      // Light verbs say little about what a question is after ("Where did they come from?"); a
      // quote need not repeat them.
      "come", "comes", "came", "coming", "go", "goes", "went", "going", "get", "gets", "got",
      "make", "makes", "made", "take", "takes", "took", "taken", "become", "becomes", "became"),
      true));

  /** The analyzer for questions: {@link #index()} plus synonyms (may be null) and question words. */
  public static Analyzer query(SynonymMap synonyms) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = normalise(source);
        if (synonyms != null && synonyms.fst != null) {
          ts = new SynonymGraphFilter(ts, synonyms, true);
        }
        ts = new StopFilter(ts, QUESTION_WORDS);
        return new TokenStreamComponents(source, tail(ts));
      }
    };
  }

  /**
   * Anserini's {@code DefaultEnglishAnalyzer}: standard tokens, possessives, lower case, English
   * stop words, Porter stemming (no folding), used to reproduce its published BM25 scores.
   */
  public static Analyzer anserini() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new EnglishPossessiveFilter(source);
        ts = new LowerCaseFilter(ts);
        ts = new StopFilter(ts, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return new TokenStreamComponents(source, new PorterStemFilter(ts));
      }
    };
  }

  /**
   * Parses synonym lines in Solr format ("a, b, c" or "a => b"), analysed up to (not including)
   * stop words and stemming, so that they match the question's tokens before those steps; the
   * {@link #BUILT_IN_SYNONYMS} and {@link #DEMONYMS} come first.
   *
   * @throws IllegalArgumentException naming the line when a line cannot be parsed
   */
  public static SynonymMap synonyms(List<String> corpusLines) {
    List<String> lines = new java.util.ArrayList<>(BUILT_IN_SYNONYMS);
    lines.addAll(DEMONYMS);
    lines.addAll(corpusLines);
    Analyzer pre = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, normalise(source));
      }
    };
    SolrSynonymParser parser = new SolrSynonymParser(true, true, pre);
    try {
      parser.parse(new StringReader(String.join("\n", lines)));
      return parser.build();
    } catch (ParseException e) {
      throw new IllegalArgumentException("bad synonym line " + e.getErrorOffset() + ": "
          + e.getMessage() + "; lines look like \"stepanakert, khankendi\"", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Synonyms every corpus gets, before its own: month names and the abbreviations news text writes
   * them with ("Since Dec. 12"; "Mar" and "May" are left out, being words too), the usual
   * short names of states and unions ("U.S." for the United States), and units the text
   * abbreviates ("300 km" for a question in kilometres).
   */
  static final List<String> BUILT_IN_SYNONYMS = List.of("january, jan", "february, feb",
      "april, apr", "june, jun", "july, jul", "august, aug", "september, sept, sep",
      "october, oct", "november, nov", "december, dec", "united states, u.s., usa",
      "united kingdom, u.k., uk", "european union, eu", "united nations, un",
      "kilometers, kilometer, km", "kilograms, kilogram, kg", "percent, per cent");

  /**
   * Countries and regions with the adjectives news text names them by ("the Russian defence
   * ministry" for a question about Russia).
   */
  static final List<String> DEMONYMS = List.of(
      "afghanistan, afghan", "albania, albanian", "algeria, algerian", "america, american",
      "argentina, argentine, argentinian", "armenia, armenian", "australia, australian",
      "austria, austrian", "azerbaijan, azerbaijani", "belarus, belarusian", "belgium, belgian",
      "bosnia, bosnian", "brazil, brazilian", "britain, british", "bulgaria, bulgarian",
      "canada, canadian", "chile, chilean", "china, chinese", "colombia, colombian",
      "croatia, croatian", "cuba, cuban", "cyprus, cypriot", "czechia, czech", "denmark, danish",
      "egypt, egyptian", "estonia, estonian", "ethiopia, ethiopian", "europe, european",
      "finland, finnish", "france, french", "georgia, georgian", "germany, german",
      "greece, greek", "hungary, hungarian", "india, indian", "indonesia, indonesian",
      "iran, iranian", "iraq, iraqi", "ireland, irish", "israel, israeli", "italy, italian",
      "japan, japanese", "jordan, jordanian", "kazakhstan, kazakh", "kenya, kenyan",
      "korea, korean", "kosovo, kosovar", "kyrgyzstan, kyrgyz", "latvia, latvian",
      "lebanon, lebanese", "libya, libyan", "lithuania, lithuanian", "mexico, mexican",
      "moldova, moldovan", "mongolia, mongolian", "morocco, moroccan", "netherlands, dutch",
      "nigeria, nigerian", "norway, norwegian", "pakistan, pakistani", "palestine, palestinian",
      "peru, peruvian", "poland, polish", "portugal, portuguese", "romania, romanian",
      "russia, russian", "saudi arabia, saudi", "serbia, serbian", "slovakia, slovak",
      "slovenia, slovenian", "spain, spanish", "sweden, swedish", "switzerland, swiss",
      "syria, syrian", "tajikistan, tajik", "turkey, turkish", "turkmenistan, turkmen",
      "ukraine, ukrainian", "uzbekistan, uzbek", "venezuela, venezuelan", "vietnam, vietnamese",
      "yemen, yemeni");

  /**
   * "US" written in capitals is the United States, not the pronoun "us" that lower case would
   * make of it: it becomes the term of "U.S.", which the built-in synonyms tie to "United States".
   */
  private static final Pattern US = Pattern.compile("^US$");

  private static TokenStream normalise(TokenStream ts) {
    ts = new EnglishPossessiveFilter(ts);
    ts = new PatternReplaceFilter(ts, US, "U.S", false);
    ts = new LowerCaseFilter(ts);
    ts = new ASCIIFoldingFilter(ts);
    return new AmericanSpellingFilter(ts);
  }

  private static TokenStream tail(TokenStream ts) {
    ts = new StopFilter(ts, stopWords());
    ts = new StemmerOverrideFilter(ts, IrregularForms.MAP);
    return new PorterStemFilter(ts);
  }

  /**
   * Irregular forms, stemmed to their base as Porter stems the regular ones: past forms of verbs
   * ("fled" as "flee", like "fleeing"; "bought" as "bui", like "buys"), so that "Where did the
   * monks flee?" finds "the monks fled"; and plurals of nouns ("children" as "child", "crises"
   * as "crisis", "Frenchmen" as "Frenchman"), so that "How many Frenchman fought?" finds "3,600
   * Frenchmen". Read once, from irregular-verbs.txt, irregular-nouns.txt and the word list.
   */
  private static final class IrregularForms {
    static final StemmerOverrideFilter.StemmerOverrideMap MAP = load();

    private static StemmerOverrideFilter.StemmerOverrideMap load() {
      try {
        StemmerOverrideFilter.Builder b = new StemmerOverrideFilter.Builder(false);
        addLines(b, "irregular-verbs.txt");
        addLines(b, "irregular-nouns.txt");
        // Every compound of "man" the word list has in both numbers; "omen" and "amen" are not
        // plurals, hence the length.
        for (String plural : EnglishWords.endingWith("men")) {
          String singular = plural.substring(0, plural.length() - 3) + "man";
          if (plural.length() >= 5 && EnglishWords.contains(singular)) {
            b.add(plural, porter(singular));
          }
        }
        b.add("men", "man");
        return b.build();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Adds each line's forms after the first, stemmed as its first. */
    private static void addLines(StemmerOverrideFilter.Builder b, String resource)
        throws IOException {
      try (java.io.InputStream in = Analyzers.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(resource + " is missing from the classpath");
        }
        for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
            .split("\n")) {
          String[] forms = line.strip().split("\\s+");
          if (line.startsWith("#") || forms.length < 2) {
            continue;
          }
          String stem = porter(forms[0]);
          for (int i = 1; i < forms.length; i++) {
            b.add(forms[i], stem);
          }
        }
      }
    }

    private static String porter(String word) {
      Tokenizer t = new org.apache.lucene.analysis.core.KeywordTokenizer();
      try (TokenStream ts = new PorterStemFilter(t)) {
        t.setReader(new StringReader(word));
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        ts.incrementToken();
        String out = term.toString();
        ts.end();
        return out;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static final CharArraySet STOP = CharArraySet.unmodifiableSet(
      new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false));

  static CharArraySet stopWords() {
    return STOP;
  }
}

package org.citebot.retrieval;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Writes British spellings the American way ("criticised" as "criticized", "defence" as
 * "defense", "kilometres" as "kilometers", "colour" as "color"), so that a question and an
 * article that spell a word differently still match: news outlets and the people asking use
 * both. A word is rewritten only when the rewritten form is itself an English word of the bundled
 * list, so "promise" and "fourth" stay as they are. Expects lower-case tokens.
 */
final class AmericanSpellingFilter extends TokenFilter {

  /** British endings and their American forms, tried in order; the first that makes a word wins. */
  private static final String[][] ENDINGS = {
      {"isations", "izations"}, {"isation", "ization"}, {"ising", "izing"}, {"isers", "izers"},
      {"iser", "izer"}, {"ised", "ized"}, {"ises", "izes"}, {"ise", "ize"},
      {"ysing", "yzing"}, {"ysed", "yzed"}, {"yses", "yzes"}, {"yse", "yze"},
      {"ourites", "orites"}, {"ourite", "orite"}, {"ourable", "orable"}, {"ouring", "oring"},
      {"oured", "ored"}, {"ourers", "orers"}, {"ourer", "orer"}, {"ourhood", "orhood"},
      {"ours", "ors"}, {"our", "or"},
      {"tres", "ters"}, {"tre", "ter"}, {"bres", "bers"}, {"bre", "ber"},
      {"ogues", "ogs"}, {"ogue", "og"}, {"ences", "enses"}, {"ence", "ense"}};

  /** Shortest word rewritten: "four" is not a British "for", nor "hour" of anything. */
  private static final int SHORTEST = 6;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  AmericanSpellingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (term.length() >= SHORTEST) {
      String american = american(term.toString());
      if (american != null) {
        term.setEmpty().append(american);
      }
    }
    return true;
  }

  /** The American spelling of a lower-case British one, or null when there is none. */
  static String american(String word) {
    for (String[] e : ENDINGS) {
      if (word.endsWith(e[0]) && word.length() - e[0].length() >= 2) {
        String candidate = word.substring(0, word.length() - e[0].length()) + e[1];
        if (EnglishWords.contains(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }
}

package org.citebot.answer;

import java.util.Locale;
import java.util.regex.Pattern;

/** Recognises what kind of answer a question asks for, from its wording. */
public final class QuestionClassifier {

  private static final Pattern HOW_MANY = Pattern.compile("\\bhow (many|much)\\b");
  private static final Pattern HOW_LONG = Pattern.compile("\\bhow long\\b");
  /**
   * A time noun after "what" or "which", perhaps behind one modifier ("which calendar year"), but
   * not behind a verb ("What makes day length constant?") and not in "present day" or "modern
   * day", which mean "today's" ("What present day county is it in?").
   */
  private static final Pattern WHEN = Pattern.compile(
      "\\bwhen\\b|\\b(what|which) (?!(?:present|modern)[ -]day\\b)(\\w*[^\\Ws] )?"
          + "(year|date|day|month|decade|century|era|period)s?\\b"
          + "|^since when\\b|\\bhow long ago\\b");
  private static final Pattern WHO = Pattern.compile("\\b(who|whom|whose)\\b|"
      + "\\b(which|what) (\\w+ )?(person|people|man|woman|company|firm|organi[sz]ation|adviser|advisor|"
      + "minister|president|leader|official|group|general|commander|king|queen|ruler|author)\\b");
  private static final Pattern WHERE = Pattern.compile("\\bwhere\\b|\\b(what|which) "
      + "(city|country|town|region|place|village|location|state|area|province|continent)\\b");
  private static final Pattern WHY = Pattern.compile("\\bwhy\\b|\\bfor what reason\\b");
  private static final Pattern HOW = Pattern.compile("\\bhow\\b");
  private static final Pattern WH = Pattern.compile("\\b(what|which)\\b");
  private static final Pattern YES_NO = Pattern.compile(
      "^(is|are|was|were|did|does|do|can|could|has|have|had|will|would|should|may|might)\\b");

  /**
   * "When" or "where" opening a clause rather than asking: not followed by an auxiliary verb
   * ("when did"), a preposition ("where in Europe") or another question word ("when and where").
   */
  private static final Pattern CLAUSE_OPENER = Pattern.compile("\\b(?:when|where)\\s+(?!(?:is|are|"
      + "was|were|did|does|do|can|could|has|have|had|will|would|should|may|might|must|shall|in|on|"
      + "at|and|or|during|exactly|roughly|approximately|about|else)\\b)(?=\\w)");
  private static final Pattern OTHER_WH = Pattern.compile("\\b(?:what|which|who|whom|whose|how|"
      + "why)\\b");

  private QuestionClassifier() {}

  /**
   * The type whose wording comes first in the question: "Who was the leader when the Franks
   * entered?" asks who, not when. Among patterns matching at the same place the more specific
   * wins ("how many" over "how"). A clause that "when" or "where" opens does not count when
   * another question word asks: "When a cell divides, what happens to its nucleus?" asks what.
   */
  public static QuestionType classify(String question) {
    String q = question.toLowerCase(Locale.ROOT).strip();
    if (OTHER_WH.matcher(q).find()) {
      q = CLAUSE_OPENER.matcher(q).replaceAll("");
    }
    QuestionType best = null;
    int bestAt = Integer.MAX_VALUE;
    for (int i = 0; i < ORDER.length; i++) {
      java.util.regex.Matcher m = PATTERNS[i].matcher(q);
      if (m.find() && m.start() < bestAt) {
        bestAt = m.start();
        best = ORDER[i];
      }
    }
    if (best != null) {
      return best;
    }
    return YES_NO.matcher(q).find() ? QuestionType.YES_NO : QuestionType.WHAT;
  }

  private static final QuestionType[] ORDER = {QuestionType.HOW_MANY, QuestionType.HOW_LONG,
      QuestionType.WHEN, QuestionType.WHO, QuestionType.WHERE, QuestionType.WHY,
      QuestionType.WHAT, QuestionType.HOW};
  private static final Pattern[] PATTERNS = {HOW_MANY, HOW_LONG, WHEN, WHO, WHERE, WHY, WH, HOW};

}

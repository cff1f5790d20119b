package org.citebot.answer;

import java.util.Locale;
import java.util.regex.Pattern;

/** Recognises what kind of answer a question asks for, from its wording. */
public final class QuestionClassifier {

  private static final Pattern HOW_MANY = Pattern.compile("\\bhow (many|much)\\b");
  private static final Pattern HOW_LONG = Pattern.compile("\\bhow long\\b");
  private static final Pattern WHEN = Pattern.compile(
      "\\bwhen\\b|\\b(what|which) (\\w+ )?(year|date|day|month|decade|century|era|period)s?\\b"
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

  private QuestionClassifier() {}

  public static QuestionType classify(String question) {
    String q = question.toLowerCase(Locale.ROOT).strip();
    if (HOW_MANY.matcher(q).find()) {
      return QuestionType.HOW_MANY;
    }
    if (HOW_LONG.matcher(q).find()) {
      return QuestionType.HOW_LONG;
    }
    if (WHEN.matcher(q).find()) {
      return QuestionType.WHEN;
    }
    if (WHO.matcher(q).find()) {
      return QuestionType.WHO;
    }
    if (WHERE.matcher(q).find()) {
      return QuestionType.WHERE;
    }
    if (WHY.matcher(q).find()) {
      return QuestionType.WHY;
    }
    if (WH.matcher(q).find()) {
      return QuestionType.WHAT;
    }
    if (HOW.matcher(q).find()) {
      return QuestionType.HOW;
    }
    if (YES_NO.matcher(q).find()) {
      return QuestionType.YES_NO;
    }
    return QuestionType.WHAT;
  }
}

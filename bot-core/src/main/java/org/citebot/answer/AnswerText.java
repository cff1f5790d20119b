package org.citebot.answer;

import org.citebot.corpus.Source;
import org.citebot.render.PlainAnswerText;

/**
 * The console rendering moved to {@link PlainAnswerText} in the render layer. This forwarder
 * remains only because {@code cli.RunCommand} still imports it; it points from the answer layer
 * up into the render layer, so it goes as soon as that import changes.
 *
 * @deprecated use {@link PlainAnswerText}
 */
@Deprecated(forRemoval = true)
public final class AnswerText {

  private AnswerText() {}

  public static String render(Answer a) {
    return PlainAnswerText.render(a);
  }

  public static String citation(Source s) {
    return PlainAnswerText.citation(s);
  }
}

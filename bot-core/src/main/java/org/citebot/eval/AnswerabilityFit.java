package org.citebot.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.citebot.answer.Answer;
import org.citebot.answer.AnswerPipeline;
import org.citebot.answer.AnswerSettings;
import org.citebot.answer.Answerability;
import org.citebot.answer.CorpusAnswerService;
import org.citebot.answer.Matching;
import org.citebot.answer.Quote;

/**
 * Fits the {@link Answerability} model on the even articles (sorted title order) of SQuAD-format
 * files and reports it on the odd ones, never the same questions: the inputs of every answer the
 * other gates let through, labelled right when its first quote holds the gold answer in the
 * question's own paragraph. The default confidence bar is the one that gives the fitting half the
 * best combined accuracy while it keeps false abstentions at 6% or less, strict hit@1 at 0.78 or
 * more and hit@3 at 0.90 or more.
 */
public final class AnswerabilityFit {

  static final double MAX_FALSE_ABSTENTIONS = 0.06;
  static final double MIN_STRICT_HIT1 = 0.78;
  static final double MIN_HIT3 = 0.90;

  /** One question as answered with no confidence bar. */
  private record Asked(boolean fitting, boolean answerable, boolean answered, boolean strict1,
      boolean hit3, double[] inputs) {}

  /** The fitted model and the figures on the half it was not fitted on. */
  public record Result(Answerability model, Figures checkBefore, Figures checkAfter,
      Figures fitAfter) {
    public String text() {
      return String.format(Locale.ROOT, "fitted: %s%ndefault minimum confidence: %.2f%n"
              + "checking half, no bar:   %s%nchecking half, with bar: %s%n"
              + "fitting half, with bar:  %s%n",
          model.describe(), model.defaultMinimum(), checkBefore.text(), checkAfter.text(),
          fitAfter.text());
    }
  }

  /** Figures of one half at one bar. */
  public record Figures(int answerable, int unanswerable, int strict1, int hit3, int abstained,
      int falseAbstentions) {
    double combined() {
      return EvalText.rate(strict1 + abstained, answerable + unanswerable);
    }

    String text() {
      return String.format(Locale.ROOT, "combined %.3f, strict hit@1 %.3f, hit@3 %.3f, "
              + "abstained %.3f of %d unanswerable, false abstentions %.3f of %d",
          combined(), EvalText.rate(strict1, answerable), EvalText.rate(hit3, answerable),
          EvalText.rate(abstained, unanswerable), unanswerable,
          EvalText.rate(falseAbstentions, answerable), answerable);
    }
  }

  private AnswerabilityFit() {}

  public static Result fit(List<SquadEval.Dataset> datasets) {
    List<Asked> asked = new ArrayList<>();
    for (SquadEval.Dataset data : datasets) {
      CorpusAnswerService bot = CorpusAnswerService.create(data.corpus(),
          AnswerSettings.of(Matching.LEXICAL).withMinConfidence(0), 0);
      SquadEval.Dataset even = SquadEval.half(data, true);
      java.util.Set<SquadEval.Question> fitting = java.util.Collections.newSetFromMap(
          new java.util.IdentityHashMap<>());
      fitting.addAll(even.questions());
      for (SquadEval.Question q : data.questions()) {
        AnswerPipeline.Assessment assessed = bot.assess(q.question());
        Answer a = assessed.answer();
        double[] inputs = a.answered() ? assessed.inputs() : null;
        boolean strict = a.answered() && q.answerable() && !a.quotes().isEmpty()
            && SquadEval.strictHit(a.quotes().get(0), q);
        boolean hit3 = false;
        if (a.answered() && q.answerable()) {
          for (Quote quote : a.quotes().subList(0, Math.min(3, a.quotes().size()))) {
            hit3 |= DevEval.containsAnswer(quote.text(), q.answers());
          }
        }
        asked.add(new Asked(fitting.contains(q), q.answerable(), a.answered(), strict, hit3,
            inputs));
      }
    }
    List<double[]> xs = new ArrayList<>();
    List<Boolean> ys = new ArrayList<>();
    for (Asked a : asked) {
      if (a.fitting() && a.inputs() != null) {
        xs.add(a.inputs());
        ys.add(a.strict1());
      }
    }
    Answerability model = Answerability.fit(xs, ys, 0);
    double best = 0;
    double bestCombined = figures(asked, true, model, 0).combined();
    for (int step = 1; step < 100; step++) {
      double bar = step / 100.0;
      Figures f = figures(asked, true, model, bar);
      if (EvalText.rate(f.falseAbstentions(), f.answerable()) <= MAX_FALSE_ABSTENTIONS
          && EvalText.rate(f.strict1(), f.answerable()) >= MIN_STRICT_HIT1
          && EvalText.rate(f.hit3(), f.answerable()) >= MIN_HIT3
          && f.combined() > bestCombined) {
        best = bar;
        bestCombined = f.combined();
      }
    }
    Answerability fitted = model.withDefaultMinimum(best);
    return new Result(fitted, figures(asked, false, fitted, 0), figures(asked, false, fitted, best),
        figures(asked, true, fitted, best));
  }

  private static Figures figures(List<Asked> asked, boolean fitting, Answerability model,
      double bar) {
    int answerable = 0, unanswerable = 0, strict1 = 0, hit3 = 0, abstained = 0, falseAbst = 0;
    for (Asked a : asked) {
      if (a.fitting() != fitting) {
        continue;
      }
      // An answer from the articles' own details is judged by no model.
      boolean answers = a.answered()
          && (a.inputs() == null || model.confidence(a.inputs()) >= bar);
      if (a.answerable()) {
        answerable++;
        if (!answers) {
          falseAbst++;
        } else {
          strict1 += a.strict1() ? 1 : 0;
          hit3 += a.hit3() ? 1 : 0;
        }
      } else {
        unanswerable++;
        abstained += answers ? 0 : 1;
      }
    }
    return new Figures(answerable, unanswerable, strict1, hit3, abstained, falseAbst);
  }
}

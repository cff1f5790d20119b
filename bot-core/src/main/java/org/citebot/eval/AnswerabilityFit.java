package org.citebot.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
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
 * question's own paragraph. Off-topic questions teach it what an answer to a subject the articles
 * never treat looks like: the fitting articles' answerable questions asked of the other articles
 * alone, labelled wrong whatever they get; the mirror (the checking articles' questions asked of
 * the fitting articles) checks it, as {@code eval --squad FILE --foreign} does. The default
 * confidence bar is the one that gives the fitting half the best combined accuracy while it keeps
 * false abstentions at 6% or less. A bar only turns answers into abstentions, so what it costs in
 * strict hit@1 and hit@3 is bounded by the false abstentions it adds. (Limits on those costs
 * against no bar, used before, held the bar low whenever a change elsewhere raised the hit rates
 * with no bar: a looser gate then bought nothing.)
 */
public final class AnswerabilityFit {

  static final double MAX_FALSE_ABSTENTIONS = 0.06;

  /** One question as answered with no confidence bar. */
  private record Asked(boolean fitting, boolean offTopic, boolean answerable, boolean answered,
      boolean strict1, boolean hit3, double[] inputs) {}

  /** The fitted model and the figures on the half it was not fitted on. */
  public record Result(Answerability model, Figures checkBefore, Figures checkAfter,
      Figures fitAfter, Calibration offTopic) {
    public String text() {
      return String.format(Locale.ROOT, "fitted: %s%ndefault minimum confidence: %.2f%n"
              + "checking half, no bar:   %s%nchecking half, with bar: %s%n"
              + "fitting half, with bar:  %s%n"
              + "off-topic questions of the checking half, answers given: %s",
          model.describe(), model.defaultMinimum(), checkBefore.text(), checkAfter.text(),
          fitAfter.text(), offTopic.text());
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

  /**
   * Fits the model on the even articles of each dataset (and off-topic questions), answering
   * with {@code matching}, and reports it on the odd ones.
   */
  public static Result fit(List<SquadEval.Dataset> datasets, Matching matching) {
    return fit(datasets, AnswerSettings.of(matching));
  }

  /**
   * Fits the model for a pipeline with these settings (some gates or ranking features switched
   * off, say), answering with no confidence bar.
   */
  public static Result fit(List<SquadEval.Dataset> datasets, AnswerSettings settings) {
    List<Asked> asked = new ArrayList<>();
    for (SquadEval.Dataset data : datasets) {
      Set<SquadEval.Question> fitting = Collections.newSetFromMap(new IdentityHashMap<>());
      fitting.addAll(SquadEval.half(data, true).questions());
      ask(data, settings, q -> fitting.contains(q), false, asked);
      ask(SquadEval.foreign(data, false), settings, q -> true, true, asked);
      ask(SquadEval.foreign(data, true), settings, q -> false, true, asked);
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
    Figures none = figures(asked, true, model, 0);
    double bestCombined = none.combined();
    for (int step = 1; step < 100; step++) {
      double bar = step / 100.0;
      Figures f = figures(asked, true, model, bar);
      if (EvalText.rate(f.falseAbstentions(), f.answerable()) <= MAX_FALSE_ABSTENTIONS
          && f.combined() > bestCombined) {
        best = bar;
        bestCombined = f.combined();
      }
    }
    Answerability fitted = model.withDefaultMinimum(best);
    Calibration offTopic = new Calibration();
    for (Asked a : asked) {
      if (a.offTopic() && !a.fitting() && a.inputs() != null) {
        offTopic.add(fitted.confidence(a.inputs()), false);
      }
    }
    return new Result(fitted, figures(asked, false, fitted, 0), figures(asked, false, fitted, best),
        figures(asked, true, fitted, best), offTopic);
  }

  /**
   * Asks every question of {@code data} with no confidence bar; off-topic ones count as
   * unanswerable, whatever their gold answers.
   */
  private static void ask(SquadEval.Dataset data, AnswerSettings settings,
      Predicate<SquadEval.Question> fitting, boolean offTopic, List<Asked> asked) {
    CorpusAnswerService bot = CorpusAnswerService.create(data.corpus(),
        settings.withMinConfidence(0), 0);
    for (SquadEval.Question q : data.questions()) {
      AnswerPipeline.Assessment assessed = bot.assess(q.question());
      Answer a = assessed.answer();
      boolean answerable = !offTopic && q.answerable();
      boolean strict = a.answered() && answerable && !a.quotes().isEmpty()
          && SquadEval.strictHit(a.quotes().get(0), q);
      boolean hit3 = false;
      if (a.answered() && answerable) {
        for (Quote quote : a.quotes().subList(0, Math.min(3, a.quotes().size()))) {
          hit3 |= DevEval.containsAnswer(quote.text(), q.answers());
        }
      }
      asked.add(new Asked(fitting.test(q), offTopic, answerable, a.answered(), strict, hit3,
          a.answered() ? assessed.inputs() : null));
    }
  }

  private static Figures figures(List<Asked> asked, boolean fitting, Answerability model,
      double bar) {
    int answerable = 0, unanswerable = 0, strict1 = 0, hit3 = 0, abstained = 0, falseAbst = 0;
    for (Asked a : asked) {
      if (a.fitting() != fitting || a.offTopic()) {
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

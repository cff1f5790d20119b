package org.citebot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import org.citebot.retrieval.PassageIndex;
import org.citebot.retrieval.SentenceRef;
import org.citebot.semantic.TextEmbedder;

/**
 * Fits {@link Ranking}'s weights by coordinate ascent on labelled questions, so that the
 * defaults can be reproduced and checked: the questions are split in two halves (a question's
 * half is given by the caller, e.g. by its article), weights are fitted on one and reported on
 * both. Every {@link Feature} is fitted; the gates are left as they are.
 */
public final class RankingFit {

  /** A labelled question: its text, which half it belongs to, and which sentences answer it. */
  public record Example(String question, boolean fitting, BiPredicate<SentenceRef, Quote> answers) {}

  /** The outcome: the fitted ranking and top-1 / top-3 hit rates on both halves. */
  public record Result(Ranking ranking, double fitHit1, double fitHit3, double checkHit1,
      double checkHit3) {
    public String text() {
      StringBuilder weights = new StringBuilder();
      for (Feature f : Feature.values()) {
        weights.append(weights.isEmpty() ? "" : ", ").append(f.cliName()).append(' ')
            .append(String.format(Locale.ROOT, "%.3f", ranking.weight(f)));
      }
      return String.format(Locale.ROOT,
          "fitted on one half: hit@1 %.3f, hit@3 %.3f; checked on the other: hit@1 %.3f, hit@3 "
              + "%.3f (ranking only, no abstention)%nweights: %s%n",
          fitHit1, fitHit3, checkHit1, checkHit3, weights);
    }
  }

  private record Labelled(List<double[]> candidates, List<Boolean> right, boolean fitting) {}

  private RankingFit() {}

  /** Fits from {@code start} with steps 0.2, 0.1, 0.05, 0.025. */
  public static Result fit(PassageIndex index, List<Example> examples, Ranking start,
      TextEmbedder embedder) {
    AnswerPipeline pipeline = new AnswerPipeline(index, AnswerSettings.of(start, embedder), null);
    List<Labelled> data = new ArrayList<>();
    for (Example e : examples) {
      List<double[]> features = new ArrayList<>();
      List<Boolean> right = new ArrayList<>();
      for (Candidate c : pipeline.candidates(e.question())) {
        SentenceRef s = c.sentence();
        Quote q = new Quote(s.article(), s.span().start(), s.span().end(), 0, List.of(), null);
        features.add(c.features());
        right.add(e.answers().test(s, q));
      }
      data.add(new Labelled(features, right, e.fitting()));
    }
    Feature[] all = Feature.values();
    Ranking best = start;
    for (double step : new double[] {0.2, 0.1, 0.05, 0.025}) {
      boolean better = true;
      while (better) {
        better = false;
        for (Feature f : all) {
          for (double delta : new double[] {step, -step}) {
            Ranking trial = best.with(f, Math.max(0, best.weight(f) + delta));
            if (objective(data, trial, true) > objective(data, best, true) + 1e-9) {
              best = trial;
              better = true;
            }
          }
        }
      }
    }
    double[] fit = hits(data, best, true);
    double[] check = hits(data, best, false);
    return new Result(best, fit[0], fit[1], check[0], check[1]);
  }

  private static double objective(List<Labelled> data, Ranking r, boolean fitting) {
    double[] h = hits(data, r, fitting);
    return h[0] + 0.5 * h[1];
  }

  /** Top-1 and top-3 hit rates of the ranking on one half. */
  private static double[] hits(List<Labelled> data, Ranking r, boolean fitting) {
    int n = 0;
    int hit1 = 0;
    int hit3 = 0;
    for (Labelled l : data) {
      if (l.fitting() != fitting) {
        continue;
      }
      n++;
      int[] top = {-1, -1, -1};
      double[] best = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY,
          Double.NEGATIVE_INFINITY};
      for (int i = 0; i < l.candidates().size(); i++) {
        double s = r.score(l.candidates().get(i));
        for (int k = 0; k < 3; k++) {
          if (s > best[k]) {
            for (int m = 2; m > k; m--) {
              best[m] = best[m - 1];
              top[m] = top[m - 1];
            }
            best[k] = s;
            top[k] = i;
            break;
          }
        }
      }
      for (int k = 0; k < 3; k++) {
        if (top[k] >= 0 && l.right().get(top[k])) {
          if (k == 0) {
            hit1++;
          }
          hit3++;
          break;
        }
      }
    }
    return new double[] {n == 0 ? 0 : (double) hit1 / n, n == 0 ? 0 : (double) hit3 / n};
  }
}

package org.citebot.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.citebot.answer.AnswerJson;
import org.citebot.answer.CorpusAnswerService;
import org.citebot.answer.Ranking;
import org.citebot.eval.BeirEval;
import org.citebot.eval.DevEval;
import org.citebot.eval.SquadEval;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Measures answer quality.",
        "eval FILE: a question file (JSON Lines like dev-questions.jsonl) against the corpus: "
            + "hit@1, hit@3, citation accuracy, abstention, false abstentions, quote fidelity.",
        "eval --beir DIR: BM25 retrieval on a BEIR collection (nDCG@10, Recall@100/1000), with "
            + "Anserini's settings and with citebot's analyzer.",
        "eval --squad FILE: every paragraph of a SQuAD 2.0 file as an article; every question "
            + "asked: hit@1, hit@3, strict hit@1 (from the question's own paragraph), abstention, "
            + "false abstentions, the first quote's mean length, and how many answers show a "
            + "sentence twice."})
final class EvalCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  static final class Target {
    @Parameters(paramLabel = "FILE", description = "Question file (JSON Lines).")
    Path questions;

    @Option(names = "--beir", paramLabel = "DIR", description = "A BEIR collection directory.")
    Path beir;

    @Option(names = "--squad", paramLabel = "FILE", description = "A SQuAD 2.0 JSON file.")
    Path squad;
  }

  @Option(names = "--json", description = "Print the figures as JSON.")
  boolean json;

  @Option(names = "--limit", paramLabel = "N", description = "SQuAD: ask only the first N questions.")
  int limit;

  @Option(names = "--fit", description = "SQuAD: fit the ranking weights on every other article "
      + "by coordinate ascent, report them on the rest, and print the weights.")
  boolean fit;

  @Option(names = "--min-hit1", paramLabel = "X", description = "Exit 1 if hit@1 is below X.")
  Double minHit1;

  @Option(names = "--min-hit3", paramLabel = "X", description = "Exit 1 if hit@3 is below X.")
  Double minHit3;

  @Option(names = "--min-abstention", paramLabel = "X",
      description = "Exit 1 if abstention accuracy (dev) or rate (SQuAD) is below X.")
  Double minAbstention;

  @Option(names = "--max-false-abstentions", paramLabel = "N",
      description = "Dev: exit 1 if more than N answerable questions were abstained on.")
  Integer maxFalseAbstentions;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (target.beir != null) {
      BeirEval.Collection c = BeirEval.read(target.beir);
      for (BeirEval.Config cfg : new BeirEval.Config[] {BeirEval.Config.anserini(),
          BeirEval.Config.citebot()}) {
        BeirEval.Result r = BeirEval.run(c, cfg);
        out.print(json ? AnswerJson.write(r.json()) + "\n" : r.text());
      }
      return 0;
    }
    if (target.squad != null && fit) {
      out.print(SquadEval.fit(SquadEval.read(target.squad), main.context.matching()).text());
      return 0;
    }
    if (target.squad != null) {
      SquadEval.Result r = SquadEval.run(SquadEval.read(target.squad), main.context.matching(), limit);
      out.print(json ? AnswerJson.write(r.json()) + "\n" : r.text());
      return below(r.strictHit1Rate(), minHit1) || below(r.hit3Rate(), minHit3)
          || below(r.abstentionRate(), minAbstention) ? 1 : 0;
    }
    CorpusAnswerService bot = main.context.service(main.corpusDirectory());
    DevEval.Result r = DevEval.run(bot, DevEval.read(target.questions));
    out.print(json ? AnswerJson.write(r.json()) + "\n" : r.text());
    boolean fail = below(r.hit1Rate(), minHit1) || below(r.hit3Rate(), minHit3)
        || below(r.abstentionAccuracy(), minAbstention)
        || (maxFalseAbstentions != null && r.falseAbstentions() > maxFalseAbstentions);
    return fail ? 1 : 0;
  }

  private static boolean below(double value, Double bar) {
    return bar != null && value < bar;
  }
}

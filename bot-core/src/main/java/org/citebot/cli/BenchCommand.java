package org.citebot.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.citebot.answer.Matching;
import java.util.concurrent.Callable;
import org.citebot.answer.AnswerJson;
import org.citebot.eval.Bench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Prints speed and memory figures: answer latency p50/p99 (cache off) against "
        + "raw Lucene top-10 search for the same questions, index build time, heap used, the "
        + "Lucene index's size in bytes, the number of sentences and the bytes of the sentence "
        + "vectors held (0 with lexical matching). Runs on the corpus, and also on a SQuAD 2.0 "
        + "file's paragraphs with --squad and on the SciFact collection with --scifact, each "
        + "loaded as articles."})
final class BenchCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Option(names = "--questions", paramLabel = "FILE",
      description = "Question file (JSON Lines) for the corpus run (default: built-in questions).")
  Path questions;

  @Option(names = "--scifact", paramLabel = "DIR", description = "A BEIR SciFact directory.")
  Path scifact;

  @Option(names = "--squad", paramLabel = "FILE",
      description = "A SQuAD 2.0 JSON file (such as dev-v2.0.json): its paragraphs as articles.")
  Path squad;

  @Option(names = "--squad-questions", paramLabel = "N", defaultValue = "100",
      description = "SQuAD questions to ask, spread evenly over the file "
          + "(default: ${DEFAULT-VALUE}).")
  int squadQuestions;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "200",
      description = "Timed passes over the questions (default: ${DEFAULT-VALUE}; a twentieth "
          + "of it, at least one, for --squad and --scifact).")
  int rounds;

  @Option(names = "--json", description = "Print the figures as JSON, one object per line.")
  boolean json;

  @Option(names = "--matching", paramLabel = "MODE",
      description = "semantic, lexical or both (default: ${DEFAULT-VALUE}).",
      defaultValue = "both")
  String matching;

  @Option(names = "--scifact-questions", paramLabel = "N", defaultValue = "100",
      description = "SciFact claims to ask (default: ${DEFAULT-VALUE}); with semantic matching "
          + "the warm-up embeds every candidate sentence of each, about 0.2 s a claim.")
  int scifactQuestions;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<Matching> modes = matching.equalsIgnoreCase("both")
        ? List.of(Matching.LEXICAL, Matching.SEMANTIC) : List.of(Matching.parse(matching));
    for (Matching mode : modes) {
      Bench.Figures corpus = Bench.corpus(main.context.corpus(main.corpusDirectory()),
          Bench.questions(questions), rounds, mode);
      out.print(json ? AnswerJson.write(corpus.json()) + "\n" : corpus.text());
      out.flush();
    }
    if (squad != null) {
      for (Matching mode : modes) {
        Bench.Figures sq = Bench.squad(squad, Math.max(1, rounds / 20), mode,
            Math.max(1, squadQuestions));
        out.print(json ? AnswerJson.write(sq.json()) + "\n" : sq.text());
        out.flush();
      }
    }
    if (scifact != null) {
      for (Matching mode : modes) {
        Bench.Figures sci = Bench.scifact(scifact, Math.max(1, rounds / 20), mode,
            scifactQuestions);
        out.print(json ? AnswerJson.write(sci.json()) + "\n" : sci.text());
        out.flush();
      }
    }
    return 0;
  }
}

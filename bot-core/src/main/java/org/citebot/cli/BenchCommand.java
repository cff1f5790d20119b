package org.citebot.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.citebot.answer.AnswerJson;
import org.citebot.eval.Bench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Prints speed figures: answer latency p50/p99 (cache off) against raw Lucene "
        + "top-10 search for the same questions, index build time and heap, on the corpus and, "
        + "with --scifact, on the SciFact collection loaded as articles."})
final class BenchCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Option(names = "--questions", paramLabel = "FILE",
      description = "Question file (JSON Lines) for the corpus run (default: built-in questions).")
  Path questions;

  @Option(names = "--scifact", paramLabel = "DIR", description = "A BEIR SciFact directory.")
  Path scifact;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "200",
      description = "Timed passes over the questions (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--json", description = "Print the figures as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Bench.Figures corpus = Bench.corpus(main.context.corpus(main.corpusDirectory()),
        Bench.questions(questions), rounds);
    out.print(json ? AnswerJson.write(corpus.json()) + "\n" : corpus.text());
    if (scifact != null) {
      Bench.Figures sci = Bench.scifact(scifact, Math.max(1, rounds / 20));
      out.print(json ? AnswerJson.write(sci.json()) + "\n" : sci.text());
    }
    return 0;
  }
}

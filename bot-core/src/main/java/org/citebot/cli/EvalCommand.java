package org.citebot.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.citebot.answer.AnswerJson;
import org.citebot.answer.AnswerPipeline;
import org.citebot.answer.AnswerSettings;
import org.citebot.answer.CorpusAnswerService;
import org.citebot.answer.Feature;
import org.citebot.answer.Ranking;
import org.citebot.eval.AnswerabilityFit;
import org.citebot.eval.BeirEval;
import org.citebot.eval.DevEval;
import org.citebot.eval.SquadEval;
import org.citebot.semantic.SemanticModel;
import org.citebot.semantic.StaticVectors;
import org.citebot.semantic.TextEmbedder;
import org.citebot.semantic.TextVectors;
import org.citebot.text.Corpus;
import picocli.CommandLine;
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
            + "sentence twice; with --fit-answerability, fits the confidence model instead.",
        "eval --distill-vectors --out FILE: the static word-piece vectors the confidence reads, "
            + "distilled from the bundled sentence model.",
        "eval --corpus-vectors --out FILE: the sentence model's vectors of the corpus's "
            + "sentences and paragraphs (those of the default corpus ship with the bot).",
        "--without GATE[,GATE] and --without-feature FEATURE[,FEATURE] print the same figures "
            + "with those answer gates or ranking features switched off, to measure what each is "
            + "worth.",
        "Gates, in order: " + EvalCommand.GATES + ".",
        "Features: " + EvalCommand.FEATURES + "."})
final class EvalCommand implements Callable<Integer> {

  /** The gate names for the help text; a test keeps them equal to the pipeline's. */
  static final String GATES = "terms, outlet, answer-shape, counted-thing, date-near, coverage, "
      + "heavy-word, named-numbers, role, denial, confidence";
  /** The feature names for the help text; a test keeps them equal to {@link Feature}'s. */
  static final String FEATURES = "coverage, context-coverage, sentence-bm25, shape, "
      + "paragraph-bm25, paragraph-coverage, exact-words, adjacency, missing-here, standalone, "
      + "semantic, paragraph-semantic";

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

    @Option(names = "--distill-vectors", description = "Distil the static word-piece vectors "
        + "from the bundled sentence model and write them to --out (a few minutes).")
    boolean distillVectors;

    @Option(names = "--corpus-vectors", description = "The sentence model's vectors of every "
        + "sentence and paragraph of the corpus, written to --out; shipped for the default "
        + "corpus so that semantic matching need not compute them.")
    boolean corpusVectors;
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

  @Option(names = "--split", paramLabel = "HALF",
      description = "SQuAD: ask only the questions of the even or odd articles (sorted title "
          + "order), the halves the answerability model is fitted and checked on.")
  String split;

  @Option(names = "--foreign", description = "SQuAD: the even articles as the corpus, the "
      + "answerable questions of the odd ones asked of it; every one should be abstained on.")
  boolean foreign;

  @Option(names = "--fit-answerability", description = "SQuAD: fit the answerability model "
      + "(confidence) on the even articles of FILE and of each --fit-also file, report it on the "
      + "odd ones, and write it to --out.")
  boolean fitAnswerability;

  @Option(names = "--fit-also", paramLabel = "FILE",
      description = "A further SQuAD-format file to fit the answerability model on.")
  List<Path> fitAlso = new ArrayList<>();

  @Option(names = "--out", paramLabel = "FILE",
      description = "Where --fit-answerability writes the model (a properties file).")
  Path out;

  @Option(names = "--without", paramLabel = "GATE", split = ",",
      description = "Switch off these answer gates (names above).")
  List<String> gatesOff = new ArrayList<>();

  @Option(names = "--without-feature", paramLabel = "FEATURE", split = ",",
      description = "Give these ranking features no weight (names above).")
  List<String> featuresOff = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Set<String> gates = new LinkedHashSet<>();
    gatesOff.forEach(g -> gates.add(g.strip().toLowerCase(java.util.Locale.ROOT)));
    Set<Feature> features = EnumSet.noneOf(Feature.class);
    try {
      AnswerPipeline.checkGateNames(gates);
      featuresOff.forEach(f -> features.add(Feature.parse(f)));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    boolean ablated = !gates.isEmpty() || !features.isEmpty();
    if (ablated && !json) {
      out.println("switched off: gates " + (gates.isEmpty() ? "none" : String.join(", ", gates))
          + "; features " + (features.isEmpty() ? "none"
              : String.join(", ", features.stream().map(Feature::cliName).toList())));
    }
    AnswerSettings settings;
    try {
      settings = AnswerSettings.of(main.context.matching()).without(gates, features)
          .withMinConfidence(main.context.env().get(AnswerSettings.MIN_CONFIDENCE_KEY));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (target.beir != null) {
      if (ablated && !json) {
        // BEIR judges the retrieval core alone, which runs before any gate or feature.
        out.println("(BEIR measures retrieval, which runs before the gates and features: its "
            + "figures are the same with them off)");
      }
      BeirEval.Collection c = BeirEval.read(target.beir);
      for (BeirEval.Config cfg : new BeirEval.Config[] {BeirEval.Config.anserini(),
          BeirEval.Config.citebot()}) {
        BeirEval.Result r = BeirEval.run(c, cfg);
        out.print(json ? AnswerJson.write(r.json()) + "\n" : r.text());
      }
      return 0;
    }
    if (target.distillVectors) {
      if (this.out == null) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--distill-vectors needs --out FILE");
      }
      StaticVectors.distill(this.out);
      out.println("written to " + this.out);
      return 0;
    }
    if (target.corpusVectors) {
      if (this.out == null) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--corpus-vectors needs --out FILE");
      }
      int written = writeCorpusVectors(main.context.corpus(main.corpusDirectory()), this.out);
      out.println(written + " vectors written to " + this.out);
      return 0;
    }
    if (target.squad != null && fit) {
      out.print(SquadEval.fit(SquadEval.read(target.squad), main.context.matching()).text());
      return 0;
    }
    if (target.squad != null && fitAnswerability) {
      List<SquadEval.Dataset> data = new ArrayList<>();
      data.add(SquadEval.read(target.squad));
      for (Path p : fitAlso) {
        data.add(SquadEval.read(p));
      }
      AnswerabilityFit.Result r = AnswerabilityFit.fit(data, settings);
      out.print(r.text());
      if (this.out != null) {
        try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(this.out)) {
          r.model().write(w, "Answerability model, fitted by: CITEBOT_MATCHING="
              + main.context.matching().name().toLowerCase(java.util.Locale.ROOT)
              + " citebot eval --squad "
              + target.squad.getFileName() + " --fit-answerability"
              + (fitAlso.isEmpty() ? "" : " --fit-also " + String.join(" --fit-also ",
                  fitAlso.stream().map(p -> p.getFileName().toString()).toList()))
              + (ablated ? " (gates off: " + String.join(", ", gates) + "; features off: "
                  + String.join(", ", features.stream().map(Feature::cliName).toList()) + ")"
                  : ""));
        }
        out.println("written to " + this.out);
      }
      return 0;
    }
    if (target.squad != null) {
      SquadEval.Dataset data = SquadEval.read(target.squad);
      if (foreign) {
        data = SquadEval.foreign(data);
      }
      if (split != null) {
        if (!split.equals("even") && !split.equals("odd")) {
          throw new CommandLine.ParameterException(spec.commandLine(),
              "illegal --split " + split + ", must be even or odd");
        }
        data = SquadEval.half(data, split.equals("even"));
      }
      SquadEval.Result r = SquadEval.run(data, settings, limit);
      out.print(json ? AnswerJson.write(marked(r.json(), gates, features)) + "\n" : r.text());
      return below(r.strictHit1Rate(), minHit1) || below(r.hit3Rate(), minHit3)
          || below(r.abstentionRate(), minAbstention) ? 1 : 0;
    }
    CorpusAnswerService bot = ablated
        ? CorpusAnswerService.create(main.context.corpus(main.corpusDirectory()), settings, 0)
        : main.context.service(main.corpusDirectory());
    DevEval.Result r = DevEval.run(bot, DevEval.read(target.questions));
    out.print(json ? AnswerJson.write(marked(r.json(), gates, features)) + "\n" : r.text());
    boolean fail = below(r.hit1Rate(), minHit1) || below(r.hit3Rate(), minHit3)
        || below(r.abstentionAccuracy(), minAbstention)
        || (maxFalseAbstentions != null && r.falseAbstentions() > maxFalseAbstentions);
    return fail ? 1 : 0;
  }

  /** The figures with the gates and features that were off, when some were. */
  private static ObjectNode marked(ObjectNode figures, Set<String> gates, Set<Feature> features) {
    if (!gates.isEmpty()) {
      gates.forEach(figures.putArray("gatesOff")::add);
    }
    if (!features.isEmpty()) {
      features.forEach(f -> figures.withArray("featuresOff").add(f.cliName()));
    }
    return figures;
  }

  private static boolean below(double value, Double bar) {
    return bar != null && value < bar;
  }

  /**
   * Runs the sentence model itself (no stored vectors) on every text semantic matching embeds
   * for the corpus, its sentences and its paragraphs with their titles, and writes the vectors.
   */
  static int writeCorpusVectors(Corpus corpus, Path file) throws IOException {
    TextEmbedder model = SemanticModel.shared()
        .orElseThrow(() -> new IOException("the sentence model cannot run here"));
    Map<String, float[]> vectors = new ConcurrentHashMap<>();
    TextEmbedder recording = text -> vectors.computeIfAbsent(text, model::embed);
    CorpusAnswerService.create(corpus, AnswerSettings.of(Ranking.semanticDefaults(), recording),
        0).embedAll();
    TextVectors.write(vectors, file);
    return vectors.size();
  }
}

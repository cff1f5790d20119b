package org.citebot.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.citebot.answer.AnswerSettings;
import org.citebot.answer.CorpusAnswerService;
import org.citebot.answer.Matching;
import org.citebot.config.ConfigException;
import org.citebot.corpus.CorpusLoader;
import org.citebot.semantic.SemanticModel;
import org.citebot.semantic.StaticVectors;
import org.citebot.text.Corpus;
import org.citebot.text.LoadReport;
import org.citebot.text.TextHygiene;

/** Loads the corpus and builds the core services once per process, for every subcommand. */
final class CliContext {

  private final Map<String, String> env;
  private Corpus corpus;
  private CorpusAnswerService service;

  CliContext(Map<String, String> env) {
    this.env = env;
  }

  Map<String, String> env() {
    return env;
  }

  synchronized Corpus corpus(Path dir) {
    if (corpus == null) {
      try {
        corpus = dir == null ? CorpusLoader.loadDefault() : CorpusLoader.load(dir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return corpus;
  }

  synchronized CorpusAnswerService service(Path dir) {
    if (service == null) {
      // Every answer's confidence reads the static vectors: they load while the corpus is read
      // and indexed, which a one-question "ask" would otherwise wait for in turn.
      StaticVectors.loadInBackground();
      service = CorpusAnswerService.create(corpus(dir), settings(), 10_000);
    }
    return service;
  }

  /**
   * The answer service for a command that answers questions now (ask, chat): with semantic
   * matching the sentence model starts loading while the corpus is indexed, rather than when
   * the first question needs it. Commands that answer nothing (sources, timeline) do not load it.
   */
  synchronized CorpusAnswerService answeringService(Path dir) {
    if (service == null && matching() == Matching.SEMANTIC) {
      SemanticModel.loadInBackground();
    }
    return service(dir);
  }

  /** The answer settings: {@link #matching()} and {@code CITEBOT_MIN_CONFIDENCE}. */
  AnswerSettings settings() {
    try {
      return AnswerSettings.of(matching())
          .withMinConfidence(env.get(AnswerSettings.MIN_CONFIDENCE_KEY));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage());
    }
  }

  /** Semantic unless {@code CITEBOT_MATCHING=lexical}. */
  Matching matching() {
    return Matching.parse(env.get(Matching.KEY));
  }

  /** One line per skipped file and per warning, for stderr. */
  static String skippedLines(LoadReport r) {
    StringBuilder sb = new StringBuilder();
    r.skipped().forEach(s -> sb.append("skipped ").append(s.file()).append(": ")
        .append(s.reason()).append('\n'));
    r.duplicates().forEach(s -> sb.append("duplicate ").append(s.file()).append(": ")
        .append(s.reason()).append('\n'));
    r.warnings().forEach(s -> sb.append("warning ").append(s.file()).append(": ")
        .append(s.reason()).append('\n'));
    return sb.toString();
  }

  /**
   * A one-line description of a failure, without a stack trace, and without control characters:
   * messages echo file names and values, which may hold escape codes.
   */
  static String describe(Throwable e) {
    Throwable t = e;
    while ((t instanceof UncheckedIOException || t.getMessage() == null) && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof NoSuchFileException) {
      return "file not found: " + TextHygiene.oneLine(t.getMessage());
    }
    return t.getMessage() == null ? t.getClass().getSimpleName()
        : TextHygiene.oneLine(t.getMessage());
  }
}

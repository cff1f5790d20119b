package org.citebot.answer;

import java.util.List;
import java.util.Optional;

/**
 * The port that chat adapters and the CLI use: ask a question, list sources. Implementations are
 * thread-safe.
 */
public interface AnswerService {

  /** Longest question answered in full; longer ones are shortened with a note. */
  int MAX_QUESTION_LENGTH = 500;

  /** Answers one question. Never throws for any user text; blank text gets an abstention. */
  Answer ask(String question);

  /** The articles in the corpus, in a stable order. */
  List<SourceSummary> sources();

  /** One article by id, if present. */
  Optional<SourceSummary> source(String id);
}

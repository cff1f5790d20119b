package org.citebot.answer;

import java.util.Locale;
import org.citebot.config.ConfigException;
import org.citebot.semantic.SemanticModel;
import org.citebot.semantic.TextEmbedder;

/**
 * How candidate sentences are matched to a question: by words alone (BM25 and word coverage,
 * the default), or by words and closeness in meaning from the bundled sentence-embedding model.
 * Semantic matching ranks paraphrases better (SQuAD strict hit@1 0.815 against 0.791, hit@3 0.906
 * against 0.891). It consults the model only when words alone leave the choice open (for 43% of
 * SQuAD's questions), so most answers take no longer; but those that do take about 3.5 ms more,
 * past the 5 ms the bot's slowest answers are held to, so it is a choice for operators who want
 * it.
 */
public enum Matching {
  LEXICAL,
  SEMANTIC;

  /** The setting's name, read from {@code CITEBOT_MATCHING}. */
  public static final String KEY = "CITEBOT_MATCHING";

  /** Parses {@code semantic} or {@code lexical} (any case); null or blank means lexical. */
  public static Matching parse(String value) {
    if (value == null || value.isBlank()) {
      return LEXICAL;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "semantic" -> SEMANTIC;
      case "lexical" -> LEXICAL;
      default -> throw new ConfigException(
          KEY + "=" + value + " must be semantic or lexical");
    };
  }

  /** The ranking weights for this kind of matching. */
  public Ranking ranking() {
    return this == SEMANTIC ? Ranking.semanticDefaults() : Ranking.defaults();
  }

  /** The shared sentence model, loaded on first use, or null for lexical matching. */
  public TextEmbedder embedder() {
    return this == SEMANTIC ? SemanticModel.onFirstUse() : null;
  }
}

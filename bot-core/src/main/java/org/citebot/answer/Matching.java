package org.citebot.answer;

import java.util.Locale;
import org.citebot.config.ConfigException;
import org.citebot.semantic.SemanticModel;
import org.citebot.semantic.TextEmbedder;

/**
 * How candidate sentences are matched to a question: by words and closeness in meaning from the
 * bundled sentence-embedding model (the default), or by words alone (BM25 and word coverage).
 * Semantic matching, with its own confidence model, ranks paraphrases better and abstains more
 * rightly: on the unfitted SQuAD half, combined accuracy 0.517 against 0.491, off-topic
 * questions abstained 0.951 against 0.911. It consults the model only when words alone leave
 * the choice open (for 43% of SQuAD's questions), so most answers take no longer; those that do
 * take about 3.5 ms more. Words alone suit a machine where the model cannot run (the bot then
 * falls back to them by itself, with their own gates and confidence model, for every question the
 * model was to weigh) or that must answer in the fewest microseconds.
 */
public enum Matching {
  LEXICAL,
  SEMANTIC;

  /** The setting's name, read from {@code CITEBOT_MATCHING}. */
  public static final String KEY = "CITEBOT_MATCHING";

  /** Parses {@code semantic} or {@code lexical} (any case); null or blank means semantic. */
  public static Matching parse(String value) {
    if (value == null || value.isBlank()) {
      return SEMANTIC;
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

package org.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.citebot.corpus.CorpusLoader;
import org.citebot.semantic.SemanticModel;
import org.citebot.semantic.SentenceEncoder;
import org.citebot.semantic.TextEmbedder;
import org.citebot.semantic.TextVectors;
import org.junit.jupiter.api.Test;

/**
 * The shipped vectors of the default corpus are current: every text semantic matching embeds
 * for it has one, and they are the model's own. Regenerate with {@code citebot eval
 * --corpus-vectors --out bot-core/src/main/resources/org/citebot/semantic/default-corpus-vectors.bin}.
 */
class DefaultCorpusVectorsTest {

  @Test
  void everySentenceAndParagraph_hasTheModelsVector() {
    TextVectors stored = TextVectors.shipped();
    TextEmbedder model = SemanticModel.shared().orElseThrow();
    List<String> missing = new ArrayList<>();
    List<String> checked = new ArrayList<>();
    TextEmbedder storedOnly = stored.before(text -> {
      missing.add(text);
      return model.embed(text);
    });
    TextEmbedder comparing = text -> {
      float[] v = storedOnly.embed(text);
      // Every tenth text against the model itself (all of them would take seconds); its kernels
      // may round differently on another processor, hence the tolerance.
      if (checked.size() % 10 == 0 || missing.contains(text)) {
        double cosine = SentenceEncoder.similarity(v, model.embed(text));
        assertTrue(cosine > 0.9999, "stale vector (" + cosine + ") for: " + text);
      }
      checked.add(text);
      return v;
    };
    CorpusAnswerService.create(CorpusLoader.loadDefault(),
        AnswerSettings.of(Ranking.semanticDefaults(), comparing), 0).embedAll();
    assertTrue(checked.size() > 300, "texts embedded: " + checked.size());
    assertTrue(missing.isEmpty(), missing.size() + " texts of the default corpus have no stored "
        + "vector, e.g. " + (missing.isEmpty() ? "" : missing.get(0)) + "; regenerate with "
        + "citebot eval --corpus-vectors --out "
        + "bot-core/src/main/resources/org/citebot/semantic/default-corpus-vectors.bin");
  }
}

package org.citebot.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.citebot.corpus.Article;
import org.citebot.corpus.Corpus;
import org.citebot.corpus.CorpusLoader;
import org.citebot.corpus.Source;
import org.citebot.retrieval.PassageIndex;

/**
 * The default corpus with the publication date and outlet each page prints, for articles whose
 * metadata the loader leaves empty. What the loader does find is kept, so these tests exercise the
 * timeline with whatever the loader reads and do not depend on how far its metadata extraction
 * has come. The Eurasia Daily Monitor and the second Moscow Times page print no date, so they stay
 * undated, which the tests rely on for "undated articles resolve only absolute dates".
 */
final class DefaultCorpusFixture {

  private record Printed(String outlet, LocalDate published) {}

  private static final Map<String, Printed> PRINTED = Map.of(
      "000_f6cdb95ff72735f9", new Printed("The Moscow Times", LocalDate.of(2023, 1, 3)),
      "001_7307909e540cd7b0", new Printed("Caliber.az", LocalDate.of(2022, 12, 13)),
      "002_f788b1ef0a8ad520", new Printed("International Crisis Group", LocalDate.of(2023, 5, 22)),
      "003_42dbc069fe96fea7", new Printed("Eurasia Daily Monitor", null),
      "004_1f3d1865c051622d", new Printed("The Moscow Times", null));

  private static PassageIndex index;

  private DefaultCorpusFixture() {}

  /** One shared index: building it is the slow part, and it is immutable. */
  static synchronized PassageIndex index() {
    if (index == null) {
      index = PassageIndex.build(corpus());
    }
    return index;
  }

  static Corpus corpus() {
    Corpus loaded = CorpusLoader.loadDefault();
    List<Article> articles = loaded.articles().stream().map(DefaultCorpusFixture::withPrinted)
        .toList();
    return new Corpus(articles, loaded.report(), loaded.version(), loaded.synonyms());
  }

  private static Article withPrinted(Article a) {
    Printed p = PRINTED.get(a.id());
    if (p == null) {
      return a;
    }
    Source s = a.source();
    Source filled = new Source(s.id(), s.title(), s.outlet() != null ? s.outlet() : p.outlet(),
        s.authors(), s.published() != null ? s.published() : p.published(), s.url(),
        s.language());
    return new Article(filled, a.text(), a.paragraphs(), a.sentences(), a.fileName());
  }
}

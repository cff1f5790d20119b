package org.citebot.answer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.citebot.retrieval.PassageIndex;
import org.citebot.text.Article;
import org.citebot.text.Corpus;
import org.citebot.text.LoadReport;
import org.citebot.text.Source;
import org.citebot.text.TextSegmenter;

/** Corpora of a few hand-written articles for the pipeline's stage tests. */
final class TinyCorpus {

  private TinyCorpus() {}

  /** One article per text, ids a, b, c..., each from its own outlet "Outlet A", "Outlet B"... */
  static Corpus of(String... texts) {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      String id = String.valueOf((char) ('a' + i));
      articles.add(TextSegmenter.article(new Source(id, "Article " + id.toUpperCase(),
          "Outlet " + id.toUpperCase(), List.of(), LocalDate.of(2023, 5, 1), null, "en"),
          texts[i], id + ".txt"));
    }
    return new Corpus(articles, new LoadReport(articles.size(), List.of(), List.of()), "v1",
        List.of());
  }

  static PassageIndex index(String... texts) {
    return PassageIndex.build(of(texts));
  }
}

package org.citebot.answer;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.citebot.retrieval.Retriever;
import org.citebot.retrieval.SentenceRef;
import org.citebot.text.Article;

/** Where sentences stand: their neighbours within a paragraph, a paragraph's sentences. */
final class Paragraphs {

  private final Retriever retriever;
  /** Each article's position in the corpus, filled once; read-only afterwards. */
  private final Map<Article, Integer> ordinals = new IdentityHashMap<>();

  Paragraphs(Retriever retriever) {
    this.retriever = retriever;
    List<Article> all = retriever.corpus().articles();
    for (int i = 0; i < all.size(); i++) {
      ordinals.put(all.get(i), i);
    }
  }

  int ordinal(Article a) {
    return ordinals.get(a);
  }

  /** A key for a sentence's paragraph, unique within the corpus. */
  long paragraphKey(SentenceRef s) {
    return key(ordinal(s.article()), s.paragraph());
  }

  static long key(int articleOrdinal, int paragraph) {
    return ((long) articleOrdinal << 32) | paragraph;
  }

  /** The sentence {@code step} places away in the same paragraph, or null. */
  SentenceRef neighbour(SentenceRef s, int step) {
    int i = s.index() + step;
    if (i < 0 || i >= s.article().sentences().size()) {
      return null;
    }
    SentenceRef n = retriever.sentence(ordinal(s.article()), i);
    return n.paragraph() == s.paragraph() ? n : null;
  }

  /** The sentence after {@code s} in its article, whatever its paragraph, or null. */
  SentenceRef next(SentenceRef s) {
    int i = s.index() + 1;
    return i < s.article().sentences().size() ? retriever.sentence(ordinal(s.article()), i) : null;
  }

  /** The sentences of one paragraph of an article, in order. */
  List<SentenceRef> sentences(int articleOrdinal, int paragraph) {
    List<SentenceRef> out = new ArrayList<>();
    int count = retriever.corpus().articles().get(articleOrdinal).sentences().size();
    for (int i = 0; i < count; i++) {
      SentenceRef s = retriever.sentence(articleOrdinal, i);
      if (s.paragraph() == paragraph) {
        out.add(s);
      }
    }
    return out;
  }

  /** The sentences of the paragraph {@code s} stands in. */
  List<SentenceRef> paragraphOf(SentenceRef s) {
    return sentences(ordinal(s.article()), s.paragraph());
  }
}

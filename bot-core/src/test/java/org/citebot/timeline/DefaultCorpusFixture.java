package org.citebot.timeline;

import org.citebot.corpus.CorpusLoader;
import org.citebot.retrieval.PassageIndex;

/**
 * The default corpus as the loader reads it, indexed once for all timeline tests: building the
 * index is the slow part, and it is immutable. The tests rely on the loader finding the dates the
 * pages print (Moscow Times 3 January 2023, Caliber.az 13 December 2022, Crisis Group 22 May 2023)
 * and on two pages printing none (Eurasia Daily Monitor, the second Moscow Times page).
 */
final class DefaultCorpusFixture {

  private static PassageIndex index;

  private DefaultCorpusFixture() {}

  static synchronized PassageIndex index() {
    if (index == null) {
      index = PassageIndex.build(CorpusLoader.loadDefault());
    }
    return index;
  }
}

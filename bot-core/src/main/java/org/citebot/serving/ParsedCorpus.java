package org.citebot.serving;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.citebot.corpus.ArticleFiles;
import org.citebot.corpus.CorpusLoader;
import org.citebot.text.Article;
import org.citebot.text.Corpus;
import org.citebot.text.Hashes;

/**
 * A corpus and the files it was built from, each with its raw bytes (for the snapshot and the
 * refresh report) and, for an article file, its parse, which the next refresh reuses while the
 * file's bytes stay the same.
 *
 * @param corpus the corpus built from the files
 * @param files file name to file, in name order
 */
record ParsedCorpus(Corpus corpus, Map<String, ParsedFile> files) {

  ParsedCorpus {
    files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
  }

  /**
   * One file served.
   *
   * @param result the article file's parse, with an article; null for the synonyms file
   */
  record ParsedFile(String name, byte[] bytes, ArticleFiles.Result result) {
    ParsedFile {
      if ((result == null) != name.equals(CorpusLoader.SYNONYMS_FILE)) {
        throw new IllegalArgumentException("only the synonyms file comes without a parse, was "
            + name + (result == null ? " without one" : " with one"));
      }
      if (result != null && result.article() == null) {
        throw new IllegalArgumentException("a file served must hold an article, " + name
            + " does not: " + result.problem());
      }
    }

    static ParsedFile synonyms(byte[] bytes) {
      return new ParsedFile(CorpusLoader.SYNONYMS_FILE, bytes, null);
    }
  }

  /** Builds the corpus from files already parsed; nothing is read or parsed again. */
  static ParsedCorpus of(Collection<ParsedFile> parsed) {
    Map<String, ParsedFile> byName = new TreeMap<>();
    parsed.forEach(p -> byName.put(p.name(), p));
    CorpusLoader.Builder builder = new CorpusLoader.Builder();
    for (ParsedFile p : byName.values()) {
      if (p.result() == null) {
        builder.synonyms(p.bytes());
      } else {
        builder.article(p.name(), p.result());
      }
    }
    return new ParsedCorpus(builder.build(), byName);
  }

  /**
   * Parses files that loaded before (a snapshot's), each once.
   *
   * @throws IllegalArgumentException when one of them no longer holds an article
   */
  static ParsedCorpus parse(Map<String, byte[]> files, ArticleFiles.Parser parser) {
    return of(files.entrySet().stream()
        .map(e -> e.getKey().equals(CorpusLoader.SYNONYMS_FILE) ? ParsedFile.synonyms(e.getValue())
            : new ParsedFile(e.getKey(), e.getValue(), parser.parse(e.getKey(), e.getValue())))
        .toList());
  }

  /** File name to raw bytes, in name order. */
  Map<String, byte[]> bytes() {
    Map<String, byte[]> out = new LinkedHashMap<>();
    files.forEach((name, f) -> out.put(name, f.bytes()));
    return out;
  }

  /** Each article's id and the SHA-256 of its file, to tell added, updated and removed apart. */
  Map<String, String> hashesById() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Article a : corpus.articles()) {
      ParsedFile f = files.get(a.fileName());
      out.put(a.id(), f == null ? "" : Hashes.sha256(f.bytes()));
    }
    return out;
  }
}

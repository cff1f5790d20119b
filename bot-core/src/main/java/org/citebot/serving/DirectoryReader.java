package org.citebot.serving;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.citebot.corpus.ArticleFiles;
import org.citebot.corpus.CorpusLoader;
import org.citebot.serving.ParsedCorpus.ParsedFile;
import org.citebot.text.LoadReport;
import org.citebot.text.TextHygiene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the corpus directory for a refresh and picks what to serve for each file: its own bytes
 * when they hold an article, else its last good version. Each file is parsed at most once, and
 * not at all when its bytes are those of the version served now.
 */
final class DirectoryReader {

  private static final Logger LOG = LoggerFactory.getLogger(DirectoryReader.class);

  private final ArticleFiles.Parser parser;

  DirectoryReader(ArticleFiles.Parser parser) {
    this.parser = parser;
  }

  /**
   * What a read found.
   *
   * @param fingerprint the directory's fingerprint, taken before its files were read
   * @param chosen the files to serve
   * @param skipped the files not served as they are, with the reason
   */
  record Reading(String fingerprint, List<ParsedFile> chosen, List<LoadReport.Skipped> skipped,
      int files) {}

  /**
   * @param last the files served now, by name (empty before the first load)
   * @throws IOException when the directory cannot be listed
   */
  Reading read(Path dir, Map<String, ParsedFile> last, Consumer<RefreshProgress> progress)
      throws IOException {
    String fingerprint = DirectoryFingerprint.of(dir);
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(Files::isRegularFile)
          .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
          .toList();
    }
    List<ParsedFile> chosen = new ArrayList<>();
    List<LoadReport.Skipped> skipped = new ArrayList<>();
    int read = 0;
    for (Path file : files) {
      String outside = CorpusLoader.leavesFolder(dir, file);
      if (outside != null) {
        // Not even a last good version: the link may have pointed outside all along.
        skipped.add(new LoadReport.Skipped(file.getFileName().toString(), outside));
      } else {
        choose(file, last, chosen, skipped);
      }
      progress.accept(new RefreshProgress(++read, files.size(), 0));
    }
    return new Reading(fingerprint, chosen, skipped, files.size());
  }

  private void choose(Path file, Map<String, ParsedFile> last, List<ParsedFile> chosen,
      List<LoadReport.Skipped> skipped) {
    String name = file.getFileName().toString();
    if (name.startsWith("_")) {
      if (name.equals(CorpusLoader.SYNONYMS_FILE)) {
        try {
          chosen.add(ParsedFile.synonyms(Files.readAllBytes(file)));
        } catch (IOException e) {
          keepOrSkip(name, "cannot be read (" + e.getMessage() + ")", last, chosen, skipped);
        }
      }
      return;
    }
    if (!ArticleFiles.isArticleFile(name)) {
      skipped.add(new LoadReport.Skipped(name, "not an article file (use .txt, .md or .html)"));
      return;
    }
    ParsedFile served = last.get(name);
    String problem;
    try {
      ArticleFiles.Result r = ArticleFiles.read(file, (n, bytes) ->
          served != null && Arrays.equals(bytes, served.bytes()) ? served.result()
              : parser.parse(n, bytes));
      if (r.article() != null) {
        chosen.add(new ParsedFile(name, r.bytes(), r));
        return;
      }
      problem = r.problem();
    } catch (IOException e) {
      problem = "cannot be read (" + e.getMessage() + ")";
    } catch (RuntimeException e) {
      LOG.error("parsing corpus file {} failed", TextHygiene.oneLine(file.toString()), e);
      problem = "could not be parsed (internal error, see log)";
    }
    keepOrSkip(name, problem, last, chosen, skipped);
  }

  private static void keepOrSkip(String name, String problem, Map<String, ParsedFile> last,
      List<ParsedFile> chosen, List<LoadReport.Skipped> skipped) {
    ParsedFile good = last.get(name);
    if (good != null) {
      chosen.add(good);
      skipped.add(new LoadReport.Skipped(name, problem + "; its last good version is still"
          + " served"));
    } else {
      skipped.add(new LoadReport.Skipped(name, problem));
    }
  }
}

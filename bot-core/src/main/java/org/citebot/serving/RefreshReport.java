package org.citebot.serving;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.citebot.text.Corpus;
import org.citebot.text.LoadReport;

/**
 * What a refresh changed, a count for every outcome.
 *
 * @param added ids of articles that are new
 * @param updated ids of articles whose file changed
 * @param removed ids of articles no longer served
 * @param skipped files not loaded, each with its reason; a file that loaded before says that its
 *     last good version is still served
 * @param duplicates files dropped because the same article is already loaded
 * @param articles articles now served
 * @param passages passages in the index now served
 * @param took how long the refresh took
 * @param version the fingerprint of the corpus now served
 * @param warnings files served with something cut or dropped, each with what
 */
public record RefreshReport(
    List<String> added,
    List<String> updated,
    List<String> removed,
    List<LoadReport.Skipped> skipped,
    List<LoadReport.Skipped> duplicates,
    int articles,
    int passages,
    Duration took,
    String version,
    List<LoadReport.Skipped> warnings) {

  public RefreshReport {
    added = List.copyOf(added);
    updated = List.copyOf(updated);
    removed = List.copyOf(removed);
    skipped = List.copyOf(skipped);
    duplicates = List.copyOf(duplicates);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    if (articles < 0 || passages < 0) {
      throw new IllegalArgumentException("counts must be >= 0, articles: " + articles
          + ", passages: " + passages);
    }
    Objects.requireNonNull(took, "took");
    Objects.requireNonNull(version, "version");
  }

  /**
   * The report of a refresh from {@code before} (null at the first load) to {@code now}.
   *
   * @param skipped files the directory read did not serve as they are
   */
  static RefreshReport of(ParsedCorpus before, ParsedCorpus now, int passages,
      List<LoadReport.Skipped> skipped, Duration took) {
    Map<String, String> was = before == null ? Map.of() : before.hashesById();
    Map<String, String> is = now.hashesById();
    List<String> added = new ArrayList<>();
    List<String> updated = new ArrayList<>();
    is.forEach((id, hash) -> {
      String old = was.get(id);
      if (old == null) {
        added.add(id);
      } else if (!old.equals(hash)) {
        updated.add(id);
      }
    });
    List<String> removed = was.keySet().stream().filter(id -> !is.containsKey(id)).toList();
    Corpus corpus = now.corpus();
    List<LoadReport.Skipped> allSkipped = new ArrayList<>(skipped);
    allSkipped.addAll(corpus.report().skipped());
    return new RefreshReport(added, updated, removed, allSkipped, corpus.report().duplicates(),
        corpus.articles().size(), passages, took, corpus.version(), corpus.report().warnings());
  }

  /** Whether the served articles changed. */
  public boolean changed() {
    return !added.isEmpty() || !updated.isEmpty() || !removed.isEmpty();
  }

  /** The report in a few plain lines, for a moderator. */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    sb.append(changed() ? "Corpus refreshed" : "Corpus unchanged").append(": ")
        .append(articles).append(articles == 1 ? " article, " : " articles, ")
        .append(passages).append(passages == 1 ? " passage" : " passages")
        .append(" (").append(took.toMillis()).append(" ms).");
    line(sb, "Added", added);
    line(sb, "Updated", updated);
    line(sb, "Removed", removed);
    for (LoadReport.Skipped s : skipped) {
      sb.append("\nSkipped ").append(s.file()).append(": ").append(s.reason());
    }
    for (LoadReport.Skipped s : duplicates) {
      sb.append("\nDuplicate ").append(s.file()).append(": ").append(s.reason());
    }
    for (LoadReport.Skipped s : warnings) {
      sb.append("\nWarning ").append(s.file()).append(": ").append(s.reason());
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, String label, List<String> ids) {
    if (!ids.isEmpty()) {
      sb.append('\n').append(label).append(": ").append(String.join(", ", ids));
    }
  }
}

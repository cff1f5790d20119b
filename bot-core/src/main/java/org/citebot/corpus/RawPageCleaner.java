package org.citebot.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the text of a page as copied from a browser (or written in markdown) into the article's
 * own prose and the citation facts the page states.
 *
 * <p>The page is read as units: usually one per line, or one per block when a block is
 * hard-wrapped prose. Everything before the first prose unit is the header (title, byline, date,
 * outlet); the body runs from there to the first appeal or the contributors list. In the body,
 * site furniture (share lines, counters, captions with credits, notes) is dropped, pull quotes
 * that repeat the text are dropped, and paragraphs that a page break split mid-sentence are joined
 * again.
 */
public final class RawPageCleaner {

  /** A hard-wrapped block has long lines; a block of short lines is a list of separate items. */
  private static final int WRAPPED_LINE_MIN_CHARS = 40;
  /** A paragraph without final punctuation this long is prose cut by a page break, not a heading. */
  private static final int BROKEN_PROSE_MIN_WORDS = 40;
  private static final int FIRST_PROSE_MIN_WORDS = 6;

  private RawPageCleaner() {}

  /** One line (or hard-wrapped block) of the page. */
  private record Unit(String raw, String text, int block, boolean h1, boolean markdownHeading) {}

  /** Cleans the page text (line breaks already normalised to {@code \n}). */
  public static CleanPage clean(String content) {
    List<Unit> units = units(content);
    int bodyStart = -1;
    for (int i = 0; i < units.size(); i++) {
      if (isFirstProse(units.get(i))) {
        bodyStart = i;
        break;
      }
    }
    int headerEnd = bodyStart < 0 ? units.size() : bodyStart;
    int cut = units.size();
    int contributorsAt = -1;
    for (int i = Math.max(bodyStart, 0); bodyStart >= 0 && i < units.size(); i++) {
      String t = units.get(i).text();
      if (PageText.isContributorsHeading(t)) {
        contributorsAt = i;
        cut = i;
        break;
      }
      if (PageText.isCutMarker(t)) {
        cut = i;
        break;
      }
    }
    PageMetadata metadata = metadata(units, headerEnd, contributorsAt);
    List<String> body = new ArrayList<>();
    for (int i = headerEnd; i < cut; i++) {
      Unit u = units.get(i);
      if (!isDroppedInBody(u)) {
        body.add(u.text());
      }
    }
    List<String> paragraphs = new ArrayList<>(assemble(PageText.withoutPullQuotes(body)));
    if (contributorsAt >= 0) {
      // The contributors list stays quotable as one closing paragraph, so that "who wrote
      // this?" can be answered with the page's own words.
      List<String> credits = new ArrayList<>();
      for (int i = contributorsAt; i < units.size() && !PageText.isCutMarker(units.get(i).text());
          i++) {
        credits.add(units.get(i).text());
      }
      paragraphs.add(String.join(" ", credits));
    }
    return new CleanPage(metadata, paragraphs);
  }

  private static List<Unit> units(String content) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : content.split("\n", -1)) {
      if (PageText.normalizeSpaces(line).isEmpty()) {
        if (!current.isEmpty()) {
          blocks.add(current);
          current = new ArrayList<>();
        }
      } else {
        current.add(line);
      }
    }
    if (!current.isEmpty()) {
      blocks.add(current);
    }
    List<Unit> units = new ArrayList<>();
    for (int b = 0; b < blocks.size(); b++) {
      List<String> lines = blocks.get(b);
      if (isHardWrapped(lines)) {
        units.add(unit(String.join(" ", lines), b));
      } else {
        for (String line : lines) {
          units.add(unit(line, b));
        }
      }
    }
    return units;
  }

  private static boolean isHardWrapped(List<String> lines) {
    if (lines.size() < 2 || PageText.isMarkdownHeading(lines.get(0))) {
      return false;
    }
    boolean someUnfinished = false;
    for (int i = 0; i < lines.size() - 1; i++) {
      String l = lines.get(i).strip();
      if (l.length() < WRAPPED_LINE_MIN_CHARS) {
        return false;
      }
      someUnfinished |= !PageText.endsSentence(l);
    }
    return someUnfinished;
  }

  private static Unit unit(String raw, int block) {
    String stripped = raw.strip();
    String text = PageText.normalizeSpaces(PageText.stripMarkdown(stripped));
    boolean heading = PageText.isMarkdownHeading(stripped);
    return new Unit(raw, text, block, heading && stripped.matches("^#\\s.*"), heading);
  }

  private static boolean isFirstProse(Unit u) {
    String t = u.text();
    return !u.markdownHeading()
        && PageText.wordCount(t) >= FIRST_PROSE_MIN_WORDS
        && (PageText.endsSentence(t) || isBrokenProse(t))
        && !PageText.isQuestionHeading(t)
        && !isMetadataLine(t)
        && !PageText.isFurniture(t)
        && !PageText.isCutMarker(t);
  }

  private static boolean isMetadataLine(String t) {
    return MetadataInference.dateLine(t).isPresent()
        || MetadataInference.byline(t).isPresent()
        || MetadataInference.publicationLine(t).isPresent();
  }

  private static boolean isDroppedInBody(Unit u) {
    String t = u.text();
    // Markdown sub-headings label sections; like the short headings of copied pages they are
    // not sentences a reader can be quoted, so the body keeps prose only.
    return u.markdownHeading() || isMetadataLine(t) || PageText.isFurniture(t);
  }

  /**
   * Joins paragraphs split mid-sentence and drops headings and captions: a paragraph without
   * final punctuation either continues in the next kept paragraph (when it is long prose or the
   * next one starts in lower case) or is a heading or caption. Short lines between the two halves
   * of a split paragraph are captions.
   *
   * <p>Sub-headings ("Armed Armenian gangs") are dropped rather than kept as paragraphs: they
   * label a section but state nothing a reader could be quoted, and a quote must be a sentence of
   * the article. Captions without a credit look the same and go the same way.
   */
  private static List<String> assemble(List<String> paragraphs) {
    List<String> out = new ArrayList<>();
    String pending = null;
    for (int i = 0; i < paragraphs.size(); i++) {
      String p = paragraphs.get(i);
      boolean terminal = PageText.endsSentence(p);
      if (pending != null) {
        if (!terminal && !PageText.startsLowerCase(p) && !isBrokenProse(p)) {
          continue;
        }
        pending = pending + " " + p;
        if (terminal) {
          out.add(pending);
          pending = null;
        }
        continue;
      }
      if (terminal) {
        if (!PageText.isQuestionHeading(p)) {
          out.add(p);
        }
      } else if (isBrokenProse(p)
          || (i + 1 < paragraphs.size() && PageText.startsLowerCase(paragraphs.get(i + 1)))) {
        pending = p;
      }
      // else: a heading or caption ("Armed Armenian gangs"); dropped, see the method comment.
    }
    if (pending != null && isBrokenProse(pending)) {
      out.add(pending);
    }
    return out;
  }

  private static boolean isBrokenProse(String p) {
    int words = PageText.wordCount(p);
    return words >= BROKEN_PROSE_MIN_WORDS
        || (words >= 15 && PageText.hasInternalSentenceEnd(p));
  }

  private static PageMetadata metadata(List<Unit> units, int headerEnd, int contributorsAt) {
    String title = title(units, headerEnd);
    LocalDate published = null;
    List<String> authors = new ArrayList<>();
    String organisationLine = null;
    for (int i = 0; i < headerEnd; i++) {
      String t = units.get(i).text();
      Optional<LocalDate> d = MetadataInference.dateLine(t);
      if (published == null && d.isPresent()) {
        published = d.get();
      }
      Optional<List<String>> byline = MetadataInference.byline(t);
      if (authors.isEmpty() && byline.isPresent()) {
        authors.addAll(byline.get());
      }
      if (organisationLine == null && !t.equals(title) && MetadataInference.isOrganisationLine(t)) {
        organisationLine = t;
      }
    }
    if (contributorsAt >= 0) {
      for (String name : contributors(units, contributorsAt)) {
        if (!authors.contains(name)) {
          authors.add(name);
        }
      }
    }
    return new PageMetadata(title, outlet(units, organisationLine), authors, published,
        url(units), null);
  }

  /**
   * The title: a markdown "# " heading, else the title-like line right above a date, byline or
   * publication line, else the first title-like header line.
   */
  private static String title(List<Unit> units, int headerEnd) {
    for (int i = 0; i < headerEnd; i++) {
      if (units.get(i).h1()) {
        return units.get(i).text();
      }
    }
    for (int i = 0; i + 1 < headerEnd; i++) {
      if (isTitleLike(units.get(i).text()) && isMetadataLine(units.get(i + 1).text())) {
        return MetadataInference.headlineWithoutSubtitle(units.get(i).text());
      }
    }
    for (int i = 0; i < headerEnd; i++) {
      if (isTitleLike(units.get(i).text())) {
        return MetadataInference.headlineWithoutSubtitle(units.get(i).text());
      }
    }
    return null;
  }

  private static boolean isTitleLike(String t) {
    int words = PageText.wordCount(t);
    return words >= 3 && words <= 30
        && !t.endsWith(".")
        && !t.equals(t.toUpperCase(java.util.Locale.ROOT))
        && !isMetadataLine(t)
        && !MetadataInference.isOrganisationLine(t)
        && !PageText.isFurniture(t)
        && !PageText.isCutMarker(t);
  }

  /** The outlet by the strength of the page's own statement of it. */
  private static String outlet(List<Unit> units, String organisationLine) {
    String copyright = null;
    String appeal = null;
    for (Unit u : units) {
      String t = u.text();
      Optional<String> publication = MetadataInference.publicationLine(t);
      if (publication.isPresent()) {
        return publication.get();
      }
      if (copyright == null && MetadataInference.isCopyright(t)) {
        copyright = MetadataInference.copyrightHolder(t).orElse(null);
      }
      if (appeal == null) {
        appeal = MetadataInference.appealOutlet(t)
            .or(() -> MetadataInference.disclaimerOutlet(t)).orElse(null);
      }
    }
    if (copyright != null) {
      return copyright;
    }
    return organisationLine != null ? organisationLine : appeal;
  }

  private static String url(List<Unit> units) {
    for (int i = 0; i < units.size(); i++) {
      Optional<String> label = MetadataInference.urlLabel(units.get(i).text());
      if (label.isPresent()) {
        if (!label.get().isEmpty()) {
          return label.get();
        }
        if (i + 1 < units.size()) {
          Optional<String> next = MetadataInference.bareUrl(units.get(i + 1).text());
          if (next.isPresent()) {
            return next.get();
          }
        }
      }
    }
    return null;
  }

  /**
   * Names from a contributors list: each entry is a block starting "Name, Role"; lines that
   * continue the role are not names.
   */
  private static List<String> contributors(List<Unit> units, int headingAt) {
    List<String> names = new ArrayList<>();
    int lastBlock = units.get(headingAt).block();
    for (int i = headingAt + 1; i < units.size(); i++) {
      Unit u = units.get(i);
      if (PageText.isCutMarker(u.text())) {
        break;
      }
      if (u.block() == lastBlock) {
        continue;
      }
      lastBlock = u.block();
      String candidate = u.text().split(",", 2)[0].strip();
      int words = PageText.wordCount(candidate);
      List<String> parsed = MetadataInference.names(candidate);
      if (words >= 2 && words <= 5 && parsed.size() == 1) {
        names.add(parsed.get(0));
      }
    }
    return names;
  }
}

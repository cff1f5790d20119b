package org.citebot.discord;

import java.util.ArrayList;
import java.util.List;
import org.citebot.answer.Quote;
import org.citebot.render.TextCut;
import org.citebot.text.TextSpan;

/**
 * A quote in Discord markdown: block-quote lines, matched words in bold, its citation number.
 * Cuts are made in the plain text before markup is added, so no cut falls inside markup.
 */
final class DiscordQuotes {

  private DiscordQuotes() {}

  /**
   * A quote as block-quote lines with highlights in bold and its citation number, at most
   * {@code max} characters: when longer, the plain text is cut at a word and an ellipsis added.
   */
  static String render(Quote quote, int citation, int max) {
    String text = quote.text();
    String suffix = " [" + citation + "]";
    String full = markup(text, quote.highlights(), false) + suffix;
    if (full.length() <= max) {
      return full;
    }
    int end = TextCut.longestFit(text, max,
        e -> markup(text.substring(0, e), clip(quote.highlights(), e), true) + suffix);
    if (end == 0) {
      return TextCut.ELLIPSIS + suffix;
    }
    return markup(text.substring(0, end), clip(quote.highlights(), end), true) + suffix;
  }

  /** Escaped text as "> " lines, bold around highlights; bold never spans lines or edge spaces. */
  static String markup(String text, List<TextSpan> highlights, boolean cut) {
    StringBuilder body = new StringBuilder();
    int pos = 0;
    for (TextSpan h : merge(highlights)) {
      body.append(DiscordMarkdown.escape(text.substring(pos, h.start())));
      String[] lines = text.substring(h.start(), h.end()).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          body.append('\n');
        }
        body.append(bold(lines[i]));
      }
      pos = h.end();
    }
    body.append(DiscordMarkdown.escape(text.substring(pos)));
    if (cut) {
      body.append(DiscordMarkdown.ELLIPSIS);
    }
    StringBuilder out = new StringBuilder();
    for (String line : body.toString().split("\n", -1)) {
      if (!out.isEmpty()) {
        out.append('\n');
      }
      out.append("> ").append(line);
    }
    return out.toString();
  }

  private static String bold(String piece) {
    String core = piece.strip();
    if (core.isEmpty()) {
      return piece;
    }
    int lead = piece.indexOf(core);
    return piece.substring(0, lead) + "**" + DiscordMarkdown.escape(core) + "**"
        + piece.substring(lead + core.length());
  }

  /** Touching highlights would render as "****", which Discord shows literally. */
  private static List<TextSpan> merge(List<TextSpan> highlights) {
    List<TextSpan> out = new ArrayList<>();
    for (TextSpan h : highlights) {
      if (h.length() == 0) {
        continue;
      }
      if (!out.isEmpty() && out.get(out.size() - 1).end() == h.start()) {
        TextSpan last = out.remove(out.size() - 1);
        out.add(new TextSpan(last.start(), h.end()));
      } else {
        out.add(h);
      }
    }
    return out;
  }

  private static List<TextSpan> clip(List<TextSpan> highlights, int length) {
    List<TextSpan> out = new ArrayList<>();
    for (TextSpan h : highlights) {
      if (h.start() < length) {
        out.add(new TextSpan(h.start(), Math.min(h.end(), length)));
      }
    }
    return out;
  }
}

package org.citebot.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.citebot.text.TextSegmenter;

/** Reads one article file: checks its bytes, decodes it, and parses it into an {@link Article}. */
public final class ArticleFiles {

  /** Files larger than this are skipped: no article page is that big. */
  public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

  private ArticleFiles() {}

  /** The outcome of reading a file: an article, or the reason there is none. */
  public record Result(Article article, String problem, byte[] bytes) {}

  public static boolean isArticleFile(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".html") || n.endsWith(".htm");
  }

  public static Result read(Path file) throws IOException {
    String name = file.getFileName().toString();
    long size = Files.size(file);
    if (size > MAX_FILE_BYTES) {
      return new Result(null, "too large (" + size + " bytes, the limit is " + MAX_FILE_BYTES + ")",
          null);
    }
    byte[] bytes = Files.readAllBytes(file);
    return parse(name, bytes);
  }

  /** Parses an article from a file's name and bytes. */
  public static Result parse(String name, byte[] bytes) {
    if (bytes.length == 0) {
      return new Result(null, "empty file", bytes);
    }
    String content = new String(bytes, StandardCharsets.UTF_8);
    String id = idOf(name);
    String text = content.strip();
    String firstLine = text.lines().findFirst().orElse(id);
    Source source = new Source(id, firstLine, null, null, null, null, "en");
    Article a = TextSegmenter.article(source, text, name);
    if (a.sentences().isEmpty()) {
      return new Result(null, "no article text found", bytes);
    }
    return new Result(a, null, bytes);
  }

  /** The article id for a file name: the name without its extension. */
  public static String idOf(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}

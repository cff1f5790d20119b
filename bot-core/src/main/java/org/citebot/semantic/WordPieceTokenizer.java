package org.citebot.semantic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BERT's uncased WordPiece tokenizer, read from a Hugging Face {@code tokenizer.json}: clean the
 * text, lower-case it, strip accents, split on white space and punctuation, then cut each word
 * into the longest vocabulary pieces from the left ("##" marks a piece inside a word).
 */
public final class WordPieceTokenizer {

  private static final int MAX_WORD_CHARS = 100;

  private final Map<String, Integer> vocab;
  private final int cls;
  private final int sep;
  private final int unk;

  WordPieceTokenizer(Map<String, Integer> vocab) {
    this.vocab = Map.copyOf(vocab);
    this.cls = id("[CLS]");
    this.sep = id("[SEP]");
    this.unk = id("[UNK]");
  }

  /** Reads the vocabulary of a {@code tokenizer.json} whose model is WordPiece. */
  public static WordPieceTokenizer read(InputStream tokenizerJson) throws IOException {
    JsonNode model = new ObjectMapper().readTree(tokenizerJson).path("model");
    if (!"WordPiece".equals(model.path("type").asText())) {
      throw new IOException("illegal tokenizer model: " + model.path("type").asText()
          + ", must be WordPiece");
    }
    Map<String, Integer> vocab = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = model.path("vocab").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      vocab.put(e.getKey(), e.getValue().asInt());
    }
    return new WordPieceTokenizer(vocab);
  }

  /** The number of word pieces it knows (their ids run from 0 to one less). */
  int size() {
    return vocab.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
  }

  /** The word pieces by id (null where no piece has an id). */
  String[] pieces() {
    String[] out = new String[size()];
    vocab.forEach((piece, id) -> out[id] = piece);
    return out;
  }

  /** The id of {@code [CLS]}. */
  int clsId() {
    return cls;
  }

  /** The id of {@code [SEP]}. */
  int sepId() {
    return sep;
  }

  private int id(String token) {
    Integer id = vocab.get(token);
    if (id == null) {
      throw new IllegalArgumentException("vocabulary lacks " + token);
    }
    return id;
  }

  /** The ids of {@code [CLS] text [SEP]}, at most {@code maxTokens} in all. */
  public long[] encode(String text, int maxTokens) {
    List<Integer> ids = new ArrayList<>();
    ids.add(cls);
    for (String word : basicTokens(text)) {
      if (ids.size() >= maxTokens - 1) {
        break;
      }
      wordPieces(word, ids);
    }
    int n = Math.min(ids.size(), maxTokens - 1);
    long[] out = new long[n + 1];
    for (int i = 0; i < n; i++) {
      out[i] = ids.get(i);
    }
    out[n] = sep;
    return out;
  }

  /** Lower-cased, accent-free words and single punctuation marks. */
  static List<String> basicTokens(String text) {
    String lower = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < lower.length(); ) {
      int c = lower.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || c == 0 || c == 0xFFFD
          || (Character.isISOControl(c) && !Character.isWhitespace(c))) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        flush(word, out);
      } else if (isPunctuation(c, type) || isCjk(c)) {
        flush(word, out);
        out.add(new String(Character.toChars(c)));
      } else {
        word.appendCodePoint(c);
      }
    }
    flush(word, out);
    return out;
  }

  private static void flush(StringBuilder word, List<String> out) {
    if (!word.isEmpty()) {
      out.add(word.toString());
      word.setLength(0);
    }
  }

  private static boolean isPunctuation(int c, int type) {
    if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96)
        || (c >= 123 && c <= 126)) {
      return true;
    }
    return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
        || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
        || type == Character.OTHER_PUNCTUATION;
  }

  private static boolean isCjk(int c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x20000 && c <= 0x2A6DF) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0x2F800 && c <= 0x2FA1F);
  }

  private void wordPieces(String word, List<Integer> ids) {
    if (word.length() > MAX_WORD_CHARS) {
      ids.add(unk);
      return;
    }
    List<Integer> pieces = new ArrayList<>();
    int start = 0;
    while (start < word.length()) {
      int end = word.length();
      Integer found = null;
      while (start < end) {
        String piece = (start > 0 ? "##" : "") + word.substring(start, end);
        found = vocab.get(piece);
        if (found != null) {
          break;
        }
        end--;
      }
      if (found == null) {
        ids.add(unk);
        return;
      }
      pieces.add(found);
      start = end;
    }
    ids.addAll(pieces);
  }
}

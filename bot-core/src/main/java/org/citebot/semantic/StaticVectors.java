package org.citebot.semantic;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closeness in meaning in microseconds: one vector per word piece, distilled from the bundled
 * sentence model (each piece run through it alone, as Model2Vec does), and a text's vector the
 * weighted mean of its pieces'. It knows nothing of word order, but it tells a question about
 * chloroplasts from a sentence about EU law, at about a sixtieth of the model's cost per question.
 * The vectors ship as a resource that {@link #distill} regenerates; loaded on first use. Immutable
 * and thread-safe.
 */
public final class StaticVectors implements TextEmbedder {

  private static final Logger LOG = LoggerFactory.getLogger(StaticVectors.class);

  /** The class-path resource of the shipped vectors. */
  public static final String RESOURCE = "org/citebot/semantic/static-vectors.bin";

  private static final int MAGIC = 0x43425356;

  /**
   * The first id of a whole word in the model's vocabulary: below it are special tokens, unused
   * slots and single characters; above it words stand roughly in order of frequency ("the" is
   * first), which gives each piece its weight without counting anything.
   */
  private static final int FIRST_WORD = 1996;

  private final WordPieceTokenizer tokenizer;
  private final int dims;
  /** Each piece's vector, quantised to 8 bits, {@code dims} bytes a piece. */
  private final byte[] vectors;
  /** Each piece's weight times its quantisation scale; 0 for pieces that carry no meaning. */
  private final float[] scales;

  private StaticVectors(WordPieceTokenizer tokenizer, int dims, byte[] vectors, float[] scales) {
    this.tokenizer = tokenizer;
    this.dims = dims;
    this.vectors = vectors;
    this.scales = scales;
  }

  /** The word pieces the vectors are of: the sentence model's vocabulary, in id order. */
  WordPieceTokenizer tokenizer() {
    return tokenizer;
  }

  private static volatile StaticVectors shipped;
  private static volatile boolean unavailable;
  /** Whether a thread has been started to read them, so that no second one is. */
  private static final AtomicBoolean loadStarted = new AtomicBoolean();

  /** The shipped vectors, or null when they cannot be read here (the reason is logged once). */
  public static StaticVectors shipped() {
    StaticVectors s = shipped;
    if (s != null || unavailable) {
      return s;
    }
    synchronized (StaticVectors.class) {
      if (shipped == null && !unavailable) {
        try {
          shipped = load();
        } catch (IOException | RuntimeException e) {
          LOG.warn("static word vectors unavailable, answering without them: {}", e.getMessage());
          unavailable = true;
        }
      }
      return shipped;
    }
  }

  /**
   * Starts reading the shipped vectors on a thread of their own, so that a process that builds
   * an index first (a one-question {@code citebot ask}) has them by the time it needs them.
   */
  public static void loadInBackground() {
    if (shipped != null || unavailable || !loadStarted.compareAndSet(false, true)) {
      return;
    }
    Thread t = new Thread(StaticVectors::shipped, "static-vectors");
    t.setDaemon(true);
    t.start();
  }

  private static StaticVectors load() throws IOException {
    try (InputStream raw = StaticVectors.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IOException("static vectors not on the class path: " + RESOURCE);
      }
      return read(raw);
    }
  }

  /**
   * Reads vectors in the format {@link #distill} writes: the word pieces themselves come first,
   * so that no tokenizer file need be parsed (parsing the model's 700 kB tokenizer JSON took
   * longer than reading every vector).
   */
  static StaticVectors read(InputStream raw) throws IOException {
    // Read whole and parsed in bulk: element by element, a cold JVM took half a second. The
    // file is not compressed itself: the jar compresses it, and inflating twice cost 70 ms.
    ByteBuffer in = ByteBuffer.wrap(raw.readAllBytes());
    try {
      if (in.getInt() != MAGIC) {
        throw new IOException("not a static vectors file");
      }
      int pieces = in.getInt();
      int dims = in.getInt();
      int vocabularyBytes = in.getInt();
      if (pieces <= 0 || pieces > 1_000_000 || dims <= 0 || dims > 4096
          || vocabularyBytes < 0 || vocabularyBytes > in.remaining()) {
        throw new IOException("static vectors file of " + pieces + " pieces of " + dims
            + " dimensions is damaged");
      }
      String[] names = new String(in.array(), in.position(), vocabularyBytes,
          StandardCharsets.UTF_8).split("\n", -1);
      in.position(in.position() + vocabularyBytes);
      if (names.length != pieces) {
        throw new IOException("static vectors file names " + names.length + " pieces, not "
            + pieces + ": it is damaged");
      }
      Map<String, Integer> vocabulary = new HashMap<>(pieces * 2);
      for (int id = 0; id < pieces; id++) {
        if (!names[id].isEmpty()) {
          vocabulary.put(names[id], id);
        }
      }
      float[] scales = new float[pieces];
      in.asFloatBuffer().get(scales);
      in.position(in.position() + 4 * pieces);
      byte[] vectors = new byte[pieces * dims];
      in.get(vectors);
      return new StaticVectors(new WordPieceTokenizer(vocabulary), dims, vectors, scales);
    } catch (BufferUnderflowException e) {
      throw new IOException("static vectors file is cut short", e);
    }
  }

  /** The bytes its vectors and weights take in memory (the vocabulary aside). */
  public long bytes() {
    return vectors.length + 4L * scales.length;
  }

  @Override
  public float[] embed(String text) {
    long[] ids = tokenizer.encode(text, Integer.MAX_VALUE);
    float[] v = new float[dims];
    for (long id : ids) {
      float s = scales[(int) id];
      if (s == 0) {
        continue;
      }
      int at = (int) id * dims;
      for (int d = 0; d < dims; d++) {
        v[d] += s * vectors[at + d];
      }
    }
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    if (norm == 0) {
      return v;
    }
    float inv = (float) (1 / Math.sqrt(norm));
    for (int d = 0; d < dims; d++) {
      v[d] *= inv;
    }
    return v;
  }

  /** A piece's weight in a text's vector: rarer words weigh more, as IDF would have it. */
  static double weight(int id) {
    return id < FIRST_WORD ? 0.5 : Math.log(id - FIRST_WORD + 2);
  }

  /**
   * Runs every word piece (special tokens and unused slots aside) through the sentence model
   * alone and writes the vectors, less their mean (the direction all pieces share says nothing
   * of meaning), quantised to 8 bits. Deterministic; on two cores it takes a few minutes.
   */
  public static void distill(Path out) throws IOException {
    try (SentenceEncoder encoder = SentenceEncoder.fromResources(SemanticModel.MODEL,
        SemanticModel.TOKENIZER, 1)) {
      write(encoder, out);
    } catch (ai.onnxruntime.OrtException e) {
      throw new IOException("sentence model failed: " + e.getMessage(), e);
    }
  }

  private static void write(SentenceEncoder encoder, Path out) throws IOException {
    WordPieceTokenizer tokenizer = encoder.tokenizer();
    String[] pieces = tokenizer.pieces();
    int n = pieces.length;
    float[][] raw = new float[n][];
    int dims = 0;
    for (int id = 0; id < n; id++) {
      if (pieces[id] == null || (pieces[id].startsWith("[") && pieces[id].endsWith("]"))) {
        continue;
      }
      raw[id] = encoder.embedIds(new long[] {tokenizer.clsId(), id, tokenizer.sepId()});
      dims = raw[id].length;
    }
    double[] mean = new double[dims];
    int counted = 0;
    for (float[] v : raw) {
      if (v != null) {
        counted++;
        for (int d = 0; d < dims; d++) {
          mean[d] += v[d];
        }
      }
    }
    for (int d = 0; d < dims; d++) {
      mean[d] /= Math.max(counted, 1);
    }
    float[] scales = new float[n];
    byte[] bytes = new byte[n * dims];
    for (int id = 0; id < n; id++) {
      if (raw[id] == null) {
        continue;
      }
      double[] c = new double[dims];
      double norm = 0;
      for (int d = 0; d < dims; d++) {
        c[d] = raw[id][d] - mean[d];
        norm += c[d] * c[d];
      }
      norm = Math.sqrt(norm);
      double max = 0;
      for (int d = 0; d < dims; d++) {
        c[d] /= norm;
        max = Math.max(max, Math.abs(c[d]));
      }
      for (int d = 0; d < dims; d++) {
        bytes[id * dims + d] = (byte) Math.round(c[d] / max * 127);
      }
      scales[id] = (float) (weight(id) * max / 127);
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream file = Files.newOutputStream(out);
        DataOutputStream o = new DataOutputStream(
            new BufferedOutputStream(file))) {
      o.writeInt(MAGIC);
      o.writeInt(n);
      o.writeInt(dims);
      StringBuilder names = new StringBuilder();
      for (int id = 0; id < n; id++) {
        // No piece holds a line break: the tokenizer splits text on white space first.
        names.append(id > 0 ? "\n" : "").append(pieces[id] == null ? "" : pieces[id]);
      }
      byte[] vocabulary = names.toString().getBytes(StandardCharsets.UTF_8);
      o.writeInt(vocabulary.length);
      o.write(vocabulary);
      for (float s : scales) {
        o.writeFloat(s);
      }
      o.write(bytes);
    }
  }

}

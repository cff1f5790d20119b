package org.citebot.semantic;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a text into a unit-length vector with a small BERT-style sentence-embedding model run by
 * ONNX Runtime, so that a question and a sentence that say the same thing in other words lie
 * close together. Thread-safe: ONNX Runtime sessions may be run concurrently.
 */
public final class SentenceEncoder implements TextEmbedder, AutoCloseable {

  /**
   * Longer texts are cut: attention's cost grows with the square of the length, and a sentence
   * or paragraph's first 256 word pieces carry its gist.
   */
  static final int MAX_TOKENS = 256;

  private final OrtEnvironment env;
  private final OrtSession session;
  private final WordPieceTokenizer tokenizer;
  private final boolean wantsTypeIds;

  SentenceEncoder(byte[] model, WordPieceTokenizer tokenizer, int threads)
      throws OrtException {
    this(OrtEnvironment.getEnvironment().createSession(model, options(threads)), tokenizer);
  }

  /** The same model read by ONNX Runtime from a file, without copying it through the heap. */
  SentenceEncoder(Path model, WordPieceTokenizer tokenizer, int threads) throws OrtException {
    this(OrtEnvironment.getEnvironment().createSession(model.toString(), options(threads)),
        tokenizer);
  }

  private SentenceEncoder(OrtSession session, WordPieceTokenizer tokenizer) throws OrtException {
    this.env = OrtEnvironment.getEnvironment();
    this.session = session;
    this.tokenizer = tokenizer;
    this.wantsTypeIds = session.getInputNames().contains("token_type_ids");
  }

  private static OrtSession.SessionOptions options(int threads) throws OrtException {
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.setIntraOpNumThreads(threads);
    options.setInterOpNumThreads(1);
    options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
    return options;
  }

  /** Loads a model and its tokenizer from class-path resources. */
  static SentenceEncoder fromResources(
      String modelResource, String tokenizerResource, int threads)
      throws IOException {
    try (InputStream t = SentenceEncoder.class.getClassLoader()
        .getResourceAsStream(tokenizerResource)) {
      if (t == null) {
        throw new IOException("tokenizer not on the class path: " + tokenizerResource);
      }
      return fromResource(modelResource, WordPieceTokenizer.read(t), threads);
    }
  }

  /**
   * Loads a model from a class-path resource, with a tokenizer already read: from its plain copy
   * in the user's cache folder when there is or can be one ({@link ExtractedFiles}), else from
   * the jar.
   */
  static SentenceEncoder fromResource(String modelResource, WordPieceTokenizer tokenizer,
      int threads) throws IOException {
    Optional<Path> copy = ExtractedFiles.inCache(modelResource, "model");
    if (copy.isPresent()) {
      try {
        return new SentenceEncoder(copy.get(), tokenizer, threads);
      } catch (OrtException e) {
        throw new IOException("sentence model " + copy.get() + " failed to load: "
            + e.getMessage(), e);
      }
    }
    try (InputStream m = SentenceEncoder.class.getClassLoader()
        .getResourceAsStream(modelResource)) {
      if (m == null) {
        throw new IOException("sentence model not on the class path: " + modelResource);
      }
      return new SentenceEncoder(m.readAllBytes(), tokenizer, threads);
    } catch (OrtException e) {
      throw new IOException("sentence model " + modelResource + " failed to load: "
          + e.getMessage(), e);
    }
  }

  /**
   * The text's unit vector. Texts are embedded one at a time, never in a padded batch: the
   * bundled model is quantised with scales computed over its whole input, so in a batch a text's
   * vector would depend on its neighbours, and the same question could get different answers
   * depending on what was asked before.
   */
  @Override
  public float[] embed(String text) {
    return embedIds(tokenizer.encode(text, MAX_TOKENS));
  }

  /** The unit vector of a sequence of word-piece ids, {@code [CLS]} and {@code [SEP]} included. */
  float[] embedIds(long[] ids) {
    long[] mask = new long[ids.length];
    java.util.Arrays.fill(mask, 1);
    long[] shape = {1, ids.length};
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
      inputs.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
      if (wantsTypeIds) {
        inputs.put("token_type_ids",
            OnnxTensor.createTensor(env, LongBuffer.wrap(new long[ids.length]), shape));
      }
      try (OrtSession.Result result = session.run(inputs)) {
        float[][][] hidden = (float[][][]) result.get(0).getValue();
        // The first ([CLS]) token's vector stands for the text, as the model was trained.
        return normalise(hidden[0][0].clone());
      }
    } catch (OrtException e) {
      throw new IllegalStateException("sentence model failed: " + e.getMessage(), e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  private static float[] normalise(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    float inv = (float) (1 / Math.max(Math.sqrt(norm), 1e-12));
    for (int i = 0; i < v.length; i++) {
      v[i] *= inv;
    }
    return v;
  }

  /** The cosine of two unit vectors. */
  public static double similarity(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }

  /** The model's word-piece vocabulary. */
  WordPieceTokenizer tokenizer() {
    return tokenizer;
  }

  @Override
  public void close() throws OrtException {
    session.close();
  }
}

package org.citebot.semantic;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a text into a unit-length vector with a small BERT-style sentence-embedding model run by
 * ONNX Runtime, so that a question and a sentence that say the same thing in other words lie
 * close together. Thread-safe: ONNX Runtime sessions may be run concurrently.
 */
public final class SentenceEncoder implements TextEmbedder, AutoCloseable {

  /** How the token vectors become one: the first ({@code [CLS]}) token's, or their mean. */
  public enum Pooling { CLS, MEAN }

  /**
   * Longer texts are cut: attention's cost grows with the square of the length, and a sentence
   * or paragraph's first 256 word pieces carry its gist.
   */
  static final int MAX_TOKENS = 256;

  private final OrtEnvironment env;
  private final OrtSession session;
  private final WordPieceTokenizer tokenizer;
  private final Pooling pooling;
  private final boolean wantsTypeIds;

  SentenceEncoder(byte[] model, WordPieceTokenizer tokenizer, Pooling pooling, int threads)
      throws OrtException {
    this.env = OrtEnvironment.getEnvironment();
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.setIntraOpNumThreads(threads);
    options.setInterOpNumThreads(1);
    options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
    this.session = env.createSession(model, options);
    this.tokenizer = tokenizer;
    this.pooling = pooling;
    this.wantsTypeIds = session.getInputNames().contains("token_type_ids");
  }

  /** Loads a model and its tokenizer from class-path resources. */
  public static SentenceEncoder fromResources(
      String modelResource, String tokenizerResource, Pooling pooling, int threads)
      throws IOException {
    ClassLoader loader = SentenceEncoder.class.getClassLoader();
    try (InputStream m = loader.getResourceAsStream(modelResource);
        InputStream t = loader.getResourceAsStream(tokenizerResource)) {
      if (m == null || t == null) {
        throw new IOException("sentence model not on the class path: " + modelResource);
      }
      return new SentenceEncoder(m.readAllBytes(), WordPieceTokenizer.read(t), pooling, threads);
    } catch (OrtException e) {
      throw new IOException("sentence model " + modelResource + " failed to load: "
          + e.getMessage(), e);
    }
  }

  /**
   * One unit vector per text, in order. Each text runs alone: the bundled model is quantised
   * with scales computed over its whole input, so in a padded batch a text's vector would depend
   * on its neighbours, and the same question could get different answers depending on what was
   * asked before.
   */
  @Override
  public float[][] embed(List<String> texts) {
    float[][] out = new float[texts.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = embedOne(texts.get(i));
    }
    return out;
  }

  private float[] embedOne(String text) {
    long[] ids = tokenizer.encode(text, MAX_TOKENS);
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
        return normalise(pool(hidden[0], ids.length));
      }
    } catch (OrtException e) {
      throw new IllegalStateException("sentence model failed: " + e.getMessage(), e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  private float[] pool(float[][] tokens, int length) {
    if (pooling == Pooling.CLS) {
      return tokens[0].clone();
    }
    float[] sum = new float[tokens[0].length];
    for (int t = 0; t < length; t++) {
      for (int d = 0; d < sum.length; d++) {
        sum[d] += tokens[t][d];
      }
    }
    return sum;
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

  @Override
  public void close() throws OrtException {
    session.close();
  }
}

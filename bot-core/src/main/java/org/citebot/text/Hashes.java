package org.citebot.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 digests as lower-case hex, the one form in which citebot stores and compares hashes:
 * article and snapshot file hashes, corpus versions, directory fingerprints, salted user hashes,
 * answer ids. Every caller goes through here, so a hash written by one part is read the same way
 * by another.
 */
public final class Hashes {

  private static final int SHA256_BYTES = 32;

  private Hashes() {}

  /** The 64 hex digits of the SHA-256 of {@code parts}, fed in order (no separator). */
  public static String sha256(byte[]... parts) {
    return HexFormat.of().formatHex(digest(parts));
  }

  /** The 64 hex digits of the SHA-256 of {@code text} in UTF-8. */
  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The first {@code bytes} bytes of the SHA-256 of {@code text} in UTF-8, as {@code 2 * bytes}
   * hex digits: short ids that need not be collision-proof.
   *
   * @throws IllegalArgumentException when {@code bytes} is not between 1 and 32
   */
  public static String sha256Prefix(String text, int bytes) {
    if (bytes < 1 || bytes > SHA256_BYTES) {
      throw new IllegalArgumentException("illegal bytes: " + bytes + ", must be between 1 and "
          + SHA256_BYTES);
    }
    return HexFormat.of().formatHex(digest(text.getBytes(StandardCharsets.UTF_8)), 0, bytes);
  }

  private static byte[] digest(byte[]... parts) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
    for (byte[] p : parts) {
      sha.update(p);
    }
    return sha.digest();
  }
}

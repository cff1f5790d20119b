package org.citebot.chat;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * Makes the keys that buttons carry back to what they were shown under: lowercase letters and
 * digits only, so they fit Discord's 100-character custom ids and Telegram's 64-byte callback
 * data. The only place keys are made, so that how they are made can change in one place.
 *
 * <p>A key is a kind marker and 128 random bits from {@link SecureRandom}, written in base 32
 * ({@value #LENGTH} characters). Anyone can send a button's data back to the bot (Telegram
 * clients let a user forge callback data), so a key must not be guessable from the keys a user
 * has seen: a counter would let one user reach the next user's answer.
 */
public final class ButtonKeys {

  /** Random bytes in a key: 128 bits. */
  static final int RANDOM_BYTES = 16;
  /** Characters in a key: the kind marker and 26 base-32 digits. */
  public static final int LENGTH = 1 + (RANDOM_BYTES * 8 + 4) / 5;

  private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

  private final char kind;
  private final SecureRandom random;

  /** @param kind a lowercase letter that tells kinds of keys apart, e.g. 'x' for answers */
  public ButtonKeys(char kind) {
    this(kind, new SecureRandom());
  }

  /** @param random the source of the keys' bits; a {@link SecureRandom} outside tests too */
  ButtonKeys(char kind, SecureRandom random) {
    if (kind < 'a' || kind > 'z') {
      throw new IllegalArgumentException("illegal kind: '" + kind + "', must be a lowercase letter");
    }
    this.kind = kind;
    this.random = Objects.requireNonNull(random, "random");
  }

  /** A new random key of {@value #LENGTH} characters. */
  public String next() {
    byte[] bytes = new byte[RANDOM_BYTES];
    random.nextBytes(bytes);
    StringBuilder key = new StringBuilder(LENGTH).append(kind);
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xFF);
      bits += 8;
      while (bits >= 5) {
        key.append(BASE32[(buffer >>> (bits - 5)) & 31]);
        bits -= 5;
      }
    }
    if (bits > 0) {
      key.append(BASE32[(buffer << (5 - bits)) & 31]);
    }
    return key.toString();
  }
}

package org.citebot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ButtonKeysTest {

  @Test
  void next_isTheKindAnd128RandomBitsInBase32() {
    String key = new ButtonKeys('x').next();

    assertEquals(ButtonKeys.LENGTH, key.length(), key);
    assertEquals(27, ButtonKeys.LENGTH);
    assertTrue(key.matches("x[a-z2-7]{26}"), key);
  }

  @Test
  void next_successiveKeysShareNoPrefixBeyondChance() {
    ButtonKeys keys = new ButtonKeys('x');
    Set<String> seen = new HashSet<>();
    Set<String> heads = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String key = keys.next();
      seen.add(key);
      heads.add(key.substring(0, 5));
    }

    assertEquals(1000, seen.size());
    // A boot prefix and a counter would give one head for all; 20 random bits give ~1000.
    assertTrue(heads.size() > 950, "distinct 4-character heads: " + heads.size());
  }

  @Test
  void next_writesEveryRandomBit() {
    SecureRandom allOnes = new SecureRandom() {
      @Override
      public void nextBytes(byte[] bytes) {
        java.util.Arrays.fill(bytes, (byte) 0xFF);
      }
    };
    String key = new ButtonKeys('t', allOnes).next();

    // 128 one-bits: 25 digits of 31 ('7') and a last digit holding the remaining 3 bits (11100).
    assertEquals("t" + "7".repeat(25) + "4", key);
    BigInteger decoded = BigInteger.ZERO;
    for (char c : key.substring(1).toCharArray()) {
      int digit = c >= 'a' ? c - 'a' : c - '2' + 26;
      decoded = decoded.shiftLeft(5).or(BigInteger.valueOf(digit));
    }
    assertEquals(BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE), decoded.shiftRight(2));
  }
}

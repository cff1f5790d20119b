package org.citebot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HashesTest {

  // Known SHA-256 values (sha256sum): ids, fingerprints and user hashes written to disk by
  // earlier versions must come out the same.
  private static final String ABC =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @Test
  void sha256_ofBytes_isTheLowerCaseHexDigest() {
    assertEquals(ABC, Hashes.sha256("abc".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void sha256_ofParts_isTheDigestOfTheirConcatenation() {
    assertEquals("de73c65a3ce8ce5c7eee430d9b9d083880abdc8988e43bedc4a48ba434c6d9da",
        Hashes.sha256("a.txt".getBytes(StandardCharsets.UTF_8),
            "Hello".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void sha256_ofText_hashesItsUtf8Bytes() {
    assertEquals(ABC, Hashes.sha256("abc"));
    assertEquals(Hashes.sha256("Erdoğan".getBytes(StandardCharsets.UTF_8)),
        Hashes.sha256("Erdoğan"));
  }

  @Test
  void sha256Prefix_keepsTheFirstBytesAsHex() {
    assertEquals("176ece2ee03459855b189016", Hashes.sha256Prefix("citebot:discord:123456", 12));
    assertEquals(ABC.substring(0, 12), Hashes.sha256Prefix("abc", 6));
    assertEquals(ABC, Hashes.sha256Prefix("abc", 32));
  }

  @Test
  void sha256Prefix_outOfRange_namesTheValueAndTheRange() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Hashes.sha256Prefix("abc", 33));
    assertEquals("illegal bytes: 33, must be between 1 and 32", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Hashes.sha256Prefix("abc", 0));
  }
}

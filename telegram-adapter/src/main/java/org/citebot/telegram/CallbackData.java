package org.citebot.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * What an inline-keyboard button asks for, encoded in its callback data. Telegram allows at most
 * 64 bytes there, so the data names a short key into {@link org.citebot.chat.PendingAnswers} rather than carrying
 * the answer.
 *
 * @param action what the button does
 * @param key the answer's key in the registry: letters and digits only
 */
record CallbackData(Action action, String key) {

  /** Telegram's limit for callback data, in bytes. */
  static final int MAX_BYTES = 64;

  enum Action {
    MORE('m'),
    UP('u'),
    DOWN('d');

    private final char code;

    Action(char code) {
      this.code = code;
    }

    static Optional<Action> of(char code) {
      for (Action a : values()) {
        if (a.code == code) {
          return Optional.of(a);
        }
      }
      return Optional.empty();
    }
  }

  CallbackData {
    Objects.requireNonNull(action, "action");
    if (key == null || !key.matches("[a-z0-9]{1,40}")) {
      throw new IllegalArgumentException(
          "illegal answer key: '" + key + "', must be 1 to 40 lowercase letters or digits");
    }
  }

  String encode() {
    String data = action.code + ":" + key;
    // Holds by construction (ASCII, at most 42 characters); checked so a change cannot break it.
    if (data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new IllegalStateException("callback data '" + data + "' exceeds " + MAX_BYTES + " bytes");
    }
    return data;
  }

  /** Parses data from a button; empty for anything this bot did not produce. */
  static Optional<CallbackData> parse(String data) {
    if (data == null || data.length() < 3 || data.charAt(1) != ':') {
      return Optional.empty();
    }
    String key = data.substring(2);
    if (!key.matches("[a-z0-9]{1,40}")) {
      return Optional.empty();
    }
    return Action.of(data.charAt(0)).map(a -> new CallbackData(a, key));
  }
}

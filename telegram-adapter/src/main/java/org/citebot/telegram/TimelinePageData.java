package org.citebot.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The callback data of a timeline's ◀/▶ buttons: the timeline's key in {@link org.citebot.chat.ButtonTargets}
 * (a topic may be far longer than Telegram's 64 bytes) and the page the button leads to. Its
 * "tl:" prefix can never parse as {@link CallbackData}, whose second character is ':'.
 *
 * @param key the timeline's key: 1 to 40 lowercase letters or digits
 * @param page the page to show, 1 to 999,999
 */
record TimelinePageData(String key, int page) {

  private static final String PREFIX = "tl:";
  private static final Pattern DATA = Pattern.compile("tl:([a-z0-9]{1,40}):([0-9]{1,6})");

  TimelinePageData {
    if (key == null || !key.matches("[a-z0-9]{1,40}")) {
      throw new IllegalArgumentException(
          "illegal timeline key: '" + key + "', must be 1 to 40 lowercase letters or digits");
    }
    if (page < 1 || page > 999_999) {
      throw new IllegalArgumentException("illegal page " + page + ", must be between 1 and 999999");
    }
  }

  String encode() {
    String data = PREFIX + key + ":" + page;
    // Holds by construction (ASCII, at most 50 characters); checked so a change cannot break it.
    if (data.getBytes(StandardCharsets.UTF_8).length > CallbackData.MAX_BYTES) {
      throw new IllegalStateException("callback data '" + data + "' exceeds "
          + CallbackData.MAX_BYTES + " bytes");
    }
    return data;
  }

  /** Whether the data belongs to a timeline button (valid or not), so no other handler takes it. */
  static boolean isTimeline(String data) {
    return data != null && data.startsWith(PREFIX);
  }

  /** Parses data from a button; empty for anything that is not a well-formed timeline button. */
  static Optional<TimelinePageData> parse(String data) {
    if (data == null) {
      return Optional.empty();
    }
    Matcher m = DATA.matcher(data);
    if (!m.matches()) {
      return Optional.empty();
    }
    int page = Integer.parseInt(m.group(2));
    return page < 1 ? Optional.empty() : Optional.of(new TimelinePageData(m.group(1), page));
  }
}

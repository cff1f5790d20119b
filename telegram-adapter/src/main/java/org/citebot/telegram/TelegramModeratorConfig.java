package org.citebot.telegram;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.citebot.config.ConfigException;
import org.citebot.config.Settings;

/**
 * Who may change the corpus from Telegram.
 *
 * @param moderatorIds user ids allowed directly ({@value #MODERATOR_IDS}, comma-separated)
 * @param moderatorChat a chat whose administrators are allowed ({@value #MODERATOR_CHAT_ID}), or
 *     empty
 */
record TelegramModeratorConfig(Set<Long> moderatorIds, Optional<String> moderatorChat) {

  static final String MODERATOR_IDS = "TELEGRAM_MODERATOR_IDS";
  static final String MODERATOR_CHAT_ID = "TELEGRAM_MODERATOR_CHAT_ID";

  private static final Pattern CHAT = Pattern.compile("-?\\d{1,20}|@[A-Za-z0-9_]{5,32}");

  TelegramModeratorConfig {
    moderatorIds = Set.copyOf(moderatorIds);
    Objects.requireNonNull(moderatorChat, "moderatorChat");
  }

  static TelegramModeratorConfig from(Settings settings) {
    Set<Long> ids = new LinkedHashSet<>();
    settings.get(MODERATOR_IDS).ifPresent(list -> {
      for (String part : list.split(",")) {
        String p = part.strip();
        if (p.isEmpty()) {
          continue;
        }
        try {
          ids.add(Long.parseLong(p));
        } catch (NumberFormatException e) {
          throw new ConfigException(MODERATOR_IDS + " has '" + p + "', which is not a Telegram"
              + " user id; give numeric ids separated by commas, e.g. 12345678,87654321");
        }
      }
    });
    Optional<String> chat = settings.get(MODERATOR_CHAT_ID);
    if (chat.isPresent() && !CHAT.matcher(chat.get()).matches()) {
      throw new ConfigException(MODERATOR_CHAT_ID + "=" + chat.get()
          + " is malformed: expected a chat id such as -1001234567890 or a group's @username");
    }
    return new TelegramModeratorConfig(ids, chat);
  }
}

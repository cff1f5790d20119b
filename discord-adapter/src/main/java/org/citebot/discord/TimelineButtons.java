package org.citebot.discord;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import org.citebot.timeline.TimelinePage;

/**
 * The ◀/▶ buttons under a timeline page. A custom id names the timeline by a short key into
 * {@link org.citebot.chat.ButtonTargets} (the topic may be far longer than Discord's 100 characters) and the page
 * the button leads to.
 */
final class TimelineButtons {

  /** A click: which timeline, and which page to show. */
  record Click(String key, int page) {}

  static final String PREFIX = "citebot:tl:";
  private static final Pattern ID = Pattern.compile(
      Pattern.quote(PREFIX) + "([0-9a-z]{1,40}):(-?[0-9]{1,6})");

  private TimelineButtons() {}

  /** ◀, the page number (not clickable) and ▶; arrows at either end are disabled. */
  static ActionRow row(String key, TimelinePage page) {
    return ActionRow.of(
        Button.secondary(id(key, page.page() - 1), "◀").withDisabled(!page.hasPrevious()),
        Button.secondary(PREFIX + key + ":page", page.page() + " / " + page.pageCount())
            .asDisabled(),
        Button.secondary(id(key, page.page() + 1), "▶").withDisabled(!page.hasNext()));
  }

  static String id(String key, int page) {
    return PREFIX + key + ":" + page;
  }

  /** The click a custom id stands for; empty when the id is not a timeline page button. */
  static Optional<Click> parse(String customId) {
    Matcher m = ID.matcher(customId);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new Click(m.group(1), Integer.parseInt(m.group(2))));
  }
}

package org.citebot.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.emoji.Emoji;

/** The buttons under an answer and the custom ids that tie a click back to the answer. */
final class AnswerButtons {

  enum Action {
    MORE("more"),
    UP("up"),
    DOWN("down");

    final String prefix;

    Action(String prefix) {
      this.prefix = prefix;
    }
  }

  /** A parsed custom id. */
  record Click(Action action, String key) {}

  private static final String NAMESPACE = "citebot:";

  private AnswerButtons() {}

  /** "More sources" only when there are further quotes to show; feedback always. */
  static ActionRow row(String key, boolean offerMore) {
    List<Button> buttons = new ArrayList<>();
    if (offerMore) {
      buttons.add(Button.secondary(id(Action.MORE, key), "More sources"));
    }
    buttons.add(Button.secondary(id(Action.UP, key), Emoji.fromUnicode("👍")));
    buttons.add(Button.secondary(id(Action.DOWN, key), Emoji.fromUnicode("👎")));
    return ActionRow.of(buttons);
  }

  static String id(Action action, String key) {
    return NAMESPACE + action.prefix + ":" + key;
  }

  /** The click a custom id stands for, or empty when the id is not one of ours. */
  static Optional<Click> parse(String customId) {
    if (!customId.startsWith(NAMESPACE)) {
      return Optional.empty();
    }
    String rest = customId.substring(NAMESPACE.length());
    int colon = rest.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    String prefix = rest.substring(0, colon);
    for (Action a : Action.values()) {
      if (a.prefix.equals(prefix)) {
        return Optional.of(new Click(a, rest.substring(colon + 1)));
      }
    }
    return Optional.empty();
  }
}

package org.citebot.discord;

import org.citebot.chat.BotContext;
import org.citebot.chat.ChatAdapter;
import org.citebot.chat.ChatAdapterProvider;
import org.citebot.config.Settings;

/** Lets the core find and start the Discord adapter through {@link java.util.ServiceLoader}. */
public final class DiscordAdapterProvider implements ChatAdapterProvider {

  @Override
  public String name() {
    return QuestionDesk.PLATFORM;
  }

  @Override
  public boolean isConfigured(Settings settings) {
    return settings.secret(DiscordConfig.TOKEN).isPresent();
  }

  @Override
  public String tokenVariable() {
    return DiscordConfig.TOKEN;
  }

  @Override
  public void validate(Settings settings) {
    DiscordConfig.from(settings);
  }

  @Override
  public ChatAdapter start(BotContext context) {
    return DiscordBot.start(DiscordConfig.from(context.settings()), context);
  }
}

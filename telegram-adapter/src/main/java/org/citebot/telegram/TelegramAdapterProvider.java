package org.citebot.telegram;

import org.citebot.chat.BotContext;
import org.citebot.chat.ChatAdapter;
import org.citebot.chat.ChatAdapterProvider;
import org.citebot.config.Settings;

/** Makes the Telegram adapter available to the core through {@link java.util.ServiceLoader}. */
public final class TelegramAdapterProvider implements ChatAdapterProvider {

  @Override
  public String name() {
    return TelegramBot.PLATFORM;
  }

  @Override
  public boolean isConfigured(Settings settings) {
    return settings.secret(TelegramConfig.TOKEN).isPresent();
  }

  @Override
  public String tokenVariable() {
    return TelegramConfig.TOKEN;
  }

  /**
   * Checks the settings and connects.
   *
   * @return a {@link TelegramAdapter}
   * @throws org.citebot.config.ConfigException when the token is missing, malformed or rejected
   */
  @Override
  public void validate(Settings settings) {
    TelegramConfig.from(settings);
  }

  @Override
  public ChatAdapter start(BotContext context) throws Exception {
    return TelegramAdapter.start(context, TelegramConfig.from(context.settings()), Sleeper.REAL);
  }
}

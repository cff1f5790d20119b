package org.citebot.ops;

import java.util.concurrent.atomic.AtomicBoolean;
import org.citebot.answer.Answer;
import org.citebot.chat.BotContext;
import org.citebot.chat.ChatAdapter;
import org.citebot.chat.ChatAdapterProvider;
import org.citebot.config.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A chat platform for launcher tests, registered only on the test classpath. Inert unless
 * {@code FAKECHAT_TOKEN} is set, so other tests that list providers are not affected.
 *
 * <p>When started it logs the kind of line an HTTP client logs (a URL holding the token), asks
 * {@code FAKECHAT_QUESTION} if set, and counts it like a real adapter. Its {@code close()} takes
 * {@code FAKECHAT_CLOSE_MILLIS} (default 0), like an adapter finishing a question in flight.
 */
public final class FakeChatProvider implements ChatAdapterProvider {

  public static final String NAME = "fakechat";
  public static final String TOKEN = "FAKECHAT_TOKEN";

  private static final Logger LOG = LoggerFactory.getLogger(FakeChatProvider.class);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean isConfigured(Settings settings) {
    return settings.secret(TOKEN).isPresent();
  }

  @Override
  public String tokenVariable() {
    return TOKEN;
  }

  @Override
  public ChatAdapter start(BotContext context) {
    String token = context.settings().secret(TOKEN).orElseThrow();
    LOG.info("connecting to https://fakechat.invalid/bot{}/getMe", token);
    long closeMillis = Long.parseLong(context.settings().get("FAKECHAT_CLOSE_MILLIS", "0"));
    context.settings().get("FAKECHAT_QUESTION").ifPresent(q -> {
      Answer a = context.answers().ask(q);
      context.meters().counter(BotMetrics.QUESTIONS, "platform", NAME,
          "outcome", org.citebot.chat.Outcome.of(a).tag()).increment();
      LOG.info("fakechat asked {} -> answered={}", q, a.answered());
    });
    return new FakeAdapter(closeMillis);
  }

  /** Connected from the start; closing takes the configured time. */
  static final class FakeAdapter implements ChatAdapter {
    private final long closeMillis;
    private final AtomicBoolean open = new AtomicBoolean(true);

    FakeAdapter(long closeMillis) {
      this.closeMillis = closeMillis;
    }

    @Override
    public String name() {
      return NAME;
    }

    @Override
    public boolean isReady() {
      return open.get();
    }

    @Override
    public void close() {
      open.set(false);
      try {
        Thread.sleep(closeMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}

package org.citebot.telegram;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.citebot.chat.BotContext;
import org.citebot.chat.BotTexts;
import org.citebot.chat.ButtonOwner;
import org.citebot.chat.ButtonTargets;
import org.citebot.chat.OutgoingText;
import org.citebot.chat.RateLimiter;
import org.citebot.ops.BotMetrics;
import org.citebot.timeline.HasViews;
import org.citebot.timeline.Perspective;
import org.citebot.timeline.TimelinePage;
import org.citebot.timeline.Views;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * /timeline and /perspectives, and the timeline's ◀/▶ buttons. A timeline is sent as its chart
 * (a photo) followed by one HTML message per page, which the buttons edit in place. The views come
 * from the answer service when it offers them ({@link HasViews}); otherwise the commands say they
 * are not available. Never throws: failures are logged with the update and chat ids and the person
 * gets a polite sorry.
 */
final class TelegramViewsCommands {

  static final String EXPIRED = "This timeline has expired. Please send /timeline again.";
  static final String CHART_FILE = "timeline.png";

  private static final Logger log = LoggerFactory.getLogger(TelegramViewsCommands.class);

  private final BotContext ctx;
  private final TelegramSender sender;
  private final TelegramViewsRenderer renderer;
  private final ButtonTargets<ShownTimeline> registry;
  private final TokenMask mask;

  TelegramViewsCommands(BotContext ctx, TelegramSender sender, TelegramViewsRenderer renderer,
      ButtonTargets<ShownTimeline> registry, TokenMask mask) {
    this.ctx = Objects.requireNonNull(ctx, "ctx");
    this.sender = Objects.requireNonNull(sender, "sender");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.registry = Objects.requireNonNull(registry, "registry");
    this.mask = Objects.requireNonNull(mask, "mask");
  }

  /** The chart, then the first page with page buttons when there are more. */
  void timeline(Integer updateId, TelegramBot.Target target, String userId, String topicText)
      throws InterruptedException {
    Optional<String> topic = Optional.ofNullable(topicText).map(String::strip)
        .filter(t -> !t.isEmpty());
    Optional<Views> views = admit("timeline", target, userId);
    if (views.isEmpty()) {
      return;
    }
    try {
      TimelinePage page = views.get().timeline(topic, 1, renderer.pageSize());
      if (page.events().isEmpty()) {
        count("timeline", "empty");
        send(target, TelegramViewsRenderer.emptyTimeline(topic), null);
        return;
      }
      boolean photoSent = sendChart(updateId, target, views.get(), topic, page.total());
      String key = registry.put(new ButtonOwner(String.valueOf(target.chatId()), userId),
          new ShownTimeline(topic));
      // The page follows the chart; it replies to the command itself only if the chart is missing.
      TelegramBot.Target pageTarget = photoSent
          ? new TelegramBot.Target(target.chatId(), target.threadId(), null) : target;
      send(pageTarget, renderer.timelinePage(page), keyboard(key, page));
      count("timeline", "shown");
    } catch (TelegramApiException | RuntimeException e) {
      fail("timeline", updateId, target, e);
    }
  }

  /** One quote per outlet on the topic. */
  void perspectives(Integer updateId, TelegramBot.Target target, String userId, String topicText)
      throws InterruptedException {
    String topic = topicText == null ? "" : topicText.strip();
    if (topic.isEmpty()) {
      sender.tryExecute(target.chatId(), TelegramBot.message(target,
          Html.text(TelegramViewsRenderer.NEED_TOPIC), null));
      return;
    }
    Optional<Views> views = admit("perspectives", target, userId);
    if (views.isEmpty()) {
      return;
    }
    try {
      List<Perspective> found = views.get().perspectives(topic);
      List<String> messages = renderer.perspectives(topic, found);
      for (int i = 0; i < messages.size(); i++) {
        send(i == 0 ? target : new TelegramBot.Target(target.chatId(), target.threadId(), null),
            messages.get(i), null);
      }
      count("perspectives", found.isEmpty() ? "empty" : "shown");
    } catch (TelegramApiException | RuntimeException e) {
      fail("perspectives", updateId, target, e);
    }
  }

  /** Whether a button's data is a timeline page button, which {@link #onCallback} handles. */
  static boolean handles(String callbackData) {
    return TimelinePageData.isTimeline(callbackData);
  }

  /** A ◀/▶ click: edits the page message to the page asked for; always answers the click. */
  void onCallback(Integer updateId, CallbackQuery q) {
    String notice = null;
    try {
      Optional<TimelinePageData> data = TimelinePageData.parse(q.getData());
      MaybeInaccessibleMessage origin = q.getMessage();
      ButtonTargets.Lookup<ShownTimeline> lookup = data.isEmpty() || origin == null
          || q.getFrom() == null ? new ButtonTargets.Expired<>()
          : registry.find(data.get().key(), new ButtonOwner(String.valueOf(origin.getChatId()),
              String.valueOf(q.getFrom().getId())));
      Optional<ShownTimeline> shown = lookup instanceof ButtonTargets.Found<ShownTimeline> found
          ? Optional.of(found.value()) : Optional.empty();
      Optional<Views> views = views();
      if (lookup instanceof ButtonTargets.NotYours<ShownTimeline>) {
        notice = BotTexts.NOT_YOUR_BUTTON;
      } else if (data.isEmpty() || shown.isEmpty() || views.isEmpty() || origin == null) {
        notice = EXPIRED;
      } else {
        TimelinePage page = views.get().timeline(shown.get().topic(), data.get().page(),
            renderer.pageSize());
        String html = page.events().isEmpty()
            ? TelegramViewsRenderer.emptyTimeline(shown.get().topic())
            : renderer.timelinePage(page);
        sender.execute(origin.getChatId(), EditMessageText.builder()
            .chatId(origin.getChatId()).messageId(origin.getMessageId())
            .text(OutgoingText.safe(html))
            .parseMode(ParseMode.HTML).linkPreviewOptions(noPreview())
            .replyMarkup(keyboard(data.get().key(), page)).build());
        count("timeline", "paged");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (TelegramApiException | RuntimeException e) {
      count("timeline", "error");
      log.error("Failed to turn a timeline page: update={} cause={}", updateId, mask.describe(e));
      notice = BotTexts.ERROR;
    } finally {
      // Answered always, so the person's client stops showing a spinner.
      sender.tryExecute(null, AnswerCallbackQuery.builder().callbackQueryId(q.getId())
          .text(OutgoingText.safe(notice)).build());
    }
  }

  /** The views, once the user is within the rate limit; otherwise replies and returns empty. */
  private Optional<Views> admit(String view, TelegramBot.Target target, String userId) {
    Optional<Views> views = views();
    if (views.isEmpty()) {
      count(view, "unavailable");
      sender.tryExecute(target.chatId(), TelegramBot.message(target,
          Html.text(TelegramViewsRenderer.UNAVAILABLE), null));
      return Optional.empty();
    }
    Optional<Duration> wait = ctx.rateLimiter().tryAcquire(TelegramBot.PLATFORM + ":" + userId);
    if (wait.isPresent()) {
      count(view, "rate_limited");
      sender.tryExecute(target.chatId(), TelegramBot.message(target,
          Html.text(BotTexts.rateLimited(RateLimiter.seconds(wait.get()))), null));
      return Optional.empty();
    }
    return views;
  }

  /** Sends the chart; false when drawing or sending it failed (the page goes out regardless). */
  private boolean sendChart(Integer updateId, TelegramBot.Target target, Views views,
      Optional<String> topic, int events) throws InterruptedException {
    byte[] png;
    try {
      png = views.timelineChart(topic);
    } catch (RuntimeException e) {
      log.error("Failed to draw a timeline chart: update={} chat={} cause={}", updateId,
          target.chatId(), mask.describe(e));
      return false;
    }
    String caption = OutgoingText.safe(TelegramViewsRenderer.chartCaption(topic, events));
    try {
      sender.sendPhoto(target.chatId(), () -> {
        SendPhoto.SendPhotoBuilder<?, ?> b = SendPhoto.builder().chatId(target.chatId())
            .photo(new InputFile(new ByteArrayInputStream(png), CHART_FILE)).caption(caption)
            .messageThreadId(target.threadId());
        if (target.replyTo() != null) {
          b.replyParameters(ReplyParameters.builder().messageId(target.replyTo())
              .allowSendingWithoutReply(true).build());
        }
        return b.build();
      });
      return true;
    } catch (TelegramApiException | RuntimeException e) {
      log.warn("Timeline chart not sent: update={} chat={} cause={}", updateId, target.chatId(),
          mask.describe(e));
      return false;
    }
  }

  /** ◀ and ▶ where there is a page to go to; none for a single page. */
  static InlineKeyboardMarkup keyboard(String key, TimelinePage page) {
    List<InlineKeyboardButton> buttons = new ArrayList<>();
    if (page.hasPrevious()) {
      buttons.add(InlineKeyboardButton.builder().text("◀ " + (page.page() - 1))
          .callbackData(new TimelinePageData(key, page.page() - 1).encode()).build());
    }
    if (page.hasNext()) {
      buttons.add(InlineKeyboardButton.builder().text((page.page() + 1) + " ▶")
          .callbackData(new TimelinePageData(key, page.page() + 1).encode()).build());
    }
    return buttons.isEmpty() ? null : new InlineKeyboardMarkup(List.of(new InlineKeyboardRow(buttons)));
  }

  private Optional<Views> views() {
    return ctx.answers() instanceof HasViews h ? Optional.of(h.views()) : Optional.empty();
  }

  private void send(TelegramBot.Target target, String html, InlineKeyboardMarkup keyboard)
      throws TelegramApiException, InterruptedException {
    sender.execute(target.chatId(), TelegramBot.message(target, html, keyboard));
  }

  private void fail(String view, Integer updateId, TelegramBot.Target target, Exception e) {
    count(view, "error");
    log.error("Failed to show the {}: update={} chat={} cause={}", view, updateId, target.chatId(),
        mask.describe(e));
    sender.tryExecute(target.chatId(),
        TelegramBot.message(target, Html.text(BotTexts.ERROR), null));
  }

  private void count(String view, String outcome) {
    ctx.meters().counter(BotMetrics.VIEWS, "platform", TelegramBot.PLATFORM, "view", view,
        "outcome", outcome).increment();
  }

  private static LinkPreviewOptions noPreview() {
    return LinkPreviewOptions.builder().isDisabled(true).build();
  }
}

package org.citebot.telegram;

import io.micrometer.core.instrument.Counter;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citebot.answer.Answer;
import org.citebot.chat.BotContext;
import org.citebot.chat.BotTexts;
import org.citebot.chat.ButtonOwner;
import org.citebot.chat.ButtonTargets;
import org.citebot.chat.OutgoingText;
import org.citebot.chat.Outcome;
import org.citebot.chat.PendingAnswers;
import org.citebot.chat.RateLimiter;
import org.citebot.ops.BotMetrics;
import org.citebot.render.AnswerLayout;
import org.citebot.render.AnswerTexts;
import org.citebot.render.NumberedQuote;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResult;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Handles one Telegram update: decides whether it asks something, asks the core and replies.
 * Never throws: a failure is logged with the update and chat ids and, where a person is waiting,
 * answered with a polite sorry.
 */
final class TelegramBot {

  static final String PLATFORM = "telegram";
  static final String MORE_SOURCES = "More sources";
  static final int INLINE_RESULTS = 5;
  static final int INLINE_MIN_LENGTH = 3;
  /** Telegram may cache inline results for identical queries this long. */
  private static final int INLINE_CACHE_SECONDS = 300;

  private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);

  private final BotContext ctx;
  private final TelegramSender sender;
  private final TelegramHtmlRenderer renderer;
  private final PendingAnswers registry;
  private final RateLimiter inlineLimiter;
  private final TokenMask mask;
  private final BotIdentity bot;
  private final Triggers triggers;
  private final TelegramViewsCommands views;
  private final Map<Outcome, Counter> questions = new EnumMap<>(Outcome.class);
  private final TelegramModeratorCommands moderation;

  /** Who the bot is, from getMe. */
  record BotIdentity(long id, String username) {}

  /**
   * @param inlineLimiter per-user limit for inline queries; separate from the question limit
   *     because Telegram clients send a query for every pause while a person is typing
   * @param views /timeline, /perspectives and the timeline's page buttons
   */
  TelegramBot(BotContext ctx, TelegramSender sender, TelegramHtmlRenderer renderer,
      PendingAnswers registry, RateLimiter inlineLimiter, TokenMask mask, BotIdentity bot,
      TelegramViewsCommands views) {
    this(ctx, sender, renderer, registry, inlineLimiter, mask, bot, views, null);
  }

  /** @param moderation the moderator commands, or null when the corpus cannot be changed */
  TelegramBot(BotContext ctx, TelegramSender sender, TelegramHtmlRenderer renderer,
      PendingAnswers registry, RateLimiter inlineLimiter, TokenMask mask, BotIdentity bot,
      TelegramViewsCommands views, TelegramModeratorCommands moderation) {
    this.moderation = moderation;
    this.ctx = ctx;
    this.sender = sender;
    this.renderer = renderer;
    this.registry = registry;
    this.inlineLimiter = inlineLimiter;
    this.mask = mask;
    this.bot = bot;
    this.triggers = new Triggers(bot.username());
    this.views = views;
    for (Outcome outcome : Outcome.values()) {
      questions.put(outcome, BotMetrics.questions(ctx.meters(), PLATFORM, outcome));
    }
  }

  void handle(Update update) {
    Integer updateId = update.getUpdateId();
    try {
      if (update.hasMessage()) {
        onMessage(updateId, update.getMessage());
      } else if (update.hasCallbackQuery()) {
        onCallback(updateId, update.getCallbackQuery());
      } else if (update.hasInlineQuery()) {
        onInline(updateId, update.getInlineQuery());
      } else if (update.hasEditedMessage()) {
        // The original was answered already; answering the edit would answer twice.
        log.debug("Ignoring edited message: update={}", updateId);
      } else {
        log.debug("Ignoring update of another kind: update={}", updateId);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException | TelegramApiException e) {
      log.error("Failed to handle update: update={} cause={}", updateId, mask.describe(e));
    }
  }

  // ---- messages ----

  /** Where replies go: the chat, the forum topic, and in groups the message replied to. */
  record Target(long chatId, Integer threadId, Integer replyTo) {}

  private void onMessage(Integer updateId, Message m)
      throws TelegramApiException, InterruptedException {
    if (moderation != null && moderation.handle(updateId, m)) {
      return;
    }
    User from = m.getFrom();
    boolean replyToBot = m.getReplyToMessage() != null && m.getReplyToMessage().getFrom() != null
        && m.getReplyToMessage().getFrom().getId() == bot.id();
    IncomingMessage in = new IncomingMessage(m.getChat().getType(), m.getText(), replyToBot,
        from != null && Boolean.TRUE.equals(from.getIsBot()),
        Boolean.TRUE.equals(m.getIsAutomaticForward()),
        TelegramModeratorCommands.relayed(m).isPresent());
    Trigger trigger = triggers.classify(in);
    Target target = new Target(m.getChatId(), m.isTopicMessage() ? m.getMessageThreadId() : null,
        in.isPrivate() ? null : m.getMessageId());
    switch (trigger) {
      case Trigger.Start s -> send(target, renderer.greeting(bot.username()), null);
      case Trigger.Help h -> send(target, renderer.help(bot.username()), null);
      case Trigger.HowToAsk h -> send(target, TelegramHtmlRenderer.plain(BotTexts.HOW_TO_ASK), null);
      case Trigger.NotText n -> send(target, TelegramHtmlRenderer.plain(BotTexts.TEXT_ONLY), null);
      case Trigger.Sources s -> {
        for (String page : renderer.sources(ctx.answers().sources())) {
          send(target, page, null);
        }
      }
      case Trigger.SourceDetails d -> send(target, ctx.answers().source(d.id())
          .map(renderer::source).orElseGet(() -> renderer.unknownSource(d.id())), null);
      case Trigger.Ask a -> ask(updateId, target, userId(m), a.question());
      case Trigger.Timeline t -> views.timeline(updateId, target, userId(m), t.topic());
      case Trigger.Perspectives p -> views.perspectives(updateId, target, userId(m), p.topic());
      case Trigger.Ignore i -> log.debug("Not for the bot: update={} chat={} reason={}", updateId,
          m.getChatId(), i.reason());
    }
  }

  private void ask(Integer updateId, Target target, String userId, String question)
      throws InterruptedException {
    Optional<Duration> wait = ctx.rateLimiter().tryAcquire(PLATFORM + ":" + userId);
    if (wait.isPresent()) {
      count(Outcome.RATE_LIMITED);
      sender.tryExecute(target.chatId(), message(target,
          TelegramHtmlRenderer.plain(BotTexts.rateLimited(RateLimiter.seconds(wait.get()))), null));
      return;
    }
    Outcome outcome = Outcome.ERROR;
    try {
      Answer answer = ctx.answers().ask(question);
      String key = registry.put(answer, question,
          new ButtonOwner(String.valueOf(target.chatId()), userId));
      List<String> messages = renderer.answer(answer, articleCount());
      for (int i = 0; i < messages.size(); i++) {
        boolean last = i == messages.size() - 1;
        send(i == 0 ? target : new Target(target.chatId(), target.threadId(), null),
            messages.get(i), last ? keyboard(key, answer) : null);
      }
      outcome = Outcome.of(answer);
    } catch (TelegramApiException | RuntimeException e) {
      log.error("Failed to answer a question: update={} chat={} outcome={} cause={}", updateId,
          target.chatId(), Outcome.ERROR, mask.describe(e));
      sender.tryExecute(target.chatId(),
          message(target, TelegramHtmlRenderer.plain(BotTexts.ERROR), null));
    } finally {
      count(outcome);
    }
  }

  private InlineKeyboardMarkup keyboard(String key, Answer answer) {
    List<InlineKeyboardRow> rows = new ArrayList<>();
    if (!answer.more().isEmpty()) {
      rows.add(new InlineKeyboardRow(button(MORE_SOURCES, CallbackData.Action.MORE, key)));
    }
    rows.add(new InlineKeyboardRow(button("👍", CallbackData.Action.UP, key),
        button("👎", CallbackData.Action.DOWN, key)));
    return new InlineKeyboardMarkup(rows);
  }

  private static InlineKeyboardButton button(String text, CallbackData.Action action, String key) {
    return InlineKeyboardButton.builder().text(text)
        .callbackData(new CallbackData(action, key).encode()).build();
  }

  // ---- buttons ----

  private void onCallback(Integer updateId, CallbackQuery q) throws InterruptedException {
    if (TelegramViewsCommands.handles(q.getData())) {
      views.onCallback(updateId, q);
      return;
    }
    String text = null;
    List<String> followUp = List.of();
    try {
      Optional<CallbackData> data = CallbackData.parse(q.getData());
      MaybeInaccessibleMessage shown = q.getMessage();
      // Callback data is whatever the client sends, so it proves nothing: the answer is found
      // only for the person who asked it, pressing in the chat where it was shown. A press
      // without a message (an inline message) cannot be tied to a chat and finds nothing.
      ButtonTargets.Lookup<PendingAnswers.Pending> lookup = data.isEmpty() || shown == null
          || q.getFrom() == null ? new ButtonTargets.Expired<>()
          : registry.find(data.get().key(), new ButtonOwner(String.valueOf(shown.getChatId()),
              String.valueOf(q.getFrom().getId())));
      if (data.isEmpty()) {
        text = "This button no longer works.";
      } else if (lookup instanceof ButtonTargets.NotYours<PendingAnswers.Pending>) {
        log.info("Button refused: pressed by someone other than the asker: update={}", updateId);
        text = BotTexts.NOT_YOUR_BUTTON;
      } else if (!(lookup instanceof ButtonTargets.Found<PendingAnswers.Pending> found)) {
        text = "This answer has expired. Please ask again.";
      } else if (data.get().action() == CallbackData.Action.MORE) {
        followUp = renderer.more(found.value().answer(), articleCount());
      } else {
        text = vote(updateId, q, data.get(), found.value().answer());
      }
    } catch (RuntimeException e) {
      log.error("Failed to handle a button: update={} cause={}", updateId, mask.describe(e));
      text = BotTexts.ERROR;
    } finally {
      // Answered first and always, so the person's client stops showing a spinner.
      sender.tryExecute(null, AnswerCallbackQuery.builder().callbackQueryId(q.getId())
          .text(OutgoingText.safe(text)).build());
    }
    MaybeInaccessibleMessage origin = q.getMessage();
    if (!followUp.isEmpty() && origin != null) {
      Integer thread = origin instanceof Message m && m.isTopicMessage() ? m.getMessageThreadId()
          : null;
      Target target = new Target(origin.getChatId(), thread, null);
      for (String page : followUp) {
        sender.tryExecute(target.chatId(), message(target, page, null));
      }
    }
  }

  private String vote(Integer updateId, CallbackQuery q, CallbackData data, Answer answer) {
    String userId = String.valueOf(q.getFrom().getId());
    if (!registry.firstVote(data.key(), userId)) {
      return "You have already rated this answer.";
    }
    try {
      ctx.feedback().record(PLATFORM, userId, answer.question(), answer.id(),
          data.action() == CallbackData.Action.UP);
      return "Thanks for your feedback!";
    } catch (IOException e) {
      log.error("Could not record feedback: update={} file={} cause={}", updateId,
          ctx.feedback().file(), mask.describe(e));
      return "Sorry, your feedback could not be saved.";
    }
  }

  // ---- inline mode ----

  private void onInline(Integer updateId, InlineQuery iq) throws InterruptedException {
    String query = iq.getQuery() == null ? "" : iq.getQuery().strip();
    if (query.length() < INLINE_MIN_LENGTH) {
      answerInline(iq.getId(), List.of(), INLINE_CACHE_SECONDS);
      return;
    }
    if (inlineLimiter.tryAcquire(PLATFORM + "-inline:" + iq.getFrom().getId()).isPresent()) {
      count(Outcome.RATE_LIMITED);
      answerInline(iq.getId(), List.of(), 0);
      return;
    }
    Outcome outcome = Outcome.ERROR;
    try {
      Answer answer = ctx.answers().ask(query);
      answerInline(iq.getId(), inlineResults(answer, query, iq.getFrom().getId()),
          INLINE_CACHE_SECONDS);
      outcome = Outcome.of(answer);
    } catch (RuntimeException e) {
      log.error("Failed to answer an inline query: update={} outcome={} cause={}", updateId,
          Outcome.ERROR, mask.describe(e));
      answerInline(iq.getId(), List.of(), 0);
    } finally {
      count(outcome);
    }
  }

  /**
   * One result per quote (the answer's quotes, then its further ones, numbered as one list), at
   * most five.
   */
  List<InlineQueryResult> inlineResults(Answer answer, String query, long userId) {
    // Inline results carry no buttons; the key only makes the results' ids unique.
    String key = registry.put(answer, query, new ButtonOwner("inline", String.valueOf(userId)));
    List<InlineQueryResult> results = new ArrayList<>();
    if (!answer.details().isEmpty()) {
      results.add(article(key + "-0", AnswerTexts.DETAILS_INTRO,
          "Send this reply with the articles' details", renderer.inlineDetails(answer)));
      return results;
    }
    if (!answer.answered()) {
      results.add(article(key + "-0", AnswerTexts.NOT_ANSWERED,
          answer.related().isEmpty() ? "Send this reply" : "Send this reply with related articles",
          renderer.inlineAbstention(answer)));
      return results;
    }
    for (NumberedQuote q : AnswerLayout.withMore(answer).firstQuotes(INLINE_RESULTS).quotes()) {
      results.add(article(key + "-" + results.size(),
          renderer.plainCitation(q.citation(), q.quote().source()),
          TelegramHtmlRenderer.snippet(q.text(), 150),
          renderer.inlineQuote(answer, q.quote(), q.citation())));
    }
    return results;
  }

  private static InlineQueryResultArticle article(String id, String title, String description,
      String html) {
    return InlineQueryResultArticle.builder().id(id).title(OutgoingText.safe(title))
        .description(OutgoingText.safe(description))
        .inputMessageContent(InputTextMessageContent.builder().messageText(OutgoingText.safe(html))
            .parseMode(ParseMode.HTML).linkPreviewOptions(noPreview()).build())
        .build();
  }

  private void answerInline(String id, List<InlineQueryResult> results, int cacheSeconds) {
    sender.tryExecute(null, AnswerInlineQuery.builder().inlineQueryId(id).results(results)
        .cacheTime(cacheSeconds).isPersonal(false).build());
  }

  // ---- announcements ----

  /** Posts a ready HTML message to a chat (announcements); throws when Telegram refuses it. */
  void post(String chat, String html) throws TelegramApiException, InterruptedException {
    if (html.length() > renderer.limit()) {
      throw new IllegalArgumentException("announcement of length " + html.length()
          + " exceeds the message limit " + renderer.limit());
    }
    Long throttleKey = chat.startsWith("@") ? (long) chat.hashCode() : Long.valueOf(chat);
    sender.execute(throttleKey, SendMessage.builder().chatId(chat).text(OutgoingText.safe(html))
        .parseMode(ParseMode.HTML).linkPreviewOptions(noPreview()).build());
  }

  // ---- helpers ----

  private void send(Target target, String html, InlineKeyboardMarkup keyboard)
      throws TelegramApiException, InterruptedException {
    sender.execute(target.chatId(), message(target, html, keyboard));
  }

  /**
   * Every message the bot sends is built here or in {@link TelegramModeratorCommands}. Its text
   * passes through {@link OutgoingText#safe}, which drops control and bidi-reordering characters
   * and leaves the HTML markup (printable ASCII) as it is.
   */
  static SendMessage message(Target target, String html, InlineKeyboardMarkup keyboard) {
    SendMessage.SendMessageBuilder<?, ?> b = SendMessage.builder().chatId(target.chatId())
        .text(OutgoingText.safe(html)).parseMode(ParseMode.HTML).linkPreviewOptions(noPreview())
        .messageThreadId(target.threadId()).replyMarkup(keyboard);
    if (target.replyTo() != null) {
      b.replyParameters(ReplyParameters.builder().messageId(target.replyTo())
          .allowSendingWithoutReply(true).build());
    }
    return b.build();
  }

  private static LinkPreviewOptions noPreview() {
    return LinkPreviewOptions.builder().isDisabled(true).build();
  }

  private static String userId(Message m) {
    if (m.getFrom() != null) {
      return String.valueOf(m.getFrom().getId());
    }
    // Anonymous group admins and channels write as a chat.
    return m.getSenderChat() != null ? "chat" + m.getSenderChat().getId() : "chat" + m.getChatId();
  }

  private int articleCount() {
    return ctx.answers().sources().size();
  }

  private void count(Outcome outcome) {
    questions.get(outcome).increment();
  }
}

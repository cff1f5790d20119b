package org.citebot.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.citebot.corpus.ArticleFiles;
import org.citebot.serving.CorpusAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The moderator commands {@code /add <url>} (or a document sent with the caption {@code /add},
 * or {@code /add} followed by pasted article text), {@code /refresh} and {@code /remove <id>}:
 * allowed for the configured user ids and the administrators of the configured moderators' chat,
 * in a private chat with the bot or in the moderators' chat. Everyone else gets a polite refusal.
 * The report is the reply.
 *
 * <p>A command runs only when its sender typed it: a forwarded message carries the forwarder as
 * its sender, so a moderator forwarding someone's "/remove x" would run it as the moderator; an
 * edited message or one sent through an inline bot is not a command either. The moderator check
 * is made for every command when it runs, never remembered.
 */
final class TelegramModeratorCommands {

  static final String ADD = "add";
  static final String REFRESH = "refresh";
  static final String REMOVE = "remove";
  private static final Set<String> NAMES = Set.of(ADD, REFRESH, REMOVE);

  static final String REFUSAL = "Sorry, only moderators can change the articles.";
  static final String ANONYMOUS = "Please send moderator commands from your own account, not"
      + " as the group.";
  static final String ADD_USAGE = "Send /add with the article's web address, e.g. /add"
      + " https://example.org/article, or send the article file with the caption /add.";
  static final String REMOVE_USAGE = "Send /remove with the article id, as /sources lists it.";
  static final String WRONG_PLACE = "Moderator commands work in a private chat with me or in the"
      + " moderators' chat.";
  /** Room left in a message for the report; longer reports are cut. */
  private static final int MAX_REPLY = 3500;

  private static final Logger log = LoggerFactory.getLogger(TelegramModeratorCommands.class);

  private final CorpusAdmin admin;
  private final TelegramModeratorConfig config;
  private final TelegramSender sender;
  private final TelegramClient client;
  private final OkHttpClient http;
  private final HttpUrl files;
  private final TokenMask mask;
  private final String botUsername;

  /**
   * @param http downloads documents
   * @param files where the Bot API serves files: {@code <api url>/file/bot<token>/}
   */
  TelegramModeratorCommands(CorpusAdmin admin, TelegramModeratorConfig config,
      TelegramSender sender, TelegramClient client, OkHttpClient http, HttpUrl files,
      TokenMask mask, String botUsername) {
    this.admin = admin;
    this.config = config;
    this.sender = sender;
    this.client = client;
    this.http = http;
    this.files = files;
    this.mask = mask;
    this.botUsername = botUsername;
  }

  /**
   * A moderator command in a message's text or caption.
   *
   * @param name add, refresh or remove
   * @param argument what follows the command, stripped; empty when nothing does
   */
  record Command(String name, String argument) {}

  /** The moderator command that {@code text} starts with, if any and if meant for this bot. */
  static Optional<Command> parse(String text, String botUsername) {
    if (text == null || !text.startsWith("/")) {
      return Optional.empty();
    }
    int end = 1;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    String head = text.substring(1, end);
    int at = head.indexOf('@');
    if (at >= 0) {
      if (!head.substring(at + 1).equalsIgnoreCase(botUsername)) {
        return Optional.empty();
      }
      head = head.substring(0, at);
    }
    String name = head.toLowerCase(Locale.ROOT);
    return NAMES.contains(name)
        ? Optional.of(new Command(name, text.substring(end).strip())) : Optional.empty();
  }

  /**
   * Handles {@code m} when it is a moderator command.
   *
   * @return whether it was one (and has been answered)
   */
  boolean handle(Integer updateId, Message m) throws InterruptedException {
    String text = m.hasText() ? m.getText() : m.getCaption();
    Optional<Command> command = parse(text == null ? null : text.strip(), botUsername);
    if (command.isEmpty()) {
      return false;
    }
    Optional<String> relayed = relayed(m);
    if (relayed.isPresent()) {
      log.info("/{} ignored: the message is {} (update={} chat={})", command.get().name(),
          relayed.get(), updateId, m.getChatId());
      return true;
    }
    if (!isPrivate(m) && !isModeratorChat(m)) {
      log.info("/{} refused: chat {} is neither private nor the moderators' chat (update={})",
          command.get().name(), m.getChatId(), updateId);
      reply(m, WRONG_PLACE);
      return true;
    }
    User from = m.getFrom();
    if (from == null || m.getSenderChat() != null) {
      reply(m, ANONYMOUS);
      return true;
    }
    if (!isModerator(from.getId())) {
      log.info("/{} refused: user is not a moderator (update={} chat={})",
          command.get().name(), updateId, m.getChatId());
      reply(m, REFUSAL);
      return true;
    }
    CorpusAdmin.Actor actor = new CorpusAdmin.Actor(TelegramBot.PLATFORM,
        String.valueOf(from.getId()));
    String arg = command.get().argument();
    String message = switch (command.get().name()) {
      case REFRESH -> admin.refresh(actor).message();
      case REMOVE -> arg.isEmpty() ? REMOVE_USAGE
          : admin.remove(actor, arg.split("\\s+")[0]).message();
      default -> add(actor, m, arg);
    };
    reply(m, message);
    return true;
  }

  /**
   * Why the message is not its sender's own typing, or empty when it is: forwarded, edited, sent
   * through an inline bot, or a channel post copied into its discussion group.
   */
  static Optional<String> relayed(Message m) {
    if (m.getForwardOrigin() != null || m.getForwardDate() != null || m.getForwardFrom() != null
        || m.getForwardFromChat() != null || m.getForwardSenderName() != null) {
      return Optional.of("forwarded");
    }
    if (m.getEditDate() != null) {
      return Optional.of("edited");
    }
    if (m.getViaBot() != null) {
      return Optional.of("sent through an inline bot");
    }
    if (Boolean.TRUE.equals(m.getIsAutomaticForward())) {
      return Optional.of("an automatic forward");
    }
    return Optional.empty();
  }

  private static boolean isPrivate(Message m) {
    return m.getChat() != null && "private".equals(m.getChat().getType());
  }

  private boolean isModeratorChat(Message m) {
    if (config.moderatorChat().isEmpty() || m.getChat() == null) {
      return false;
    }
    String chat = config.moderatorChat().get();
    if (chat.startsWith("@")) {
      return m.getChat().getUserName() != null
          && chat.substring(1).equalsIgnoreCase(m.getChat().getUserName());
    }
    return chat.equals(String.valueOf(m.getChatId()));
  }

  private String add(CorpusAdmin.Actor actor, Message m, String arg) {
    if (m.hasDocument()) {
      return addDocument(actor, m.getDocument());
    }
    if (arg.isEmpty()) {
      return ADD_USAGE;
    }
    // One word is an address; several lines are pasted article text.
    return arg.matches("\\S+") ? admin.addUrl(actor, arg).message()
        : admin.addText(actor, arg).message();
  }

  private String addDocument(CorpusAdmin.Actor actor, Document d) {
    String name = d.getFileName() == null ? "article.txt" : d.getFileName();
    if (d.getFileSize() != null && d.getFileSize() > ArticleFiles.MAX_FILE_BYTES) {
      return name + " is too large (" + d.getFileSize() + " bytes, the limit is "
          + ArticleFiles.MAX_FILE_BYTES + "); nothing was added.";
    }
    byte[] bytes;
    try {
      bytes = download(client.execute(new GetFile(d.getFileId())).getFilePath());
    } catch (TelegramApiException | IOException | RuntimeException e) {
      log.warn("Downloading a document failed: file={} cause={}", name, mask.describe(e));
      return "Could not download " + name + " from Telegram; nothing was added. Please try"
          + " again.";
    }
    return admin.addFile(actor, name, bytes).message();
  }

  /**
   * The file's bytes, at most one more than the limit. Fetched here rather than by the library,
   * which builds file URLs on api.telegram.org whatever Bot API server is configured.
   */
  private byte[] download(String filePath) throws IOException {
    if (filePath == null || filePath.isEmpty()) {
      throw new IOException("getFile returned no file_path");
    }
    HttpUrl url = files.newBuilder().addPathSegments(filePath).build();
    try (Response r = http.newCall(new Request.Builder().url(url).get().build()).execute()) {
      if (!r.isSuccessful()) {
        throw new IOException("file download answered HTTP " + r.code());
      }
      try (InputStream in = r.body().byteStream()) {
        return in.readNBytes((int) ArticleFiles.MAX_FILE_BYTES + 1);
      }
    }
  }

  private boolean isModerator(long userId) throws InterruptedException {
    if (config.moderatorIds().contains(userId)) {
      return true;
    }
    if (config.moderatorChat().isEmpty()) {
      return false;
    }
    try {
      ChatMember member = sender.execute(null, GetChatMember.builder()
          .chatId(config.moderatorChat().get()).userId(userId).build());
      String status = member.getStatus();
      return "creator".equals(status) || "administrator".equals(status);
    } catch (TelegramApiException | RuntimeException e) {
      // Not a member, or the bot is not in that chat: not a moderator.
      log.info("Moderator check in chat {} failed for a user: cause={}",
          config.moderatorChat().get(), mask.describe(e));
      return false;
    }
  }

  private void reply(Message m, String text) throws InterruptedException {
    // Html.text (through plain) drops control and bidi-reordering characters.
    String cut = text.length() <= MAX_REPLY ? text : text.substring(0, MAX_REPLY) + " …";
    SendMessage.SendMessageBuilder<?, ?> b = SendMessage.builder().chatId(m.getChatId())
        .text(TelegramHtmlRenderer.plain(cut)).parseMode(ParseMode.HTML)
        .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
        .messageThreadId(m.isTopicMessage() ? m.getMessageThreadId() : null);
    if (!"private".equals(m.getChat().getType())) {
      b.replyParameters(ReplyParameters.builder().messageId(m.getMessageId())
          .allowSendingWithoutReply(true).build());
    }
    sender.tryExecute(m.getChatId(), b.build());
  }
}

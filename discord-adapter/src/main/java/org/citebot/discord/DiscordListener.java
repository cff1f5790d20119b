package org.citebot.discord;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.citebot.answer.AnswerService;
import org.citebot.answer.SourceSummary;
import org.citebot.chat.BotTexts;
import org.citebot.chat.ButtonOwner;
import org.citebot.chat.ButtonTargets;
import org.citebot.chat.FeedbackLog;
import org.citebot.chat.PendingAnswers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads slash commands, button clicks and messages that mention the bot, and replies. Answering
 * runs on a bounded executor, never on JDA's event thread, so a busy index cannot stall the
 * gateway; slash commands are acknowledged first, within Discord's three seconds.
 */
final class DiscordListener extends ListenerAdapter {

  private static final Logger LOG = LoggerFactory.getLogger(DiscordListener.class);
  /** Nothing a reply says may ping anyone: no @everyone/@here, roles, users or replied user. */
  static final EnumSet<Message.MentionType> NO_MENTIONS = EnumSet.noneOf(Message.MentionType.class);

  static final String EXPIRED = "This answer is too old for its buttons; please ask again.";
  static final String THANKS = "Thanks for the feedback.";

  private final QuestionDesk desk;
  private final AnswerService answers;
  private final FeedbackLog feedback;
  private final DiscordAnswerRenderer renderer;
  private final Executor executor;
  private final Set<Long> autoAnswerChannels;
  private final CommandRegistrar registrar;

  DiscordListener(
      QuestionDesk desk,
      AnswerService answers,
      FeedbackLog feedback,
      DiscordAnswerRenderer renderer,
      Executor executor,
      Set<Long> autoAnswerChannels,
      CommandRegistrar registrar) {
    this.desk = desk;
    this.answers = answers;
    this.feedback = feedback;
    this.renderer = renderer;
    this.executor = executor;
    this.autoAnswerChannels = Set.copyOf(autoAnswerChannels);
    this.registrar = registrar;
  }

  @Override
  public void onReady(ReadyEvent event) {
    registrar.register(event.getJDA());
  }

  @Override
  public void onGuildJoin(GuildJoinEvent event) {
    registrar.joined(event.getGuild());
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    if (DiscordViewsCommands.handles(event.getName())) {
      return; // answered by DiscordViewsCommands, registered next to this listener
    }
    try {
      switch (event.getName()) {
        case DiscordCommands.ASK -> ask(event);
        case DiscordCommands.SOURCES -> sources(event);
        case DiscordCommands.SOURCE -> source(event);
        case DiscordCommands.HELP ->
            event.replyEmbeds(renderer.help()).setEphemeral(true).setAllowedMentions(NO_MENTIONS)
                .queue(null, failure("/help", event.getChannelId()));
        case DiscordModeratorCommands.ADD, DiscordModeratorCommands.REFRESH,
            DiscordModeratorCommands.REMOVE -> { } // answered by DiscordModeratorCommands
        default -> event.reply(DiscordAnswerRenderer.text("I don't know that command. Try /help."))
            .setEphemeral(true).queue(null, failure(event.getName(), event.getChannelId()));
      }
    } catch (RuntimeException e) {
      LOG.error("/{} failed (guild={} channel={})", event.getName(),
          event.getGuild() == null ? "DM" : event.getGuild().getId(), event.getChannelId(), e);
      if (!event.isAcknowledged()) {
        event.reply(DiscordAnswerRenderer.text(BotTexts.ERROR)).setEphemeral(true)
            .queue(null, failure(event.getName(), event.getChannelId()));
      }
    }
  }

  private void ask(SlashCommandInteractionEvent event) {
    String question = Optional.ofNullable(event.getOption("question"))
        .map(OptionMapping::getAsString).orElse("");
    Optional<Long> wait = desk.admit(event.getUser().getId());
    if (wait.isPresent()) {
      event.reply(DiscordAnswerRenderer.text(BotTexts.rateLimited(wait.get()))).setEphemeral(true)
          .queue(null, failure("/ask", event.getChannelId()));
      return;
    }
    QuestionDesk.Origin origin = new QuestionDesk.Origin("/ask",
        event.getGuild() == null ? "DM" : event.getGuild().getId(), event.getChannelId());
    // Acknowledge first: answering may take longer than the three seconds Discord waits.
    event.deferReply().queue(null, failure("/ask defer", event.getChannelId()));
    InteractionHook hook = event.getHook();
    ButtonOwner asker = new ButtonOwner(event.getChannelId(), event.getUser().getId());
    submit(origin, () -> {
      QuestionDesk.Result outcome = desk.answer(question, origin, asker);
      if (outcome instanceof QuestionDesk.Answered a) {
        // Defaults set through MessageRequest do not reach interaction-hook edits: set it here.
        hook.editOriginalEmbeds(renderer.answer(a.answer()))
            .setComponents(AnswerButtons.row(a.key(), a.answer().answered() && !a.answer().more().isEmpty()))
            .setAllowedMentions(NO_MENTIONS)
            .queue(null, failure("/ask edit", origin.channelId()));
      } else {
        hook.editOriginal(DiscordAnswerRenderer.content(BotTexts.ERROR))
            .setAllowedMentions(NO_MENTIONS)
            .queue(null, failure("/ask edit", origin.channelId()));
      }
    }, () -> hook.editOriginal(DiscordAnswerRenderer.content(BotTexts.ERROR))
        .setAllowedMentions(NO_MENTIONS).queue(null, failure("/ask edit", origin.channelId())));
  }

  private void sources(SlashCommandInteractionEvent event) {
    int page = Optional.ofNullable(event.getOption("page")).map(OptionMapping::getAsInt).orElse(1);
    List<SourceSummary> all = answers.sources();
    event.replyEmbeds(renderer.sources(all, page)).setEphemeral(true).setAllowedMentions(NO_MENTIONS)
        .queue(null, failure("/sources", event.getChannelId()));
  }

  private void source(SlashCommandInteractionEvent event) {
    String id = Optional.ofNullable(event.getOption("id")).map(OptionMapping::getAsString).orElse("");
    Optional<SourceSummary> found = answers.source(id.trim());
    if (found.isPresent()) {
      event.replyEmbeds(renderer.source(found.get())).setEphemeral(true)
          .setAllowedMentions(NO_MENTIONS).queue(null, failure("/source", event.getChannelId()));
    } else {
      event.reply(DiscordAnswerRenderer.text("There is no article with id \"" + id
              + "\". Use /sources to see the list.")).setEphemeral(true)
          .queue(null, failure("/source", event.getChannelId()));
    }
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    Optional<AnswerButtons.Click> click = AnswerButtons.parse(event.getComponentId());
    if (click.isEmpty()) {
      return;
    }
    ButtonOwner presser = new ButtonOwner(event.getChannelId(), event.getUser().getId());
    PendingAnswers.Pending e;
    switch (desk.recall(click.get().key(), presser)) {
      case ButtonTargets.Found<PendingAnswers.Pending> found -> e = found.value();
      case ButtonTargets.NotYours<PendingAnswers.Pending> notYours -> {
        event.reply(DiscordAnswerRenderer.text(BotTexts.NOT_YOUR_BUTTON)).setEphemeral(true)
            .queue(null, failure("button", event.getChannelId()));
        return;
      }
      case ButtonTargets.Expired<PendingAnswers.Pending> expired -> {
        event.reply(DiscordAnswerRenderer.text(EXPIRED)).setEphemeral(true)
            .queue(null, failure("button", event.getChannelId()));
        return;
      }
    }
    switch (click.get().action()) {
      case MORE -> event.reply(renderer.more(e.answer())).setEphemeral(true)
          .setAllowedMentions(NO_MENTIONS).queue(null, failure("more sources", event.getChannelId()));
      case UP, DOWN -> {
        boolean up = click.get().action() == AnswerButtons.Action.UP;
        try {
          feedback.record(QuestionDesk.PLATFORM, event.getUser().getId(), e.question(),
              e.answer().id(), up);
          event.reply(DiscordAnswerRenderer.text(THANKS)).setEphemeral(true)
              .queue(null, failure("feedback", event.getChannelId()));
        } catch (IOException | RuntimeException ex) {
          LOG.error("recording feedback failed (channel={} answer={})", event.getChannelId(),
              e.answer().id(), ex);
          event.reply(DiscordAnswerRenderer.text(BotTexts.ERROR)).setEphemeral(true)
              .queue(null, failure("feedback", event.getChannelId()));
        }
      }
    }
  }

  @Override
  public void onMessageReceived(MessageReceivedEvent event) {
    if (event.getAuthor().isBot() || event.isWebhookMessage() || event.getAuthor().isSystem()) {
      return;
    }
    Message message = event.getMessage();
    String selfId = event.getJDA().getSelfUser().getId();
    String content = message.getContentRaw();
    Optional<String> question = autoAnswerQuestion(event)
        .or(() -> Mentions.questionFor(content, selfId, event.getChannelType() == ChannelType.PRIVATE));
    if (question.isEmpty()) {
      return;
    }
    QuestionDesk.Origin origin = new QuestionDesk.Origin("mention",
        event.isFromGuild() ? event.getGuild().getId() : "DM", event.getChannel().getId());
    if (question.get().isBlank()) {
      reply(message, DiscordAnswerRenderer.embedMessage(renderer.help()), null, origin);
      return;
    }
    Optional<Long> wait = desk.admit(event.getAuthor().getId());
    if (wait.isPresent()) {
      reply(message, DiscordAnswerRenderer.text(BotTexts.rateLimited(wait.get())), null, origin);
      return;
    }
    ButtonOwner asker = new ButtonOwner(event.getChannel().getId(), event.getAuthor().getId());
    submit(origin, () -> {
      QuestionDesk.Result outcome = desk.answer(question.get(), origin, asker);
      if (outcome instanceof QuestionDesk.Answered a) {
        MessageEmbed embed = renderer.answer(a.answer());
        reply(message, DiscordAnswerRenderer.embedMessage(embed), a, origin);
      } else {
        reply(message, DiscordAnswerRenderer.text(BotTexts.ERROR), null, origin);
      }
    }, () -> reply(message, DiscordAnswerRenderer.text(BotTexts.ERROR), null, origin));
  }

  /**
   * A new forum post or thread starter in a configured channel: its title and text are the
   * question. Reading the text needs the message-content intent, hence opt-in.
   */
  private Optional<String> autoAnswerQuestion(MessageReceivedEvent event) {
    if (autoAnswerChannels.isEmpty() || !event.getChannelType().isThread()) {
      return Optional.empty();
    }
    ThreadChannel thread = event.getChannel().asThreadChannel();
    boolean starter = event.getMessageIdLong() == thread.getIdLong();
    if (!starter || !autoAnswerChannels.contains(thread.getParentChannel().getIdLong())) {
      return Optional.empty();
    }
    String body = event.getMessage().getContentRaw().strip();
    return Optional.of(body.isEmpty() ? thread.getName() : thread.getName() + "\n" + body);
  }

  private void reply(Message message, MessageCreateData data, QuestionDesk.Answered answered,
      QuestionDesk.Origin origin) {
    var action = message.reply(data)
        .setAllowedMentions(NO_MENTIONS)
        .mentionRepliedUser(false)
        .failOnInvalidReply(false);
    if (answered != null) {
      action = action.setComponents(AnswerButtons.row(answered.key(),
          answered.answer().answered() && !answered.answer().more().isEmpty()));
    }
    action.queue(null, failure("mention reply", origin.channelId()));
  }

  private void submit(QuestionDesk.Origin origin, Runnable work, Runnable onRejected) {
    try {
      executor.execute(() -> {
        try {
          work.run();
        } catch (RuntimeException e) {
          desk.countError();
          LOG.error("replying failed ({})", origin, e);
          onRejected.run();
        }
      });
    } catch (RejectedExecutionException e) {
      desk.countError();
      LOG.warn("too many questions in flight, turning one away ({})", origin);
      onRejected.run();
    }
  }

  private static java.util.function.Consumer<Throwable> failure(String what, String channelId) {
    return t -> LOG.warn("Discord rejected a {} request (channel={}): {}", what, channelId,
        t.toString());
  }
}

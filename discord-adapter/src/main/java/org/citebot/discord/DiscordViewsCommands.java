package org.citebot.discord;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.citebot.answer.AnswerService;
import org.citebot.chat.BotTexts;
import org.citebot.chat.ButtonOwner;
import org.citebot.chat.ButtonTargets;
import org.citebot.chat.RateLimiter;
import org.citebot.ops.BotMetrics;
import org.citebot.timeline.HasViews;
import org.citebot.timeline.Perspective;
import org.citebot.timeline.TimelinePage;
import org.citebot.timeline.Views;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The /timeline and /perspectives slash commands and the timeline's page buttons. Like /ask,
 * each command is acknowledged at once (deferred) and answered on the bounded executor, then the
 * deferred reply is edited; page buttons edit the message they sit under. Every reply pings no
 * one. The views come from the answer service when it offers them ({@link HasViews}); otherwise
 * the commands say they are not available.
 */
final class DiscordViewsCommands extends ListenerAdapter {

  static final String TIMELINE = "timeline";
  static final String PERSPECTIVES = "perspectives";
  static final String EXPIRED = "This timeline is too old for its buttons; please use /timeline again.";

  private static final Logger LOG = LoggerFactory.getLogger(DiscordViewsCommands.class);

  private final AnswerService answers;
  private final RateLimiter limiter;
  private final MeterRegistry meters;
  private final DiscordViewsRenderer renderer;
  private final ButtonTargets<ShownTimeline> recent;
  private final Executor executor;

  DiscordViewsCommands(AnswerService answers, RateLimiter limiter, MeterRegistry meters,
      DiscordViewsRenderer renderer, ButtonTargets<ShownTimeline> recent,
      Executor executor) {
    this.answers = Objects.requireNonNull(answers, "answers");
    this.limiter = Objects.requireNonNull(limiter, "limiter");
    this.meters = Objects.requireNonNull(meters, "meters");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.recent = Objects.requireNonNull(recent, "recent");
    this.executor = Objects.requireNonNull(executor, "executor");
  }

  /** The commands' definitions, with descriptions written for Discord's command menu. */
  static List<SlashCommandData> definitions() {
    return List.of(
        Commands.slash(TIMELINE, "Dated events from the articles, oldest first, each quoted with its source")
            .addOptions(new OptionData(OptionType.STRING, "topic",
                "Only events about this, e.g. checkpoint (leave empty for all events)", false)
                .setMaxLength(AnswerService.MAX_QUESTION_LENGTH)),
        Commands.slash(PERSPECTIVES, "How each outlet describes a topic: one quote per outlet, with its date")
            .addOptions(new OptionData(OptionType.STRING, "topic",
                "What to compare, e.g. peacekeepers", true)
                .setMaxLength(AnswerService.MAX_QUESTION_LENGTH)));
  }

  /** Whether this class answers the named slash command (the main listener then leaves it). */
  static boolean handles(String commandName) {
    return TIMELINE.equals(commandName) || PERSPECTIVES.equals(commandName);
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    if (!handles(event.getName())) {
      return;
    }
    String where = "/" + event.getName() + " guild="
        + (event.getGuild() == null ? "DM" : event.getGuild().getId())
        + " channel=" + event.getChannelId();
    try {
      Optional<String> topic = Optional.ofNullable(event.getOption("topic"))
          .map(OptionMapping::getAsString).map(String::strip).filter(t -> !t.isEmpty());
      Optional<Views> views = views();
      if (views.isEmpty()) {
        count(event.getName(), "unavailable");
        replyNow(event, DiscordViewsRenderer.UNAVAILABLE, where);
        return;
      }
      if (PERSPECTIVES.equals(event.getName()) && topic.isEmpty()) {
        replyNow(event, DiscordViewsRenderer.NEED_TOPIC, where);
        return;
      }
      Optional<Duration> wait = limiter.tryAcquire(QuestionDesk.PLATFORM + ":" + event.getUser().getId());
      if (wait.isPresent()) {
        count(event.getName(), "rate_limited");
        replyNow(event, BotTexts.rateLimited(RateLimiter.seconds(wait.get())), where);
        return;
      }
      // Acknowledge first: drawing the chart may take longer than the three seconds Discord waits.
      event.deferReply().queue(null, failure(where + " defer"));
      InteractionHook hook = event.getHook();
      ButtonOwner asker = new ButtonOwner(event.getChannelId(), event.getUser().getId());
      Runnable work = TIMELINE.equals(event.getName())
          ? () -> edit(hook, timeline(views.get(), topic, asker), where)
          : () -> edit(hook, perspectives(views.get(), topic.orElseThrow()), where);
      submit(event.getName(), where, work,
          () -> edit(hook, text(BotTexts.ERROR), where));
    } catch (RuntimeException e) {
      count(event.getName(), "error");
      LOG.error("{} failed", where, e);
      if (!event.isAcknowledged()) {
        replyNow(event, BotTexts.ERROR, where);
      }
    }
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    Optional<TimelineButtons.Click> click = TimelineButtons.parse(event.getComponentId());
    if (click.isEmpty()) {
      return;
    }
    String where = "timeline page " + click.get().page() + " channel=" + event.getChannelId();
    ButtonTargets.Lookup<ShownTimeline> lookup = recent.find(click.get().key(),
        new ButtonOwner(event.getChannelId(), event.getUser().getId()));
    if (lookup instanceof ButtonTargets.NotYours<ShownTimeline>) {
      event.reply(DiscordAnswerRenderer.text(BotTexts.NOT_YOUR_BUTTON)).setEphemeral(true)
          .queue(null, failure(where));
      return;
    }
    Optional<ShownTimeline> entry = lookup instanceof ButtonTargets.Found<ShownTimeline> found
        ? Optional.of(found.value()) : Optional.empty();
    Optional<Views> views;
    try {
      views = views();
    } catch (RuntimeException e) {
      count(TIMELINE, "error");
      LOG.error("{} failed", where, e);
      event.reply(DiscordAnswerRenderer.text(BotTexts.ERROR)).setEphemeral(true)
          .queue(null, failure(where));
      return;
    }
    if (entry.isEmpty() || views.isEmpty()) {
      event.reply(DiscordAnswerRenderer.text(EXPIRED)).setEphemeral(true).queue(null, failure(where));
      return;
    }
    event.deferEdit().queue(null, failure(where + " defer"));
    InteractionHook hook = event.getHook();
    submit(TIMELINE, where, () -> {
      ShownTimeline e = entry.get();
      TimelinePage page = views.get().timeline(e.topic(), click.get().page(),
          DiscordViewsRenderer.PAGE_SIZE);
      MessageEditData data = page.events().isEmpty()
          ? text(DiscordViewsRenderer.emptyTimeline(e.topic()))
          : new MessageEditBuilder()
              .setEmbeds(renderer.timelinePage(page, e.chart()))
              .setComponents(TimelineButtons.row(click.get().key(), page))
              .setAllowedMentions(DiscordListener.NO_MENTIONS)
              .build();
      edit(hook, data, where);
      count(TIMELINE, "paged");
    }, () -> { });
  }

  /** The first page, with the chart attached and page buttons when there are more pages. */
  private MessageEditData timeline(Views views, Optional<String> topic, ButtonOwner asker) {
    TimelinePage page = views.timeline(topic, 1, DiscordViewsRenderer.PAGE_SIZE);
    if (page.events().isEmpty()) {
      count(TIMELINE, "empty");
      return text(DiscordViewsRenderer.emptyTimeline(topic));
    }
    Optional<byte[]> chart = chart(views, topic);
    String key = recent.put(asker, new ShownTimeline(topic, chart.isPresent()));
    MessageEditBuilder b = new MessageEditBuilder()
        .setEmbeds(renderer.timelinePage(page, chart.isPresent()))
        .setAllowedMentions(DiscordListener.NO_MENTIONS);
    chart.ifPresent(png -> b.setFiles(FileUpload.fromData(png, DiscordViewsRenderer.CHART_FILE)));
    if (page.pageCount() > 1) {
      b.setComponents(TimelineButtons.row(key, page));
    }
    count(TIMELINE, "shown");
    return b.build();
  }

  /** The chart, or empty when drawing failed: the events are worth showing without it. */
  private Optional<byte[]> chart(Views views, Optional<String> topic) {
    try {
      return Optional.of(views.timelineChart(topic));
    } catch (RuntimeException e) {
      LOG.error("drawing the timeline chart failed (topic length {}); sending the events without it",
          topic.map(String::length).orElse(0), e);
      return Optional.empty();
    }
  }

  private MessageEditData perspectives(Views views, String topic) {
    List<Perspective> found = views.perspectives(topic);
    if (found.isEmpty()) {
      count(PERSPECTIVES, "empty");
      return text(DiscordViewsRenderer.NO_PERSPECTIVES);
    }
    count(PERSPECTIVES, "shown");
    return new MessageEditBuilder()
        .setEmbeds(renderer.perspectives(topic, found))
        .setAllowedMentions(DiscordListener.NO_MENTIONS)
        .build();
  }

  private Optional<Views> views() {
    return answers instanceof HasViews h ? Optional.of(h.views()) : Optional.empty();
  }

  private static MessageEditData text(String text) {
    return new MessageEditBuilder().setContent(DiscordAnswerRenderer.content(text))
        .setAllowedMentions(DiscordListener.NO_MENTIONS).build();
  }

  private static void edit(InteractionHook hook, MessageEditData data, String where) {
    // Defaults set through MessageRequest do not reach interaction-hook edits: set it here.
    hook.editOriginal(data).setAllowedMentions(DiscordListener.NO_MENTIONS)
        .queue(null, failure(where + " edit"));
  }

  private static void replyNow(SlashCommandInteractionEvent event, String text, String where) {
    event.reply(DiscordAnswerRenderer.text(text)).setEphemeral(true)
        .queue(null, failure(where));
  }

  private void submit(String view, String where, Runnable work, Runnable onFailure) {
    try {
      executor.execute(() -> {
        try {
          work.run();
        } catch (RuntimeException e) {
          count(view, "error");
          LOG.error("{} failed", where, e);
          onFailure.run();
        }
      });
    } catch (RejectedExecutionException e) {
      count(view, "error");
      LOG.warn("too many requests in flight, turning one away ({})", where);
      onFailure.run();
    }
  }

  private void count(String view, String outcome) {
    meters.counter(BotMetrics.VIEWS, "platform", QuestionDesk.PLATFORM, "view", view, "outcome", outcome)
        .increment();
  }

  private static Consumer<Throwable> failure(String what) {
    return t -> LOG.warn("Discord rejected a {} request: {}", what, t.toString());
  }
}

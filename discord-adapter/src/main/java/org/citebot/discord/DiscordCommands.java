package org.citebot.discord;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.citebot.answer.AnswerService;

/** The slash commands, with descriptions written for Discord's command menu. */
final class DiscordCommands {

  static final String ASK = "ask";
  static final String SOURCES = "sources";
  static final String SOURCE = "source";
  static final String HELP = "help";

  private DiscordCommands() {}

  static List<SlashCommandData> all() {
    List<SlashCommandData> all = new ArrayList<>(List.of(
        Commands.slash(ASK, "Ask a question; the answer is quoted word for word from the articles, with sources")
            .addOptions(new OptionData(OptionType.STRING, "question",
                "Your question, e.g. When was the checkpoint set up?", true)
                .setMaxLength(AnswerService.MAX_QUESTION_LENGTH)),
        Commands.slash(SOURCES, "List the articles that answers are quoted from")
            .addOptions(new OptionData(OptionType.INTEGER, "page", "Page of the list (10 per page)", false)
                .setMinValue(1)),
        Commands.slash(SOURCE, "Show one article's outlet, date, authors and link")
            .addOptions(new OptionData(OptionType.STRING, "id", "The article id, as listed by /sources", true)
                .setMaxLength(100)),
        Commands.slash(HELP, "What this bot does, why every answer is a quote, and how to ask")));
    all.addAll(DiscordViewsCommands.definitions());
    return List.copyOf(all);
  }
}

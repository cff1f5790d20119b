package org.citebot.serving;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.citebot.answer.Answer;
import org.citebot.answer.AnswerService;

/**
 * Tiny hand-built articles, each about a festival with a made-up name that no other shares, and
 * one Markdown article with front matter; shared with the adapters' moderator tests.
 */
public final class Articles {

  private Articles() {}

  /** A Markdown article with front matter, as a moderator would upload it. */
  public static final String LIGHTHOUSE = """
      ---
      title: The Kerrow Lighthouse Turns 150
      outlet: Kerrow Gazette
      published: 2024-06-01
      ---
      The Kerrow lighthouse was built in 1874 by the harbour board. Its lamp was first lit in
      March 1875.

      Keepers lived in the tower until 1962, when the light was automated.
      """;

  /** A one-paragraph article about the festival called {@code name}, opened on 3 May. */
  public static String festival(String name) {
    return "The " + name + " Festival Opens in Kerrow\n\nThe " + name + " festival opened in"
        + " Kerrow on 3 May after two years of planning. Organisers said it would run for nine"
        + " days.\n";
  }

  static String text(String name, int day) {
    return "The " + name + " Festival Opens in Kerrow\n\n"
        + "The " + name + " festival opened in Kerrow on " + day + " May after two years of"
        + " planning. Organisers said the " + name + " festival would run for nine days.\n\n"
        + "Local traders welcomed the visitors from the coast. Several cafés in the harbour"
        + " stayed open late into the night.\n";
  }

  static Path write(Path dir, String name, int day) throws IOException {
    Path f = dir.resolve(name.toLowerCase() + ".txt");
    Files.writeString(f, text(name, day), StandardCharsets.UTF_8);
    return f;
  }

  static String question(String name) {
    return "When did the " + name + " festival open?";
  }

  /** The id of the article the answer's first quote comes from, or null for an abstention. */
  static String answeredFrom(AnswerService service, String name) {
    Answer a = service.ask(question(name));
    return a.answered() && !a.quotes().isEmpty() ? a.quotes().get(0).source().id() : null;
  }
}

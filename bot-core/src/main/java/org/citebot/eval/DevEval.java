package org.citebot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.citebot.answer.Answer;
import org.citebot.answer.AnswerService;
import org.citebot.answer.Quote;
import org.citebot.render.PlainAnswerText;
import org.citebot.text.Source;

/**
 * Runs a question file (JSON Lines: question, answers, sources, answerable) against the bot and
 * measures hit@1, hit@3, citation accuracy, abstention and quote fidelity.
 */
public final class DevEval {

  /** One question of the file. */
  public record Item(String id, String question, List<String> answers, List<String> sources,
      boolean answerable) {}

  /**
   * The figures.
   *
   * @param failures one line per question that missed, with what the bot said
   */
  public record Result(int answerable, int unanswerable, int hit1, int hit3, int citedRight,
      int abstainedRight, int falseAbstentions, int quotes, int faithfulQuotes,
      List<String> failures) {

    public double hit1Rate() {
      return EvalText.rate(hit1, answerable);
    }

    public double hit3Rate() {
      return EvalText.rate(hit3, answerable);
    }

    public double citationAccuracy() {
      return EvalText.rate(citedRight, hit3);
    }

    public double abstentionAccuracy() {
      return EvalText.rate(abstainedRight, unanswerable);
    }


    public double fidelity() {
      return quotes == 0 ? 1 : (double) faithfulQuotes / quotes;
    }

    public String text() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "questions: %d answerable, %d unanswerable%n",
          answerable, unanswerable));
      sb.append(String.format(Locale.ROOT, "hit@1: %.3f (%d/%d)%n", hit1Rate(), hit1, answerable));
      sb.append(String.format(Locale.ROOT, "hit@3: %.3f (%d/%d)%n", hit3Rate(), hit3, answerable));
      sb.append(String.format(Locale.ROOT, "citation accuracy: %.3f (%d/%d)%n",
          citationAccuracy(), citedRight, hit3));
      sb.append(String.format(Locale.ROOT, "abstention accuracy: %.3f (%d/%d)%n",
          abstentionAccuracy(), abstainedRight, unanswerable));
      sb.append(String.format(Locale.ROOT, "false abstentions: %d%n", falseAbstentions));
      sb.append(String.format(Locale.ROOT, "quote fidelity: %.3f (%d/%d)%n", fidelity(),
          faithfulQuotes, quotes));
      for (String f : failures) {
        sb.append("FAILED ").append(f).append('\n');
      }
      return sb.toString();
    }

    public ObjectNode json() {
      ObjectNode o = new ObjectMapper().createObjectNode();
      o.put("answerable", answerable);
      o.put("unanswerable", unanswerable);
      o.put("hit1", hit1Rate());
      o.put("hit3", hit3Rate());
      o.put("citationAccuracy", citationAccuracy());
      o.put("abstentionAccuracy", abstentionAccuracy());
      o.put("falseAbstentions", falseAbstentions);
      o.put("quoteFidelity", fidelity());
      ArrayNode f = o.putArray("failures");
      failures.forEach(f::add);
      return o;
    }
  }

  private DevEval() {}

  public static List<Item> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Item> items = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode n;
      try {
        n = json.readTree(line);
      } catch (IOException e) {
        throw new IOException(file + " line " + lineNo + " is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
      }
      if (!n.hasNonNull("question")) {
        throw new IOException(file + " line " + lineNo + " has no \"question\"");
      }
      items.add(new Item(n.path("id").asText("line" + lineNo), n.get("question").asText(),
          strings(n.path("answers")), strings(n.path("sources")),
          n.path("answerable").asBoolean(true)));
    }
    return items;
  }

  private static List<String> strings(JsonNode arr) {
    List<String> out = new ArrayList<>();
    arr.forEach(x -> out.add(x.asText()));
    return out;
  }

  public static Result run(AnswerService bot, List<Item> items) {
    int answerable = 0, unanswerable = 0, hit1 = 0, hit3 = 0, cited = 0, abstainedRight = 0;
    int falseAbstentions = 0, quotes = 0, faithful = 0;
    List<String> failures = new ArrayList<>();
    for (Item item : items) {
      Answer a = bot.ask(item.question());
      for (Quote q : concat(a.quotes(), a.more())) {
        quotes++;
        if (q.text().equals(q.article().text().substring(q.start(), q.end()))) {
          faithful++;
        }
      }
      String first = !a.quotes().isEmpty() ? a.quotes().get(0).text()
          : !a.details().isEmpty() ? "(details of " + a.details().get(0).title() + ")"
          : "(abstained)";
      if (!item.answerable()) {
        unanswerable++;
        if (!a.answered()) {
          abstainedRight++;
        } else {
          failures.add(item.id() + " should abstain: \"" + item.question() + "\" got: " + first);
        }
        continue;
      }
      answerable++;
      if (!a.answered()) {
        falseAbstentions++;
        failures.add(item.id() + " abstained: \"" + item.question() + "\"");
        continue;
      }
      // What the answer shows, first to last: its quotes, or the articles' own details when it
      // answers a question about the articles themselves (who wrote one, when it appeared).
      List<String> shown = new ArrayList<>();
      List<Source> shownFrom = new ArrayList<>();
      for (Quote q : a.quotes()) {
        shown.add(q.text());
        shownFrom.add(q.source());
      }
      for (Source s : a.details()) {
        shown.add(PlainAnswerText.citation(s) + PlainAnswerText.byline(s));
        shownFrom.add(s);
      }
      int rank = -1;
      for (int i = 0; i < Math.min(3, shown.size()); i++) {
        if (containsAnswer(shown.get(i), item.answers())) {
          rank = i;
          break;
        }
      }
      if (rank == 0) {
        hit1++;
      }
      if (rank >= 0) {
        hit3++;
        String title = shownFrom.get(rank).title().toLowerCase(Locale.ROOT);
        if (item.sources().isEmpty() || item.sources().stream().anyMatch(title::contains)) {
          cited++;
        } else {
          failures.add(item.id() + " cited the wrong article: " + title);
        }
      }
      if (rank != 0) {
        failures.add(item.id() + (rank > 0 ? " hit at " + (rank + 1) : " missed") + ": \""
            + item.question() + "\" got: " + first);
      }
    }
    return new Result(answerable, unanswerable, hit1, hit3, cited, abstainedRight,
        falseAbstentions, quotes, faithful, failures);
  }

  static boolean containsAnswer(String quote, List<String> answers) {
    String q = EvalText.fold(quote);
    return answers.stream().anyMatch(a -> q.contains(EvalText.fold(a)));
  }

  private static List<Quote> concat(List<Quote> a, List<Quote> b) {
    List<Quote> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}

package org.citebot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.citebot.answer.AnswerJson;
import org.citebot.answer.Quote;
import org.citebot.retrieval.PassageIndex;
import org.citebot.timeline.Perspective;
import org.citebot.timeline.PerspectivesService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code citebot perspectives TOPIC [--json]}: each outlet's best quote on a topic. */
@Command(name = "perspectives", mixinStandardHelpOptions = true,
    description = "How each outlet describes a topic: its best quote, one per outlet.")
public final class PerspectivesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "TOPIC", description = "What to compare, e.g. peacekeepers.")
  List<String> topic;

  @Option(names = "--json", description = "Print the quotes as JSON.")
  boolean json;

  /** Set by picocli when run as a subcommand of {@link Main}: its corpus is used. */
  @ParentCommand
  Main main;

  private final Supplier<PassageIndex> index;

  /**
   * As a subcommand of {@link Main}: reads the corpus chosen there ({@code --corpus} or the
   * embedded one) when run.
   */
  public PerspectivesCommand() {
    this.index = null;
  }

  /** @param index the index to quote from; asked once per run */
  public PerspectivesCommand(Supplier<PassageIndex> index) {
    this.index = Objects.requireNonNull(index, "index");
  }

  @Override
  public Integer call() throws JsonProcessingException {
    PrintWriter out = spec.commandLine().getOut();
    String t = String.join(" ", topic).strip();
    List<Perspective> result = new PerspectivesService(TimelineCommand.index(index, main)).perspectives(t);
    if (json) {
      out.println(TimelineCommand.JSON.writerWithDefaultPrettyPrinter()
          .writeValueAsString(toJson(result)));
    } else if (result.isEmpty()) {
      out.println("No outlet in the corpus says anything about \"" + t + "\".");
    } else {
      out.printf(Locale.ROOT, "Perspectives on \"%s\": %d outlets%n%n", t, result.size());
      int n = 1;
      for (Perspective p : result) {
        out.printf(Locale.ROOT, "%d. %s%n   \"%s\"%n   %s%n%n", n++, p.label(),
            p.quote().text(), TimelineCommand.citation(p.quote().source()));
      }
    }
    out.flush();
    return 0;
  }

  static List<Map<String, Object>> toJson(List<Perspective> perspectives) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Perspective p : perspectives) {
      Quote q = p.quote();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("outlet", p.outlet());
      m.put("published", q.source().publishedDate().map(Object::toString).orElse(null));
      m.put("score", p.score());
      m.put("text", q.text());
      m.put("start", q.start());
      m.put("end", q.end());
      m.put("source", AnswerJson.source(q.source()));
      list.add(m);
    }
    return list;
  }
}

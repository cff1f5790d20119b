package org.citebot.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.citebot.answer.AnswerJson;
import org.citebot.answer.SourceSummary;
import org.citebot.dates.ReadableDates;
import org.citebot.text.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "sources", mixinStandardHelpOptions = true,
    description = "Lists the corpus's articles: id, outlet, date, title, URL and passage count.")
final class SourcesCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print a JSON array.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Corpus corpus = main.context.corpus(main.corpusDirectory());
    List<SourceSummary> sources = main.context.service(main.corpusDirectory()).sources();
    if (json) {
      ArrayNode arr = AnswerJson.MAPPER.createArrayNode();
      for (SourceSummary s : sources) {
        ObjectNode o = AnswerJson.source(s.source());
        o.put("passages", s.passages());
        arr.add(o);
      }
      out.println(AnswerJson.write(arr));
    } else {
      printText(out, sources);
    }
    String skipped = CliContext.skippedLines(corpus.report());
    if (!skipped.isEmpty()) {
      spec.commandLine().getErr().print(skipped);
    }
    return 0;
  }

  static void printText(PrintWriter out, List<SourceSummary> sources) {
    for (SourceSummary s : sources) {
      var src = s.source();
      out.printf("%s%n  %s | %s | %s%n  %s%n  %d passages%n", src.id(),
          src.outlet() == null ? "(outlet unknown)" : src.outlet(),
          src.published() == null ? "(date unknown)" : ReadableDates.day(src.published()), src.title(),
          src.url() == null ? "(no URL)" : src.url(), s.passages());
    }
    out.printf("%d articles%n", sources.size());
  }
}

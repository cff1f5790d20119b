package org.citebot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.citebot.answer.AnswerJson;
import org.citebot.corpus.CorpusLoader;
import org.citebot.dates.ReadableDates;
import org.citebot.retrieval.PassageIndex;
import org.citebot.text.Source;
import org.citebot.timeline.TimelineChart;
import org.citebot.timeline.TimelineEvent;
import org.citebot.timeline.TimelinePage;
import org.citebot.timeline.TimelineService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code citebot timeline [TOPIC] [--json] [--png FILE] [--page N]}: the corpus's dated events in
 * chronological order, each a quoted sentence with its date and source. The text listing is
 * paged; {@code --json} and {@code --png} cover every matching event.
 */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "Dated events in the corpus, oldest first, each quoted with its source.")
public final class TimelineCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(TimelineCommand.class);
  static final ObjectMapper JSON = new ObjectMapper();

  @Spec
  CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "TOPIC",
      description = "Only events about this topic, e.g. checkpoint (default: all events).")
  List<String> topic = List.of();

  @Option(names = "--json", description = "Print all matching events as JSON.")
  boolean json;

  @Option(names = "--png", paramLabel = "FILE", description = "Also draw the events to a PNG.")
  Path png;

  @Option(names = "--page", defaultValue = "1", paramLabel = "N",
      description = "Page of the listing (default: ${DEFAULT-VALUE}).")
  int page;

  @Option(names = "--page-size", defaultValue = "10", paramLabel = "N",
      description = "Events per page, 1 to " + TimelineService.MAX_PAGE_SIZE
          + " (default: ${DEFAULT-VALUE}).")
  int pageSize;

  @Option(names = "--width", defaultValue = "1200", description = "PNG width in pixels.")
  int width;

  @Option(names = "--height", defaultValue = "600", description = "PNG height in pixels.")
  int height;

  /** Set by picocli when run as a subcommand of {@link Main}: its corpus is used. */
  @ParentCommand
  Main main;

  private final Supplier<PassageIndex> index;

  /**
   * As a subcommand of {@link Main}: reads the corpus chosen there ({@code --corpus} or the
   * embedded one) when run.
   */
  public TimelineCommand() {
    this.index = null;
  }

  /** @param index the index to read events from; asked once per run */
  public TimelineCommand(Supplier<PassageIndex> index) {
    this.index = Objects.requireNonNull(index, "index");
  }

  private PassageIndex index() {
    return index(index, main);
  }

  /**
   * The given index, else the answer service's over {@code main}'s corpus (built once per
   * process), else one over the embedded corpus.
   */
  static PassageIndex index(Supplier<PassageIndex> index, Main main) {
    if (index != null) {
      return index.get();
    }
    if (main != null) {
      return main.context.service(main.corpusDirectory()).index();
    }
    return PassageIndex.build(CorpusLoader.loadDefault());
  }

  @Override
  public Integer call() throws JsonProcessingException {
    if (pageSize < 1 || pageSize > TimelineService.MAX_PAGE_SIZE) {
      throw new CommandLine.ParameterException(spec.commandLine(), "illegal --page-size "
          + pageSize + ", must be between 1 and " + TimelineService.MAX_PAGE_SIZE);
    }
    if (png != null && (width < TimelineChart.MIN_WIDTH || width > TimelineChart.MAX_SIDE
        || height < TimelineChart.MIN_HEIGHT || height > TimelineChart.MAX_SIDE)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "illegal PNG size " + width
          + "x" + height + ", each side must be between " + TimelineChart.MIN_WIDTH + " and "
          + TimelineChart.MAX_SIDE);
    }
    PrintWriter out = spec.commandLine().getOut();
    Optional<String> t = Optional.of(String.join(" ", topic)).filter(s -> !s.isBlank());
    TimelineService timeline = new TimelineService(index());
    List<TimelineEvent> events = timeline.events(t);
    if (png != null && !writePng(events, t)) {
      return 1;
    }
    if (json) {
      out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(events)));
    } else {
      printPage(out, timeline.timeline(t, page, pageSize));
    }
    out.flush();
    return 0;
  }

  private boolean writePng(List<TimelineEvent> events, Optional<String> t) {
    String title = t.map(s -> "Timeline: " + s).orElse("Timeline") + " (" + events.size()
        + (events.size() == 1 ? " event)" : " events)");
    try {
      Files.write(png, TimelineChart.png(events, width, height, title));
      return true;
    } catch (IOException e) {
      LOG.warn("cannot write the timeline chart to {}", png, e);
      spec.commandLine().getErr().println("Cannot write the chart to " + png + ": "
          + e.getClass().getSimpleName() + " " + e.getMessage());
      spec.commandLine().getErr().flush();
      return false;
    }
  }

  private static void printPage(PrintWriter out, TimelinePage p) {
    String about = p.topic().map(s -> " about \"" + s + "\"").orElse("");
    if (p.total() == 0) {
      out.println("No dated events" + about + " in the corpus.");
      return;
    }
    out.printf(Locale.ROOT, "Timeline%s: %d events, page %d of %d%n%n", about, p.total(),
        p.page(), p.pageCount());
    int n = p.firstNumber();
    for (TimelineEvent e : p.events()) {
      out.printf(Locale.ROOT, "%d. %s%n   \"%s\"%n   %s%n%n", n++, e.label(), e.text(),
          citation(e.source()));
    }
    if (p.hasNext()) {
      out.printf(Locale.ROOT, "More: --page %d%n", p.page() + 1);
    }
  }

  /** "Outlet, Title, 22 May 2023, URL", leaving out what the source does not say. */
  static String citation(Source s) {
    List<String> parts = new ArrayList<>();
    if (s.outlet() != null) {
      parts.add(s.outlet());
    }
    parts.add(s.title());
    s.publishedDate().map(ReadableDates::day).ifPresent(parts::add);
    s.link().ifPresent(parts::add);
    return String.join(", ", parts);
  }

  static List<Map<String, Object>> toJson(List<TimelineEvent> events) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (TimelineEvent e : events) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("date", e.date().date().toString());
      m.put("precision", e.date().precision().name().toLowerCase(Locale.ROOT));
      m.put("approximate", e.date().approximate());
      m.put("label", e.label());
      m.put("text", e.text());
      m.put("start", e.sentence().start());
      m.put("end", e.sentence().end());
      m.put("expression", Map.of("text", e.expressionText(), "start", e.expression().start(),
          "end", e.expression().end()));
      m.put("source", AnswerJson.source(e.source()));
      list.add(m);
    }
    return list;
  }
}

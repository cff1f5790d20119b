package org.citebot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.citebot.retrieval.PassageIndex;
import org.citebot.text.Article;
import org.citebot.text.Corpus;
import org.citebot.text.LoadReport;
import org.citebot.text.Source;
import org.citebot.text.TextSegmenter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TimelineCommandTest {

  /** Two outlets, three dated sentences, one plan after publication. */
  static PassageIndex tinyIndex() {
    Article crisis = TextSegmenter.article(new Source("cg", "Lachin crisis", "Crisis Group",
        List.of("A. Analyst"), LocalDate.of(2023, 5, 22), "https://example.org/cg", "en"),
        "On 23 April, Baku opened a checkpoint on the Lachin corridor. "
            + "Russian peacekeepers watched the checkpoint go up. "
            + "Leaders will meet again at the beginning of June.", "cg.txt");
    Article times = TextSegmenter.article(new Source("mt", "Peacekeepers sidelined",
        "The Moscow Times", List.of(), LocalDate.of(2023, 1, 3), null, "en"),
        "Since Dec. 12, activists have blocked the Lachin Corridor near Russian peacekeepers.",
        "mt.txt");
    return PassageIndex.build(new Corpus(List.of(crisis, times),
        new LoadReport(2, List.of(), List.of()), "v", List.of()));
  }

  record Run(int exit, String out, String err) {}

  static Run run(Object command, String... args) {
    CommandLine cl = new CommandLine(command);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void timeline_json_listsEventsInDateOrderWithSourceAndOffsets() throws Exception {
    PassageIndex index = tinyIndex();

    Run r = run(new TimelineCommand(() -> index), "--json");

    assertEquals(0, r.exit(), r.err());
    JsonNode events = new ObjectMapper().readTree(r.out());
    assertEquals(2, events.size());
    JsonNode first = events.get(0);
    assertEquals("2022-12-12", first.get("date").asText());
    assertEquals("day", first.get("precision").asText());
    assertFalse(first.get("approximate").asBoolean());
    assertEquals("mt", first.get("source").get("id").asText());
    assertEquals("The Moscow Times", first.get("source").get("outlet").asText());
    assertEquals("2023-01-03", first.get("source").get("published").asText());
    Article mt = index.corpus().article("mt").orElseThrow();
    assertEquals(first.get("text").asText(),
        mt.text().substring(first.get("start").asInt(), first.get("end").asInt()));
    assertEquals("2023-04-23", events.get(1).get("date").asText());
    assertEquals("https://example.org/cg", events.get(1).get("source").get("url").asText());
  }

  @Test
  void timeline_topic_listsOnlyMatchingEventsAsText() {
    Run r = run(new TimelineCommand(TimelineCommandTest::tinyIndex), "checkpoints");

    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("23 April 2023"), r.out());
    assertTrue(r.out().contains("\"On 23 April, Baku opened a checkpoint on the Lachin corridor.\""));
    assertFalse(r.out().contains("12 December 2022"), r.out());
  }

  @Test
  void timeline_unknownTopic_saysSoPolitely() {
    Run r = run(new TimelineCommand(TimelineCommandTest::tinyIndex), "zyxwvut");

    assertEquals(0, r.exit());
    assertEquals("No dated events about \"zyxwvut\" in the corpus.", r.out().strip());
  }

  @Test
  void timeline_png_writesADecodableChart(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("timeline.png");

    Run r = run(new TimelineCommand(TimelineCommandTest::tinyIndex), "--png", file.toString(),
        "--width", "800", "--height", "400");

    assertEquals(0, r.exit(), r.err());
    var image = ImageIO.read(file.toFile());
    assertEquals(800, image.getWidth());
    assertEquals(400, image.getHeight());
  }

  @Test
  void timeline_pngIntoMissingDirectory_failsWithAClearMessage(@TempDir Path dir) {
    Path file = dir.resolve("no/such/dir/t.png");

    Run r = run(new TimelineCommand(TimelineCommandTest::tinyIndex), "--png", file.toString());

    assertEquals(1, r.exit());
    assertTrue(r.err().startsWith("Cannot write the chart to " + file), r.err());
    assertFalse(Files.exists(file));
  }

  @Test
  void timeline_badPageSize_isAUsageError() {
    Run r = run(new TimelineCommand(TimelineCommandTest::tinyIndex), "--page-size", "0");

    assertEquals(2, r.exit());
    assertTrue(r.err().contains("illegal --page-size 0, must be between 1 and 50"), r.err());
  }

  @Test
  void perspectives_json_givesOneQuotePerOutlet() throws Exception {
    Run r = run(new PerspectivesCommand(TimelineCommandTest::tinyIndex), "peacekeepers",
        "--json");

    assertEquals(0, r.exit(), r.err());
    JsonNode list = new ObjectMapper().readTree(r.out());
    assertEquals(2, list.size());
    assertTrue(list.get(0).get("outlet").asText().length() > 0);
    assertTrue(!list.get(0).get("outlet").asText().equals(list.get(1).get("outlet").asText()));
    assertTrue(list.get(0).get("text").asText().contains("peacekeepers"));
  }

  @Test
  void perspectives_text_labelsEachQuoteWithOutletAndDate() {
    Run r = run(new PerspectivesCommand(TimelineCommandTest::tinyIndex), "peacekeepers");

    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("Crisis Group, 22 May 2023"), r.out());
    assertTrue(r.out().contains("The Moscow Times, 3 January 2023"), r.out());
  }

  @Test
  void timeline_asSubcommandOfMain_readsTheCorpusChosenThere(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Lachin report\n\nOn 9 November 2020, a trilateral "
        + "statement ended the war between Armenia and Azerbaijan.\n");
    CommandLine cl = new CommandLine(new Main());
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out));

    int exit = cl.execute("--corpus", dir.toString(), "timeline", "--json");

    assertEquals(0, exit);
    JsonNode events = new ObjectMapper().readTree(out.toString());
    assertEquals("2020-11-09", events.get(0).get("date").asText());
  }
}

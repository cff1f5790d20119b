package org.citebot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.execute(args, new PrintWriter(out), new PrintWriter(err));
  }

  /** Two articles, three paragraphs of two sentences each, one unanswerable question. */
  private static Path squad(Path dir) throws Exception {
    Path file = dir.resolve("tiny-squad.json");
    Files.writeString(file, """
        {"version": "v2.0", "data": [
          {"title": "Lighthouse", "paragraphs": [
            {"context": "The lighthouse was built in 1874 on the northern cape. It was automated in 1990.",
             "qas": [{"id": "1", "question": "When was the lighthouse built?", "is_impossible": false,
                      "answers": [{"text": "1874", "answer_start": 28}]}]},
            {"context": "Its lamp can be seen from forty kilometres away. Keepers lived beside it until the automation.",
             "qas": [{"id": "2", "question": "How far away can the lamp be seen?", "is_impossible": false,
                      "answers": [{"text": "forty kilometres", "answer_start": 26}]}]}]},
          {"title": "Harbour", "paragraphs": [
            {"context": "The harbour was dredged in 1921 to take larger ships. Fishing boats still land there every morning.",
             "qas": [{"id": "3", "question": "When was the harbour dredged?", "is_impossible": false,
                      "answers": [{"text": "1921", "answer_start": 27}]},
                     {"id": "4", "question": "Who owns the harbour's cranes?", "is_impossible": true,
                      "answers": []}]}]}]}
        """);
    return file;
  }

  private static final Pattern MEMORY = Pattern.compile(
      "memory: Lucene index (\\d+) bytes \\([0-9.]+ [KM]B\\), (\\d+) sentences, "
          + "sentence vectors (\\d+) bytes");

  @Test
  void squad_printsIndexBytesSentencesAndNoVectorsWithLexicalMatching(@TempDir Path dir)
      throws Exception {
    assertEquals(0, run("bench", "--squad", squad(dir).toString(), "--matching", "lexical",
        "--rounds", "1"), err.toString());
    String text = out.toString();
    int at = text.indexOf("squad, lexical matching, 4 questions: 3 articles, 6 sentences");
    assertTrue(at >= 0, text);
    String squadPart = text.substring(at);
    assertTrue(squadPart.contains("heap used"), squadPart);
    Matcher m = MEMORY.matcher(squadPart);
    assertTrue(m.find(), squadPart);
    assertTrue(Long.parseLong(m.group(1)) > 0, "index bytes: " + m.group());
    assertEquals(6, Integer.parseInt(m.group(2)), m.group());
    assertEquals(0, Long.parseLong(m.group(3)), m.group());
    // The default corpus, benched first, has its memory line too, with a larger index.
    Matcher corpus = MEMORY.matcher(text.substring(0, at));
    assertTrue(corpus.find(), text);
    assertTrue(Long.parseLong(corpus.group(1)) > Long.parseLong(m.group(1)), text);
  }

  @Test
  void squadJson_carriesTheMemoryFigures(@TempDir Path dir) throws Exception {
    assertEquals(0, run("bench", "--squad", squad(dir).toString(), "--matching", "lexical",
        "--rounds", "1", "--squad-questions", "2", "--json"), err.toString());
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.toString().strip().split("\n")) {
      lines.add(new ObjectMapper().readTree(line));
    }
    assertEquals(2, lines.size(), out.toString());
    JsonNode sq = lines.get(1);
    assertEquals("squad", sq.path("corpus").asText());
    assertEquals(2, sq.path("questions").asInt());
    assertEquals(6, sq.path("sentences").asInt());
    assertTrue(sq.path("indexBytes").asLong() > 0, sq.toString());
    assertTrue(sq.has("sentenceVectors") && sq.path("sentenceVectors").asInt() == 0,
        sq.toString());
    assertTrue(sq.has("sentenceVectorBytes") && sq.path("sentenceVectorBytes").asLong() == 0,
        sq.toString());
    assertTrue(sq.has("heapMb"), sq.toString());
  }

  @Test
  void help_namesTheSquadOption() {
    assertEquals(0, run("bench", "--help"));
    String help = out.toString();
    assertTrue(help.contains("--squad=FILE"), help);
    assertTrue(help.contains("--squad-questions=N"), help);
  }
}

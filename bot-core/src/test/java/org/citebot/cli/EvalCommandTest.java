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
import java.util.Arrays;
import org.citebot.answer.AnswerPipeline;
import org.citebot.answer.Feature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.execute(args, new PrintWriter(out), new PrintWriter(err));
  }

  /** Two questions the default corpus does not answer, and one it does. */
  private static Path questions(Path dir) throws Exception {
    Path file = dir.resolve("q.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"id\":\"a\",\"question\":\"When was the checkpoint set up?\","
            + "\"answers\":[\"23 April\"],\"sources\":[],\"answerable\":true}",
        "{\"id\":\"b\",\"question\":\"Who won the Eurovision Song Contest in 2023?\","
            + "\"answers\":[],\"sources\":[],\"answerable\":false}",
        "{\"id\":\"c\",\"question\":\"What is the population of Stepanakert?\","
            + "\"answers\":[],\"sources\":[],\"answerable\":false}") + "\n");
    return file;
  }

  @Test
  void help_namesEveryGateAndFeature() {
    assertEquals(String.join(", ", AnswerPipeline.gateNames()), EvalCommand.GATES);
    assertEquals(String.join(", ", Arrays.stream(Feature.values()).map(Feature::cliName).toList()),
        EvalCommand.FEATURES);
    assertEquals(0, run("eval", "--help"));
    String help = out.toString().replaceAll("\\s+", " ");
    for (String gate : AnswerPipeline.gateNames()) {
      assertTrue(help.contains(gate), gate + " missing from eval --help");
    }
    for (Feature f : Feature.values()) {
      assertTrue(help.contains(f.cliName()), f.cliName() + " missing from eval --help");
    }
  }

  @Test
  void evalWithout_theCoverageHeavyWordAndConfidenceGates_answersWhatTheyRefused(
      @TempDir Path dir) throws Exception {
    Path file = questions(dir);
    assertEquals(0, run("eval", file.toString()));
    assertTrue(out.toString().contains("abstention accuracy: 1.000 (2/2)"), out.toString());
    // The confidence bar alone does not answer them: the word gates refuse them too.
    out.getBuffer().setLength(0);
    assertEquals(0, run("eval", file.toString(), "--without", "confidence"));
    assertTrue(out.toString().contains("abstention accuracy: 1.000 (2/2)"), out.toString());
    out.getBuffer().setLength(0);
    assertEquals(0, run("eval", file.toString(), "--without", "coverage,heavy-word,confidence"));
    assertTrue(out.toString().contains("switched off: gates coverage, heavy-word, confidence"),
        out.toString());
    assertFalse(out.toString().contains("abstention accuracy: 1.000 (2/2)"), out.toString());
  }

  @Test
  void evalWithoutFeature_saysWhichFeaturesWereOff_andStillMeasures(@TempDir Path dir)
      throws Exception {
    assertEquals(0, run("eval", questions(dir).toString(), "--json", "--without-feature",
        "paragraph-bm25,SHAPE"));
    JsonNode o = new ObjectMapper().readTree(out.toString());
    assertEquals("[\"shape\",\"paragraph-bm25\"]", o.get("featuresOff").toString(),
        "in Feature order, by their command-line names");
    assertEquals(2, o.get("unanswerable").asInt());
    assertFalse(o.has("gatesOff"), "no gate was switched off");
  }

  @Test
  void evalWithout_unknownGate_isAUsageError(@TempDir Path dir) throws Exception {
    assertEquals(2, run("eval", questions(dir).toString(), "--without", "spelling"));
    assertTrue(err.toString().contains("unknown answer gate: spelling"), err.toString());
    assertTrue(err.toString().contains("heavy-word"), err.toString());
    assertEquals(2, run("eval", questions(dir).toString(), "--without-feature", "length"));
    assertTrue(err.toString().contains("unknown ranking feature: 'length'"), err.toString());
  }

  @Test
  void distillVectors_withoutOut_isAUsageError() throws Exception {
    assertEquals(2, run("eval", "--distill-vectors"));
    assertTrue(err.toString().contains("--distill-vectors needs --out FILE"), err.toString());
  }

  @Test
  void corpusVectors_writesTheVectorOfEverySentenceAndParagraph(@TempDir Path dir)
      throws Exception {
    assertEquals(2, run("eval", "--corpus-vectors"));
    assertTrue(err.toString().contains("--corpus-vectors needs --out FILE"), err.toString());
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "# Road\n\nThe road was closed on 12 December. "
        + "Trucks waited at the bridge.\n");
    Path file = dir.resolve("vectors.bin");
    assertEquals(0, run("eval", "--corpus", corpus.toString(), "--corpus-vectors", "--out",
        file.toString()));
    // Two sentences and their paragraph with its title.
    assertTrue(out.toString().contains("3 vectors written to " + file), out.toString());
    assertTrue(Files.size(file) > 3 * 384 * 4, "size " + Files.size(file));
  }

  @Test
  void askJson_abstention_namesTheGateAndWhy() throws Exception {
    assertEquals(0, run("ask", "--json", "Who won the Eurovision Song Contest in 2023?"));
    JsonNode o = new ObjectMapper().readTree(out.toString());
    assertFalse(o.get("answered").asBoolean());
    assertEquals("coverage", o.get("gate").asText());
    assertTrue(o.get("reason").asText().contains("; an answer must cover 20%."), o.toString());
    out.getBuffer().setLength(0);
    assertEquals(0, run("ask", "--json", "When was the checkpoint set up?"));
    JsonNode answered = new ObjectMapper().readTree(out.toString());
    assertTrue(answered.get("answered").asBoolean());
    assertFalse(answered.has("gate"), "an answer names no refusing gate");
  }
}

package org.citebot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.execute(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void help_listsEverySubcommand() {
    assertEquals(0, run("--help"));
    for (String cmd : new String[] {"ask", "chat", "sources", "eval", "bench", "run", "discord",
        "telegram", "timeline", "perspectives", "config"}) {
      assertTrue(out.toString().contains(cmd), cmd + " missing from --help:\n" + out);
    }
  }

  @Test
  void askJson_followsTheDocumentedContract() throws Exception {
    assertEquals(0, run("ask", "--json", "When was the checkpoint set up?"));
    JsonNode o = new ObjectMapper().readTree(out.toString());
    assertEquals("When was the checkpoint set up?", o.get("question").asText());
    assertTrue(o.get("answered").asBoolean());
    assertEquals("when", o.get("type").asText());
    JsonNode q = o.get("quotes").get(0);
    assertTrue(q.get("text").asText().contains("23 April"));
    assertTrue(q.get("end").asInt() > q.get("start").asInt());
    assertTrue(q.get("score").isNumber());
    assertTrue(q.get("highlights").get(0).isArray());
    JsonNode src = q.get("source");
    for (String field : new String[] {"id", "title", "outlet", "authors", "published", "url"}) {
      assertTrue(src.has(field), field);
    }
    assertEquals("2023-05-22", src.get("published").asText());
    assertTrue(o.get("related").isArray());
  }

  @Test
  void askJsonStdin_answersOneQuestionPerLineInOrder() throws Exception {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(("Who is the Prime Minister of Armenia?\n\n"
          + "What is the best pizza topping?\n").getBytes(StandardCharsets.UTF_8)));
      assertEquals(0, run("ask", "--json", "-"));
    } finally {
      System.setIn(saved);
    }
    String[] lines = out.toString().strip().split("\n");
    assertEquals(2, lines.length);
    ObjectMapper json = new ObjectMapper();
    assertTrue(json.readTree(lines[0]).get("answered").asBoolean());
    assertFalse(json.readTree(lines[1]).get("answered").asBoolean());
  }

  @Test
  void sourcesJson_listsTheFiveArticles() throws Exception {
    assertEquals(0, run("sources", "--json"));
    JsonNode arr = new ObjectMapper().readTree(out.toString());
    assertEquals(5, arr.size());
    assertTrue(arr.get(0).get("passages").asInt() > 0);
  }

  @Test
  void eval_belowTheBar_exitsOne(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("q.jsonl");
    Files.writeString(file, "{\"id\":\"x\",\"question\":\"When was the checkpoint set up?\","
        + "\"answers\":[\"no such words anywhere\"],\"sources\":[],\"answerable\":true}\n");
    assertEquals(1, run("eval", file.toString(), "--min-hit1", "0.5"));
    assertTrue(out.toString().contains("hit@1: 0.000"), out.toString());
  }

  @Test
  void corpusOption_missingDirectory_failsWithOneLine(@TempDir Path dir) {
    assertEquals(1, run("--corpus", dir.resolve("missing").toString(), "sources"));
    assertEquals(1, err.toString().strip().lines().count(), err.toString());
    assertTrue(err.toString().contains("corpus directory not found"), err.toString());
  }
}

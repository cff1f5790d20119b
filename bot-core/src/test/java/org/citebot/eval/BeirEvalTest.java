package org.citebot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BeirEvalTest {

  @Test
  void scifact_anseriniSettings_reproducePublishedScores() throws IOException {
    Path dir = SharedData.find("eval/external/scifact").orElse(null);
    assumeTrue(dir != null, "shared/eval/external/scifact is not beside the repository");
    BeirEval.Collection c = BeirEval.read(dir);
    assertEquals(300, c.qrels().size());

    BeirEval.Result anserini = BeirEval.run(c, BeirEval.Config.anserini());
    assertEquals(0.6789, anserini.ndcg10(), 0.002);
    assertEquals(0.9253, anserini.recall100(), 0.002);

    BeirEval.Result own = BeirEval.run(c, BeirEval.Config.citebot());
    assertTrue(own.ndcg10() >= 0.67, "citebot analyzer nDCG@10 " + own.ndcg10());
  }

  @Test
  void metrics_onHandBuiltRanking_matchTrecEvalDefinitions(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("corpus.jsonl"), String.join("\n",
        "{\"_id\":\"d1\",\"title\":\"Cats\",\"text\":\"cats purr and sleep\"}",
        "{\"_id\":\"d2\",\"title\":\"Dogs\",\"text\":\"dogs bark at cats\"}",
        "{\"_id\":\"d3\",\"title\":\"Birds\",\"text\":\"birds sing\"}"));
    Files.writeString(dir.resolve("queries.jsonl"),
        "{\"_id\":\"q1\",\"text\":\"purring cats\"}\n{\"_id\":\"q2\",\"text\":\"singing birds\"}\n");
    Files.createDirectories(dir.resolve("qrels"));
    Files.writeString(dir.resolve("qrels/test.tsv"),
        "query-id\tcorpus-id\tscore\nq1\td1\t1\nq2\td3\t1\nq2\td2\t1\n");
    BeirEval.Collection c = BeirEval.read(dir);
    assertEquals(Map.of("q1", "purring cats", "q2", "singing birds"), c.queries());

    BeirEval.Result r = BeirEval.run(c, BeirEval.Config.anserini());

    // q1 finds d1 first: nDCG 1. q2 finds only d3 (d2 has no query term): DCG 1, IDCG 1 + 1/log2(3).
    double q2 = 1 / (1 + 1 / (Math.log(3) / Math.log(2)));
    assertEquals((1 + q2) / 2, r.ndcg10(), 1e-9);
    assertEquals((1 + 0.5) / 2, r.recall100(), 1e-9);
  }
}

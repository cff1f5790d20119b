package org.citebot.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.citebot.answer.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveSwapUnderLoadTest {

  @TempDir Path root;

  @Test
  void refreshesWhileAsking_noQuestionFailsAndAnswersFollowEachSwap() throws Exception {
    Path corpus = Files.createDirectories(root.resolve("corpus"));
    Articles.write(corpus, "Amber", 3);
    Articles.write(corpus, "Birch", 4);
    List<String> names = new ArrayList<>();
    for (String a : List.of("Vor", "Til", "Mag", "Pen", "Rus")) {
      for (String b : List.of("bak", "mun", "dox", "lig")) {
        names.add(a + b);
      }
    }
    try (CorpusManager m = CorpusManager.open(corpus, root.resolve("data"),
        new PageFetcher(Duration.ofSeconds(1), true), Duration.ZERO, Clock.systemUTC())) {
      LiveAnswerService live = m.answers();
      AtomicBoolean stop = new AtomicBoolean();
      AtomicInteger asked = new AtomicInteger();
      List<String> failures = new CopyOnWriteArrayList<>();
      List<Thread> askers = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t;
        askers.add(Thread.ofPlatform().daemon().start(() -> {
          for (int i = offset; !stop.get(); i++) {
            String name = i % 3 == 0 ? "Amber" : names.get(i % names.size());
            try {
              Answer a = live.ask(Articles.question(name));
              if (a == null) {
                failures.add("null answer for " + name);
              } else if (a.answered() && a.quotes().isEmpty()) {
                failures.add("answered without quotes for " + name);
              }
              live.sources().forEach(s -> s.source().id());
              asked.incrementAndGet();
            } catch (RuntimeException e) {
              failures.add(name + ": " + e);
            }
          }
        }));
      }

      for (int i = 0; i < 20; i++) {
        String added = names.get(i);
        Articles.write(corpus, added, 1 + i);
        if (i >= 2) {
          Files.delete(corpus.resolve(names.get(i - 2).toLowerCase() + ".txt"));
        }
        RefreshReport r = m.refresh();

        assertEquals(List.of(added.toLowerCase()), r.added());
        assertEquals(added.toLowerCase(), Articles.answeredFrom(live, added));
        if (i >= 2) {
          assertEquals(List.of(names.get(i - 2).toLowerCase()), r.removed());
          assertNull(Articles.answeredFrom(live, names.get(i - 2)));
        }
        assertEquals("amber", Articles.answeredFrom(live, "Amber"));
      }
      stop.set(true);
      for (Thread t : askers) {
        t.join(5_000);
      }
      assertEquals(List.of(), failures);
      assertTrue(asked.get() >= 20, "questions asked: " + asked.get());
    }
  }
}

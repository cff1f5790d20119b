package org.citebot.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.citebot.config.Settings;
import org.citebot.text.Hashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusOptionsTest {

  @TempDir Path tmp;

  @Test
  void dataFolder_ofTheDataRootsCorpus_isTheDataRootItself() throws IOException {
    Path data = tmp.resolve("data");
    Files.createDirectories(data.resolve("corpus"));

    assertEquals(data, CorpusOptions.dataFolder(data, data.resolve("corpus")));
    assertEquals(data, CorpusOptions.dataFolder(data, data.resolve("x/../corpus")));
  }

  @Test
  void dataFolder_ofAnotherCorpus_isUnderCorporaNamedAfterItAndItsRealPath() throws IOException {
    Path data = tmp.resolve("data");
    Path news = Files.createDirectories(tmp.resolve("Nouvelles Été"));

    Path folder = CorpusOptions.dataFolder(data, news);

    assertEquals(data.resolve("corpora").resolve("nouvelles-ete-"
        + Hashes.sha256(news.toRealPath().toString()).substring(0, 12)), folder);
  }

  @Test
  void dataFolder_sameDirectoryNamedDifferently_isTheSameFolder() throws IOException {
    Path data = tmp.resolve("data");
    Path news = Files.createDirectories(tmp.resolve("news"));
    Path link = Files.createSymbolicLink(tmp.resolve("link"), news);

    Path folder = CorpusOptions.dataFolder(data, news);

    assertEquals(folder, CorpusOptions.dataFolder(data, link));
    assertEquals(folder, CorpusOptions.dataFolder(data, tmp.resolve("news/./")));
  }

  @Test
  void dataFolder_twoCorporaWithTheSameName_getTwoFolders() throws IOException {
    Path data = tmp.resolve("data");
    Path a = Files.createDirectories(tmp.resolve("a/articles"));
    Path b = Files.createDirectories(tmp.resolve("b/articles"));

    Path folderA = CorpusOptions.dataFolder(data, a);
    Path folderB = CorpusOptions.dataFolder(data, b);

    assertNotEquals(folderA, folderB);
    assertTrue(folderA.getFileName().toString().startsWith("articles-"), folderA.toString());
    assertTrue(folderB.getFileName().toString().startsWith("articles-"), folderB.toString());
  }

  @Test
  void fromSettings_corpusOption_getsItsOwnDataFolderUnderTheConfiguredRoot()
      throws IOException {
    Path data = tmp.resolve("data");
    Path news = Files.createDirectories(tmp.resolve("news"));
    Settings settings = Settings.of(Map.of(CorpusOptions.DATA_DIR, data.toString()));

    CorpusOptions o = CorpusOptions.fromSettings(settings, news);

    assertEquals(news, o.corpusDir());
    assertEquals(CorpusOptions.dataFolder(data, news), o.dataDir());
    assertEquals(data.resolve("corpora"), o.dataDir().getParent());
    assertEquals(data, CorpusOptions.fromSettings(settings, null).dataDir(),
        "DATA/corpus keeps the data root");
  }
}

package org.citebot.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

  @Test
  void split_readsEveryKeyAndReturnsTheRest() throws Exception {
    String content = String.join("\n", "---", "title: \"A Title\"", "outlet: Some Outlet",
        "authors: Ann Lee, Bo Chan", "published: 2023-05-22", "url: https://example.org/a",
        "language: EN", "---", "Body line.");
    FrontMatter.Split split = FrontMatter.split("a.md", content);
    assertEquals(new PageMetadata("A Title", "Some Outlet", List.of("Ann Lee", "Bo Chan"),
        LocalDate.of(2023, 5, 22), "https://example.org/a", "en"), split.metadata());
    assertEquals("Body line.", split.body());
  }

  @Test
  void split_withoutFence_returnsWholeContentAndNoValues() throws Exception {
    FrontMatter.Split split = FrontMatter.split("a.txt", "Title\n\nBody.");
    assertSame(PageMetadata.EMPTY, split.metadata());
    assertEquals("Title\n\nBody.", split.body());
  }

  @Test
  void split_badDate_namesFileLineAndValue() {
    var e = assertThrows(FrontMatter.FrontMatterException.class, () ->
        FrontMatter.split("x.md", "---\ntitle: T\npublished: 22 May 2023\n---\nBody."));
    assertEquals("bad front matter in x.md, line 3: published '22 May 2023' is not a date;"
        + " use yyyy-mm-dd, e.g. 2023-05-22", e.getMessage());
  }

  @Test
  void split_unknownKey_listsAllowedKeys() {
    var e = assertThrows(FrontMatter.FrontMatterException.class, () ->
        FrontMatter.split("x.md", "---\ndate: 2023-01-01\n---\n"));
    assertEquals("bad front matter in x.md, line 2: unknown key 'date', allowed keys are title,"
        + " outlet, authors, published, url, language", e.getMessage());
  }

  @Test
  void split_badUrlOrLanguageOrUnclosedBlock_isRejected() {
    var url = assertThrows(FrontMatter.FrontMatterException.class, () ->
        FrontMatter.split("x.md", "---\nurl: www.example.org\n---\n"));
    assertEquals("bad front matter in x.md, line 2: url 'www.example.org' is not an http(s)"
        + " address with a host", url.getMessage());
    var lang = assertThrows(FrontMatter.FrontMatterException.class, () ->
        FrontMatter.split("x.md", "---\nlanguage: english\n---\n"));
    assertEquals("bad front matter in x.md, line 2: language 'english' is not a two-letter"
        + " ISO 639-1 code such as en", lang.getMessage());
    var open = assertThrows(FrontMatter.FrontMatterException.class, () ->
        FrontMatter.split("x.md", "---\ntitle: T\nBody."));
    assertEquals("bad front matter in x.md, line 3: expected 'key: value', got 'Body.'",
        open.getMessage());
    var unclosed = assertThrows(FrontMatter.FrontMatterException.class, () ->
        FrontMatter.split("x.md", "---\ntitle: T\n"));
    assertEquals("bad front matter in x.md, line 1: front matter opened with '---' is never"
        + " closed by a '---' line", unclosed.getMessage());
  }

  @Test
  void overriding_prefersPresentValuesOnly() {
    PageMetadata inferred = new PageMetadata("Inferred", "Outlet", List.of("A B"),
        LocalDate.of(2020, 1, 1), null, null);
    PageMetadata front = new PageMetadata(null, null, List.of(), null, "https://x.org/a", null);
    PageMetadata merged = inferred.overriding(front);
    assertEquals("Inferred", merged.title());
    assertEquals("https://x.org/a", merged.url());
    assertEquals(List.of("A B"), merged.authors());
    assertNull(merged.language());
  }
}

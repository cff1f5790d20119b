package org.citebot.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.citebot.text.Article;
import org.junit.jupiter.api.Test;

class RawPageCleanerTest {

  private static CleanPage clean(String... lines) {
    return RawPageCleaner.clean(String.join("\n", lines));
  }

  @Test
  void clean_markdownPage_infersHeaderFactsAndStripsMarkup() {
    CleanPage page = clean(
        "# Talks Stall in Brussels",
        "",
        "By [Ann Lee](#)",
        "",
        "March 02, 2023",
        "",
        "The bridge at dawn . **Jane Doe / REUTERS**",
        "",
        "The talks **stalled** again on *Tuesday*, officials [said](https://x.org).",
        "",
        "**Related article:** [Something Else Entirely](#)",
        "",
        "Both sides will meet again next month.",
        "",
        "Original url:",
        "",
        "<https://news.example/2023/talks>");
    assertEquals(new PageMetadata("Talks Stall in Brussels", null, List.of("Ann Lee"),
        LocalDate.of(2023, 3, 2), "https://news.example/2023/talks", null), page.metadata());
    assertEquals(List.of("The talks stalled again on Tuesday, officials said.",
        "Both sides will meet again next month."), page.paragraphs());
  }

  @Test
  void clean_pageBreakWithCaptionAndPullQuoteBetweenHalves_rejoinsTheSentence() {
    CleanPage page = clean(
        "Some Report Title Here",
        "",
        "The first paragraph opens the report with a full sentence. The envoy then argued that the",
        "",
        "Soldiers at the new checkpoint on May 2, 2023. AFP / JOHN SMITH",
        "",
        "\u201cThe road must stay open [to traffic] ... at all times\u201d",
        "",
        "road must stay open at all times, whatever happens.",
        "",
        "Short section heading",
        "",
        "What happens next?",
        "",
        "A last paragraph ends the report.");
    assertEquals(List.of(
        "The first paragraph opens the report with a full sentence. The envoy then argued that"
            + " the road must stay open at all times, whatever happens.",
        "A last paragraph ends the report."), page.paragraphs());
  }

  @Test
  void clean_longParagraphCutBeforeCapitalisedWord_isRejoined() {
    String longHalf = "Tensions rose throughout the year. "
        + "word ".repeat(40) + "on the border with";
    CleanPage page = clean("A Title For The Page", "", longHalf, "", "Azerbaijan. Then talks began.");
    assertEquals(List.of(longHalf + " Azerbaijan. Then talks began."), page.paragraphs());
  }

  @Test
  void clean_quotedParagraphThatRepeatsNothing_isKeptAsRealQuotation() {
    CleanPage page = clean("A Title For The Page", "",
        "The minister spoke to reporters on Thursday about the road.", "",
        "\"Our peacekeepers are doing everything possible on the ground.\"");
    assertEquals(2, page.paragraphs().size());
  }

  @Test
  void clean_siteChromeAroundSentenceCaseTitle_keepsProseAndSplitsSubtitle() {
    CleanPage page = clean(
        "twitter", "youtube", "apple store", "ru", "WHAT ARE YOU LOOKING FOR ?", "", "",
        "Any use of materials is allowed only if there is a hyperlink to Example.az",
        "Example.az \u00a9 2025. .", "ANALYTICS", "",
        "Quiet skies over the valley despite two-year mission Hollow promise of calm", "",
        "13 December 2022 16:34", "",
        "Peace matters to everyone in the valley. It is fragile.", "",
        "A soldier of the contingent near the valley", "",
        "The mission started in 2020.", "",
        "Example.Az", "Views: 510", "",
        "share-lineLiked the story? Share it on social media!", "print", "copy link");
    assertEquals("Quiet skies over the valley despite two-year mission", page.metadata().title());
    assertEquals("Example.az", page.metadata().outlet());
    assertEquals(LocalDate.of(2022, 12, 13), page.metadata().published());
    assertEquals(List.of("Peace matters to everyone in the valley. It is fragile.",
        "The mission started in 2020."), page.paragraphs());
  }

  @Test
  void clean_appealAfterBody_cutsTheRestAndNamesOutlet() {
    CleanPage page = clean(
        "Support The Daily Planet!", "",
        "Mayor Resigns After Long Dispute Over Budget", "",
        "The mayor resigned on Thursday after a long dispute.", "",
        "Sign up for our free weekly newsletter", "",
        "Our newsletter has the best stories. You will love it.", "",
        "Dear readers,", "",
        "We need your help to keep reporting. Please give monthly.");
    assertEquals("Mayor Resigns After Long Dispute Over Budget", page.metadata().title());
    assertEquals("The Daily Planet", page.metadata().outlet());
    assertNull(page.metadata().published());
    assertEquals(List.of("The mayor resigned on Thursday after a long dispute."),
        page.paragraphs());
  }

  @Test
  void clean_contributorsList_becomesAuthorsAndAClosingParagraph() {
    CleanPage page = clean(
        "Published 22 May 2023", "", "Example Policy Institute", "",
        "Understanding the Corridor Crisis", "",
        "The crisis deepened in April when a checkpoint opened.", "",
        "CONTRIBUTORS", "",
        "Ann Lee, Senior Analyst, Region", "",
        "Bo Chan, Program Director,", "Europe and Central Asia");
    assertEquals("Understanding the Corridor Crisis", page.metadata().title());
    assertEquals("Example Policy Institute", page.metadata().outlet());
    assertEquals(LocalDate.of(2023, 5, 22), page.metadata().published());
    assertEquals(List.of("Ann Lee", "Bo Chan"), page.metadata().authors());
    assertEquals(List.of("The crisis deepened in April when a checkpoint opened.",
        "CONTRIBUTORS Ann Lee, Senior Analyst, Region Bo Chan, Program Director, Europe and "
            + "Central Asia"), page.paragraphs());
  }

  @Test
  void clean_hardWrappedMarkdown_joinsLinesOfOneParagraph() {
    CleanPage page = clean("# A Wrapped Article", "",
        "This paragraph was wrapped by an editor at a fixed",
        "width, so its lines must be joined with single spaces.", "",
        "Second paragraph.");
    assertEquals(List.of("This paragraph was wrapped by an editor at a fixed width, so its lines"
        + " must be joined with single spaces.", "Second paragraph."), page.paragraphs());
  }

  @Test
  void clean_pageWithoutProse_hasNoParagraphs() {
    assertEquals(List.of(), clean("twitter", "facebook", "", "Menu").paragraphs());
  }
}

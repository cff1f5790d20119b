package org.citebot.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.citebot.text.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageTextTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "twitter", "apple store", "Related article: Explainer: What Is Going On?", "Views: 510",
      "share-lineLiked the story? Share it on social media!", "Caliber.az \u00a9 2025. .",
      "Any use of materials is allowed only if there is a hyperlink to Caliber.az",
      "(Source: Karabakh Police)",
      "This article was first published by the Carnegie Endowment for International Peace.",
      "The views expressed in opinion pieces do not necessarily reflect the position of X News.",
      "The Armenian flag at a checkpoint on the Lachin Corridor . Alexander Patrin / TASS",
      "Soldiers at a checkpoint on May 2, 2023. AFP / TOFIK BABAYEV",
      "Support The Moscow Times!", "<https://x.example/a>", "Original url:"})
  void isFurniture_pageFurniture_isRecognised(String line) {
    assertEquals(true, PageText.isFurniture(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Users share videos of the blockade on Facebook and Twitter.",
      "The views expressed by the minister were harsh.",
      "First published in 1990, the report is still cited.",
      "He baked cookies for the peacekeepers.",
      "Moscow has rebuffed the criticism.",
      "Armenia/Azerbaijan border talks resumed in May.",
      "The Armenian separatists were loading trucks at night."})
  void isFurniture_proseThatLooksSimilar_isKept(String line) {
    assertEquals(false, PageText.isFurniture(line), line);
  }

  @Test
  void stripMarkdown_keepsLinkTextAndDropsEmphasisAndHeadingMarks() {
    assertEquals("A link and bold and italic words",
        PageText.stripMarkdown("# A [link](https://x.org/a_(b)) and **bold** and *italic* words"));
    assertEquals("snake_case_name stays", PageText.stripMarkdown("snake_case_name stays"));
  }

  @Test
  void withoutPullQuotes_dropsOnlyQuotesThatRepeatTheText() {
    List<String> paragraphs = List.of(
        "Officials said the checkpoint was a reclamation of sovereignty for the state.",
        "\u201cThe checkpoint was a [new] reclamation of sovereignty ...\u201d",
        "\u201cWe will never accept it.\u201d");
    assertEquals(List.of(paragraphs.get(0), paragraphs.get(2)),
        PageText.withoutPullQuotes(paragraphs));
  }
}

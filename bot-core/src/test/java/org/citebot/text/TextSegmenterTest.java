package org.citebot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class TextSegmenterTest {

  private static List<String> sentences(String paragraph) {
    return TextSegmenter.sentences(paragraph).stream().map(s -> s.of(paragraph)).toList();
  }

  static List<Arguments> cases() {
    return List.of(
        Arguments.of("month abbreviation before a day",
            "Since Dec. 12, activists have blocked the road. Traffic stopped.",
            List.of("Since Dec. 12, activists have blocked the road.", "Traffic stopped.")),
        Arguments.of("month abbreviation in a full date",
            "The agreement of Nov. 9, 2020 ended the war. It holds.",
            List.of("The agreement of Nov. 9, 2020 ended the war.", "It holds.")),
        Arguments.of("dotted acronym inside a sentence",
            "The U.S. Secretary of State met them. The U.S. hosted talks.",
            List.of("The U.S. Secretary of State met them.", "The U.S. hosted talks.")),
        Arguments.of("dotted acronym ending a sentence",
            "Talks were held in the U.S. The results were modest.",
            List.of("Talks were held in the U.S.", "The results were modest.")),
        Arguments.of("title abbreviation",
            "Gen. Volkov agreed. He left.", List.of("Gen. Volkov agreed.", "He left.")),
        Arguments.of("initials",
            "J. R. Smith wrote it. Others disagreed.",
            List.of("J. R. Smith wrote it.", "Others disagreed.")),
        Arguments.of("saint",
            "They met in St. Petersburg on Monday. Nothing changed.",
            List.of("They met in St. Petersburg on Monday.", "Nothing changed.")),
        Arguments.of("quote after a sentence",
            "\"It is unacceptable,\" he said. \"Next time we act.\" She agreed.",
            List.of("\"It is unacceptable,\" he said.", "\"Next time we act.\"", "She agreed.")),
        Arguments.of("several sentences of speech before its attribution stay together",
            "\"We object. They are bystanders,\" he said. Talks go on.",
            List.of("\"We object. They are bystanders,\" he said.", "Talks go on.")),
        Arguments.of("the same with curly quotes",
            "\u201cWe object. They are bystanders,\u201d he said. Talks go on.",
            List.of("\u201cWe object. They are bystanders,\u201d he said.", "Talks go on.")),
        Arguments.of("sentence ending inside curly quotes",
            "It guarantees \u201csafe travel.\u201d Yet Baku objects.",
            List.of("It guarantees \u201csafe travel.\u201d", "Yet Baku objects.")),
        Arguments.of("quote continuing after its period",
            "\"We are ready.\" said the minister. Then he left.",
            List.of("\"We are ready.\" said the minister.", "Then he left.")),
        Arguments.of("ellipsis marking an elision in a quote",
            "It could \u201chelp move things forward. ... At least it would offer hope\u201d. Yes.",
            List.of("It could \u201chelp move things forward. ... At least it would offer hope\u201d.",
                "Yes.")),
        Arguments.of("common word that is also an abbreviation",
            "They said no. Then they left.", List.of("They said no.", "Then they left.")),
        Arguments.of("question and exclamation",
            "Is it legitimate? Nobody knows! Talks go on.",
            List.of("Is it legitimate?", "Nobody knows!", "Talks go on.")),
        Arguments.of("abbreviation inside parentheses",
            "A corridor (i.e., the Zangezur route) is planned. It is disputed.",
            List.of("A corridor (i.e., the Zangezur route) is planned.", "It is disputed.")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sentences_splitsOnlyAtSentenceEnds(String name, String paragraph, List<String> expected) {
    assertEquals(expected, sentences(paragraph));
  }

  @Test
  void paragraphs_areSeparatedByBlankLinesAndTrimmed() {
    String text = "First one.\n\nSecond one. Two sentences.";
    List<TextSpan> p = TextSegmenter.paragraphs(text);
    assertEquals(List.of("First one.", "Second one. Two sentences."),
        p.stream().map(s -> s.of(text)).toList());
  }
}

package org.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionClassifierTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "When was the checkpoint set up?|WHEN",
      "What year did the war end?|WHEN",
      "In which month was the road closed?|WHEN",
      "Which calendar year did the talks end in?|WHEN",
      "What causes day length to change?|WHAT",
      "Which modern day city stands near the old fort?|WHAT",
      "What present-day district was the village in?|WHAT",
      "Who is the Prime Minister of Armenia?|WHO",
      "Which mining company is a subsidiary of Vallex Group?|WHO",
      "Where is the checkpoint?|WHERE",
      "How many servicemen were injured?|HOW_MANY",
      "How much gas was cut?|HOW_MANY",
      "How long did the blockade last?|HOW_LONG",
      "Why did Baku set up the checkpoint?|WHY",
      "What did the French foreign ministry warn?|WHAT",
      "How did Russia respond?|HOW",
      "Is the road open?|YES_NO",
      "When a convoy reaches the checkpoint, what happens to its cargo?|WHAT",
      "When Baku opened the checkpoint, who protested first?|WHO",
      "Where in Karabakh was the checkpoint built?|WHERE",
      "When and where did the leaders meet?|WHEN",
      "Who led the country when the war ended?|WHO",
      "Protesters camped there when compared to whom?|WHO"})
  void classify_recognisesTheAnswerType(String question, String expected) {
    assertEquals(QuestionType.valueOf(expected), QuestionClassifier.classify(question));
  }
}

package org.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoleQuestionTest {

  @Test
  void of_findsTheRoleAndItsHolder() {
    RoleQuestion r = RoleQuestion.of("Who is the President of Armenia?");
    assertEquals(List.of("president"), r.role());
    assertEquals(List.of("Armenia"), r.holder());
    RoleQuestion pm = RoleQuestion.of("Who was the first Prime Minister of the Czech Republic?");
    assertEquals(List.of("prime", "minister"), pm.role());
    assertEquals(List.of("Czech", "Republic"), pm.holder());
    assertNull(RoleQuestion.of("Who blocked the road?"));
    assertNull(RoleQuestion.of("Who is the author of the report?"));
  }

  @Test
  void tie_needsTheHolderBesideTheRole() {
    RoleQuestion r = RoleQuestion.of("Who is the President of Armenia?");
    assertEquals(RoleQuestion.Tie.TIED, r.tie("Armenian President Vahagn Khachaturyan spoke."));
    assertEquals(RoleQuestion.Tie.TIED,
        r.tie("Vahagn Khachaturyan, the President of the Republic of Armenia, spoke."));
    assertEquals(RoleQuestion.Tie.TIED, r.tie("Armenia's President spoke."));
    assertEquals(RoleQuestion.Tie.TIED, r.tie("President Vahagn Khachaturyan of Armenia spoke."));
    assertEquals(RoleQuestion.Tie.TIED,
        RoleQuestion.of("Who is the chairman of the Center for Analysis?")
            .tie("Farid Shafiyev, chairman of the Center for Analysis, said so."));
    assertEquals(RoleQuestion.Tie.TIED, RoleQuestion.of("Who was Count of Melfi")
        .tie("He awarded William Iron Arm the title of count in his capital of Melfi."));
    assertEquals(RoleQuestion.Tie.UNTIED,
        r.tie("The Russian President met the Armenian Prime Minister."));
    assertEquals(RoleQuestion.Tie.UNTIED, r.tie("Russian President Vladimir Putin has spoken to "
        + "both Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev."));
    // Not named at all: other words may name it, and the other gates judge.
    assertEquals(RoleQuestion.Tie.ABSENT, r.tie("Armenia's head of state spoke."));
  }
}

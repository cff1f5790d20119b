package org.citebot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question for whoever holds a role of something named: "Who is the President of Armenia?"
 * asks for the role ({@code President}) of its holder ({@code Armenia}). A sentence that names the
 * role only beside another holder ("Azerbaijani President Ilham Aliyev") names the wrong person.
 *
 * @param role the role's words, in lower case ("prime", "minister")
 * @param holder the holder's words, as written ("Armenia")
 */
public record RoleQuestion(List<String> role, List<String> holder) {

  /**
   * How many words at most may stand between the role and a holder named after it: "President of
   * the Republic of Armenia", "count in his capital of Melfi".
   */
  private static final int NEAR = 5;
  /** The words that lead to a holder named after the role, with or without "the". */
  private static final Set<String> BEFORE_HOLDER = Set.of("of", "in");

  private static final Pattern ASKED = Pattern.compile("(?i)^\\s*who\\s+(?:is|was|are|were|"
      + "has\\s+been|had\\s+been|became|becomes|served\\s+as|serves\\s+as)\\s+(?:the\\s+)?"
      + "(?:(?:current|first|last|new|former|then|present|acting)\\s+)?"
      + "((?:\\p{L}+\\s+){0,2}?\\p{L}+)\\s+of\\s+(?:the\\s+)?"
      + "(?-i:(\\p{Lu}[\\p{L}’'.-]*(?:\\s+\\p{Lu}[\\p{L}’'.-]*)*))");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}’'-]+|[;:,]");

  public RoleQuestion {
    role = List.copyOf(role);
    holder = List.copyOf(holder);
  }

  /** The role asked for, or null when the question does not ask for one's holder. */
  static RoleQuestion of(String question) {
    Matcher m = ASKED.matcher(question);
    if (!m.find()) {
      return null;
    }
    return new RoleQuestion(List.of(m.group(1).toLowerCase(Locale.ROOT).split("\\s+")),
        List.of(m.group(2).split("\\s+")));
  }

  /** How a sentence names the role asked for. */
  enum Tie {
    /** It does not name the role (it may name it in other words). */
    ABSENT,
    /** It names the role beside its holder. */
    TIED,
    /** It names the role only beside others, or alone. */
    UNTIED
  }

  /**
   * How the sentence names the role. Tied: the holder stands just before the role ("Armenian
   * President", "Armenia's President") or a few words after it, after "of" or "in" ("President of
   * the Republic of Armenia", "President Ilham Aliyev of Azerbaijan", "count in his capital of
   * Melfi").
   */
  Tie tie(String sentence) {
    List<String> words = new ArrayList<>();
    Matcher w = WORD.matcher(sentence);
    while (w.find()) {
      words.add(w.group());
    }
    boolean named = false;
    for (int i = 0; i + role.size() <= words.size(); i++) {
      if (!roleAt(words, i)) {
        continue;
      }
      named = true;
      if (i > 0 && holds(words.get(i - 1))) {
        return Tie.TIED;
      }
      int j = i + role.size();
      for (int k = j + 1; k < Math.min(words.size(), j + 1 + NEAR) && !isBreak(words.get(k - 1));
          k++) {
        if (holds(words.get(k)) && (BEFORE_HOLDER.contains(words.get(k - 1))
            || (words.get(k - 1).equalsIgnoreCase("the") && k - 2 >= j
            && BEFORE_HOLDER.contains(words.get(k - 2))))) {
          return Tie.TIED;
        }
      }
    }
    return named ? Tie.UNTIED : Tie.ABSENT;
  }

  private boolean roleAt(List<String> words, int at) {
    for (int k = 0; k < role.size(); k++) {
      if (!words.get(at + k).toLowerCase(Locale.ROOT).equals(role.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBreak(String word) {
    return word.equals(";") || word.equals(":") || word.equals(",");
  }

  /**
   * Whether the word names the holder: the same word, or a capitalised one that shares its start
   * of five letters or more and differs only in a short ending ("Armenian", "Azerbaijani",
   * "Russia's", "Ukrainian").
   */
  private boolean holds(String word) {
    for (String h : holder) {
      if (word.equals(h)) {
        return true;
      }
      int common = 0;
      while (common < Math.min(word.length(), h.length())
          && word.charAt(common) == h.charAt(common)) {
        common++;
      }
      if (common >= 5 && h.length() - common <= 1 && word.length() - common <= 4
          && Character.isUpperCase(word.charAt(0))) {
        return true;
      }
    }
    return false;
  }
}

package org.citebot.answer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.retrieval.SentenceRef;
import org.citebot.semantic.SentenceEncoder;
import org.citebot.semantic.StaticVectors;

/** The {@link Answerability} inputs of a question's best answering excerpt. */
final class AnswerabilityInputs {

  private AnswerabilityInputs() {}

  /**
   * The inputs, in the order of {@link Answerability#INPUTS}; {@code leadWords} are the lead
   * sentence's lower-case words, as {@link SentenceAnnotations} holds them.
   */
  static double[] of(Question q, Excerpt best, List<Candidate> ranked, Set<String> leadWords) {
    Candidate lead = best.lead();
    SentenceFacts f = lead.facts();
    double coverage = 0;
    for (Candidate m : best.members()) {
      coverage = Math.max(coverage, m.facts().coverage());
    }
    // How far the lead stands above the best other candidate that could answer, outside its
    // excerpt: a narrow lead over an unrelated sentence says the words of the question are spread
    // thin. (A sentence the gates refuse, one with no date for a "when" question, say, competes
    // for the words but not for the answer.)
    double next = 0;
    for (Candidate c : ranked) {
      if (!best.members().contains(c) && c.mayLead() && c.mayAnswer()) {
        next = c.score();
        break;
      }
    }
    return new double[] {
        coverage,
        f.contextCoverage(),
        f.paragraphCoverage(),
        f.missing(),
        f.missingHere(),
        lead.score(),
        lead.score() - next,
        lead.features()[Feature.SHAPE.ordinal()],
        f.exactWords(),
        f.adjacency(),
        unknownShare(q),
        StrictMath.log1p(q.terms().concepts().size()),
        q.negated() ? 1 : 0,
        lacking(q, lead.sentence()),
        StrictMath.log1p(ranked.size()),
        best.members().size(),
        f.missingHere() * q.totalWeight(),
        q.totalWeight(),
        closeness(q, best),
        substitute(q, lead.sentence(), leadWords),
        contrary(q, leadWords) ? 1 : 0};
  }

  /**
   * Of the weighed concepts of the question that the sentence lacks, the heaviest one's nearest
   * word of the sentence, as the cosine of their static vectors (0 when it lacks none): a sentence
   * that has, where the question says "few", the word "all", or "brain" where it says "immune",
   * talks of something else in the question's place; one that says "established" for "set up"
   * says the same in other words. The trees weigh it with the rest.
   */
  static double substitute(Question q, SentenceRef s, Set<String> words) {
    StaticVectors vectors = StaticVectors.shipped();
    if (vectors == null) {
      return 0;
    }
    int heaviest = FactFinder.heaviestMissing(q.terms().conceptIds(), q.weights(), s, null, null);
    if (heaviest < 0) {
      return 0;
    }
    float[] missing = vectors.embed(q.terms().words().get(heaviest));
    double best = 0;
    for (String w : words) {
      if (w.length() < 3 || q.words().contains(w)) {
        continue;
      }
      best = Math.max(best, SentenceEncoder.similarity(missing, vectors.embed(w)));
    }
    return best;
  }

  /**
   * Words and their opposites, both ways: the commonest swaps by which a question asks what a
   * sentence does not say ("the first" where it says "the last", "more" where it says "less").
   */
  private static final Map<String, String> OPPOSITES = opposites(
      "first last", "before after", "more less", "most least", "largest smallest",
      "larger smaller", "biggest smallest", "bigger smaller", "highest lowest", "higher lower",
      "high low", "increase decrease", "increased decreased", "earliest latest", "early late",
      "earlier later", "strong weak", "stronger weaker", "strongest weakest", "few many",
      "fewer more", "rise fall", "win lose", "won lost", "accept reject", "accepted rejected",
      "allow forbid", "allowed forbidden", "start end", "began ended", "north south",
      "east west", "northern southern", "eastern western", "minimum maximum",
      "positive negative", "internal external", "import export", "imports exports",
      "best worst", "young old", "private public", "major minor", "success failure",
      "successful unsuccessful", "inside outside", "above below", "same different",
      "common rare", "long short", "longer shorter", "longest shortest", "wide narrow",
      "true false", "always never", "all none", "open closed", "legal illegal",
      "support oppose", "supported opposed", "agree disagree", "gain loss", "old new",
      "older newer", "oldest newest", "ancient modern", "rich poor",
      "richer poorer", "light heavy", "cold hot", "slow fast", "slower faster");

  private static Map<String, String> opposites(String... pairs) {
    Map<String, String> out = new HashMap<>();
    for (String pair : pairs) {
      String[] ab = pair.split(" ");
      out.merge(ab[0], ab[1], (x, y) -> x + " " + y);
      out.merge(ab[1], ab[0], (x, y) -> x + " " + y);
    }
    return out;
  }

  /**
   * A word made the opposite of another by its prefix: "uncommon", "illegal", "non-violent". The
   * rest has five letters or more, so that "inform" is not taken for the opposite of "form".
   */
  private static final Pattern NEGATING_PREFIX =
      Pattern.compile("(?:un|in|im|il|ir|non-?|dis)(\\p{L}{5,})");

  /**
   * Whether the sentence (its lower-case words) has, where the question has a word it lacks, that word's opposite: "few"
   * against "all", "uncommon" against "common". Such a sentence contradicts the question rather
   * than answers it.
   */
  static boolean contrary(Question q, Set<String> sentence) {
    for (String w : q.words()) {
      if (sentence.contains(w)) {
        continue;
      }
      String opposite = OPPOSITES.get(w);
      if (opposite != null) {
        for (String o : opposite.split(" ")) {
          if (sentence.contains(o) && !q.words().contains(o)) {
            return true;
          }
        }
      }
      Matcher m = NEGATING_PREFIX.matcher(w);
      if (m.matches() && sentence.contains(m.group(1)) && !q.words().contains(m.group(1))) {
        return true;
      }
    }
    for (String w : sentence) {
      Matcher m = NEGATING_PREFIX.matcher(w);
      if (m.matches() && q.words().contains(m.group(1)) && !q.words().contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** How many of the question's weighed concepts the sentence lacks. */
  static int lacking(Question q, SentenceRef s) {
    int n = 0;
    int[][] ids = q.terms().conceptIds();
    for (int i = 0; i < ids.length; i++) {
      if (q.weights()[i] > 0 && !s.hasAny(ids[i])) {
        n++;
      }
    }
    return n;
  }

  /**
   * How close the excerpt's meaning is to the question's, by the static word-piece vectors
   * (microseconds, so every answer has it); 0, the careful reading, where they cannot be read.
   */
  static double closeness(Question q, Excerpt best) {
    StaticVectors vectors = StaticVectors.shipped();
    if (vectors == null) {
      return 0;
    }
    StringBuilder text = new StringBuilder();
    for (Candidate m : best.members()) {
      text.append(m.sentence().text()).append(' ');
    }
    return SentenceEncoder.similarity(vectors.embed(q.text()), vectors.embed(text.toString()));
  }

  /** The share of the question's weight in words that no sentence of the corpus has. */
  static double unknownShare(Question q) {
    if (q.totalWeight() <= 0) {
      return 0;
    }
    double unknown = 0;
    int[][] ids = q.terms().conceptIds();
    for (int i = 0; i < ids.length; i++) {
      boolean known = false;
      for (int id : ids[i]) {
        known |= id >= 0;
      }
      if (!known) {
        unknown += q.weights()[i];
      }
    }
    return unknown / q.totalWeight();
  }
}

package org.citebot.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citebot.retrieval.SentenceRef;

/**
 * The excerpt stage: quotable excerpts, best first. Each candidate that may lead a quote leads
 * one, joined by the better of its neighbours in the paragraph when that scores within
 * {@link #MERGE_WITHIN}; no sentence is in two excerpts. An excerpt answers when its leading
 * sentence, or the one before it in the excerpt, passes every answer gate; one whose lead does
 * not may still support an answer. Either way it must pass every excerpt gate. The next sentence
 * joins a lead that answers when it goes on from it ({@link #continuation}); when the question
 * asks for a date or a number, whose lead holds one, only if the lead leaves part of the question
 * out and the next sentence has a date or number too ("The lighthouse was built in 1874." needs
 * no "It was automated in 1990.").
 */
final class ExcerptBuilder {

  /**
   * How far below a quote's leading sentence its neighbour may score and still be quoted with it.
   * When the ranking can barely tell two neighbouring sentences apart, the question often echoes
   * one while the other holds the answer ("The treaty was signed in Paris. It took effect in
   * 1920."); quoting both, as written, shows the answer with what it answers. On SQuAD, a gap of
   * 0.3 lifts strict hit@1 by about 4 points while first quotes grow from 198 to 266 characters
   * on average; wider gaps buy little more per character.
   */
  static final double MERGE_WITHIN = 0.3;

  /** The excerpts, and for each lead an excerpt gate refused, the refusal. */
  record Result(List<Excerpt> excerpts, Map<SentenceRef, Refusal> refused) {}

  private final Paragraphs paragraphs;
  private final Gates gates;

  ExcerptBuilder(Paragraphs paragraphs, Gates gates) {
    this.paragraphs = paragraphs;
    this.gates = gates;
  }

  Result build(Question q, List<Candidate> ranked) {
    boolean datesOrNumbers = q.asksForDateOrNumber();
    Map<SentenceRef, Candidate> bySentence = new HashMap<>();
    for (Candidate c : ranked) {
      bySentence.put(c.sentence(), c);
    }
    Set<SentenceRef> used = new HashSet<>();
    List<Excerpt> out = new ArrayList<>();
    Map<SentenceRef, Refusal> refused = new HashMap<>();
    for (Candidate lead : ranked) {
      if (!lead.mayLead() || used.contains(lead.sentence())) {
        continue;
      }
      SentenceRef s = lead.sentence();
      Candidate before = mergeable(bySentence, used, paragraphs.neighbour(s, -1), lead);
      Candidate after = mergeable(bySentence, used, paragraphs.neighbour(s, +1), lead);
      Candidate continuation = continuation(bySentence, used, paragraphs.neighbour(s, +1));
      if (continuation != null && datesOrNumbers
          && (lead.facts().coverage() >= 1 || !continuation.mayLead())) {
        // The lead holds a date or a number already; the next sentence, with one of its own,
        // joins only where the lead leaves part of the question out ("Warsaw's first stock
        // exchange was established in 1817 ... It was re-established in April 1991").
        continuation = null;
      }
      // The sentence with the answer's shape must cover the question itself, or follow the one
      // that does: "The council approved the bridge. The vote took place on 12 March." answers
      // when it was approved; a date the next sentence merely looks back on ("Even before
      // February 2022, ... Since then, ... the checkpoint") does not.
      boolean leadCovers = lead.mayAnswer();
      boolean answers = leadCovers || (before != null && before.mayAnswer());
      if (!answers && !lead.maySupport()) {
        continue;
      }
      if (!answers) {
        // A supporting quote stands alone, and leaves its neighbours to excerpts that answer.
        before = null;
        after = null;
      } else if (!leadCovers
          || (before != null && (after == null || before.score() >= after.score()))) {
        after = null;
      } else {
        before = null;
      }
      if (answers && leadCovers && after == null) {
        // A sentence that goes on from the lead joins it, whatever else does (SQuAD, with the
        // openings that mark such a sentence: hit@1 and hit@3 each +0.9 points, first quotes 25
        // characters longer on average).
        after = continuation;
      }
      List<Candidate> members = new ArrayList<>(3);
      if (before != null) {
        members.add(before);
      }
      members.add(lead);
      if (after != null) {
        members.add(after);
      }
      Excerpt excerpt = new Excerpt(lead, members, answers);
      AnswerGate.OnExcerpt refusing = gates.refusing(q, excerpt);
      if (refusing != null) {
        refused.put(s, new Refusal(refusing.name(), refusing.reason(q, excerpt)));
        continue;
      }
      if (after != null && !datesOrNumbers && answers && leadCovers) {
        // The one after that, too, when it goes on in turn ("... to the 2008 recession. It
        // was worth $32 billion in 2011"); a negated question's denial must still be in the
        // excerpt the gates judged.
        Candidate further =
            continuation(bySentence, used, paragraphs.neighbour(after.sentence(), +1));
        if (further != null) {
          members.add(further);
          excerpt = new Excerpt(lead, members, answers);
        }
      }
      members.forEach(m -> used.add(m.sentence()));
      out.add(excerpt);
    }
    return new Result(out, refused);
  }

  /**
   * The next sentence of the paragraph when it goes on from the one before rather than standing
   * alone ("He called it packet switching", "But a storm dispersed the fleet", "This phenomenon
   * is called color confinement"), however it scores: the question often echoes one sentence
   * while the next, which names little of the question, answers it.
   */
  private static Candidate continuation(
      Map<SentenceRef, Candidate> bySentence, Set<SentenceRef> used, SentenceRef s) {
    if (s == null || used.contains(s)) {
      return null;
    }
    Candidate c = bySentence.get(s);
    return c != null && !c.facts().standsAlone() ? c : null;
  }

  private static Candidate mergeable(
      Map<SentenceRef, Candidate> bySentence, Set<SentenceRef> used, SentenceRef s,
      Candidate lead) {
    if (s == null || used.contains(s)) {
      return null;
    }
    Candidate c = bySentence.get(s);
    return c != null && lead.score() - c.score() <= MERGE_WITHIN ? c : null;
  }
}

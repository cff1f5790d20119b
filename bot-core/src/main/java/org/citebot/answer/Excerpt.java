package org.citebot.answer;

import java.util.ArrayList;
import java.util.List;
import org.citebot.text.Source;

/**
 * Consecutive candidates of one paragraph quoted together, scored by the one that leads it.
 *
 * @param members in text order
 * @param answers whether it may be quoted as an answer on its own (its lead, or the sentence
 *     before the lead, passes every answer gate); if not, it may only join an answer
 */
record Excerpt(Candidate lead, List<Candidate> members, boolean answers) {

  Excerpt {
    members = List.copyOf(members);
  }

  double score() {
    return lead.score();
  }

  Source source() {
    return lead.sentence().article().source();
  }

  /** The lead first, then the others. */
  List<Candidate> byRank() {
    List<Candidate> out = new ArrayList<>(members);
    out.remove(lead);
    out.add(0, lead);
    return out;
  }
}

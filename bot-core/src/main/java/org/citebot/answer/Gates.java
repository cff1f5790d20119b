package org.citebot.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The answerability gates in their order, built in one place; some may be switched off by name
 * to measure what they are worth ({@code eval --without GATE}). Immutable and thread-safe.
 */
final class Gates {

  /** Every gate's name, in order (a gate uses its collaborators only when it judges). */
  static final List<String> NAMES =
      all(null, null, 0, false).stream().map(AnswerGate::name).toList();

  private final List<AnswerGate.OnQuestion> onQuestion = new ArrayList<>();
  private final List<AnswerGate.OnSentence> lead = new ArrayList<>();
  private final List<AnswerGate.OnSentence> answer = new ArrayList<>();
  private final List<AnswerGate.OnExcerpt> onExcerpt = new ArrayList<>();
  private final List<AnswerGate.OnAnswer> onAnswer = new ArrayList<>();

  private Gates(List<AnswerGate> gates) {
    for (AnswerGate g : gates) {
      switch (g) {
        case AnswerGate.OnQuestion q -> onQuestion.add(q);
        case AnswerGate.OnSentence s when s.role() == AnswerGate.OnSentence.Role.LEAD -> lead.add(s);
        case AnswerGate.OnSentence s -> answer.add(s);
        case AnswerGate.OnExcerpt e -> onExcerpt.add(e);
        case AnswerGate.OnAnswer a -> onAnswer.add(a);
      }
    }
  }

  /**
   * Every gate, in order, less those named in {@code off}; {@code meaningWeighed}: whether
   * answers are matched by meaning too (semantic matching), which lowers the coverage bar.
   */
  static Gates standard(Paragraphs paragraphs, SentenceAnnotations annotations, Set<String> off,
      double minConfidence, boolean meaningWeighed) {
    checkNames(off);
    List<AnswerGate> all = all(paragraphs, annotations, minConfidence, meaningWeighed);
    all.removeIf(g -> off.contains(g.name()));
    return new Gates(all);
  }

  /** Every gate, in order. */
  static List<AnswerGate> all(Paragraphs paragraphs, SentenceAnnotations annotations,
      double minConfidence, boolean meaningWeighed) {
    return new ArrayList<>(List.of(new TermsGate(), new OutletGate(), new AnswerShapeGate(),
        new CountedThingGate(), new DateNearGate(), new CoverageGate(meaningWeighed),
        new HeavyWordGate(), new NamedNumbersGate(paragraphs, annotations), new RoleGate(),
        new DenialGate(), new ConfidenceGate(minConfidence)));
  }

  /** Checks names given on a command line, before any corpus is loaded. */
  static void checkNames(Set<String> names) {
    Set<String> unknown = new LinkedHashSet<>(names);
    unknown.removeAll(NAMES);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown answer gate: " + String.join(", ", unknown)
          + ", must be among " + String.join(", ", NAMES));
    }
  }

  /** The refusal of the first question gate that refuses it, or null. */
  Refusal refuse(Question q) {
    for (AnswerGate.OnQuestion g : onQuestion) {
      if (!g.passes(q)) {
        return new Refusal(g.name(), g.reason(q));
      }
    }
    return null;
  }

  boolean mayLead(Question q, SentenceFacts s) {
    return passesAll(lead, q, s);
  }

  boolean mayAnswer(Question q, SentenceFacts s) {
    return passesAll(answer, q, s);
  }

  boolean maySupport(Question q, SentenceFacts s) {
    for (AnswerGate.OnSentence g : answer) {
      if (!g.passes(q, s) && !g.supports(q, s)) {
        return false;
      }
    }
    return true;
  }

  private static boolean passesAll(List<AnswerGate.OnSentence> gates, Question q,
      SentenceFacts s) {
    for (AnswerGate.OnSentence g : gates) {
      if (!g.passes(q, s)) {
        return false;
      }
    }
    return true;
  }

  /** The refusal of the first sentence gate that the sentence fails, or null. */
  Refusal refuse(Question q, SentenceFacts s) {
    for (List<AnswerGate.OnSentence> gates : List.of(lead, answer)) {
      for (AnswerGate.OnSentence g : gates) {
        if (!g.passes(q, s)) {
          return new Refusal(g.name(), g.reason(q, s));
        }
      }
    }
    return null;
  }

  /**
   * The refusal of the first answer gate that refuses an answer of this confidence, led by this
   * sentence, or null.
   */
  Refusal refuse(Question q, double confidence, SentenceFacts lead) {
    for (AnswerGate.OnAnswer g : onAnswer) {
      if (!g.passes(q, confidence)) {
        return new Refusal(g.name(), g.reason(q, confidence, lead));
      }
    }
    return null;
  }

  /** The first excerpt gate that refuses the excerpt, or null. */
  AnswerGate.OnExcerpt refusing(Question q, Excerpt e) {
    for (AnswerGate.OnExcerpt g : onExcerpt) {
      if (!g.passes(q, e)) {
        return g;
      }
    }
    return null;
  }
}

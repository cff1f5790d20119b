package org.citebot.answer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.citebot.text.Source;
import org.citebot.text.TextSpan;

/** The JSON form of answers and sources that the CLI prints (the documented contract). */
public final class AnswerJson {

  public static final ObjectMapper MAPPER = new ObjectMapper();

  private AnswerJson() {}

  public static ObjectNode answer(Answer a) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("question", a.question());
    o.put("answered", a.answered());
    o.put("type", a.type().label());
    o.put("id", a.id());
    o.put("confidence", Math.round(a.confidence() * 1000) / 1000.0);
    if (a.refusal() != null) {
      o.put("gate", a.refusal().gate());
      o.put("reason", a.refusal().reason());
    }
    ArrayNode quotes = o.putArray("quotes");
    for (Quote q : a.quotes()) {
      quotes.add(quote(q));
    }
    ArrayNode more = o.putArray("more");
    for (Quote q : a.more()) {
      more.add(quote(q));
    }
    ArrayNode details = o.putArray("details");
    a.details().forEach(s -> details.add(source(s)));
    ArrayNode related = o.putArray("related");
    a.related().forEach(s -> related.add(source(s)));
    ArrayNode notes = o.putArray("notes");
    a.notes().forEach(notes::add);
    return o;
  }

  public static ObjectNode quote(Quote q) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("text", q.text());
    o.put("start", q.start());
    o.put("end", q.end());
    o.put("score", q.score());
    ArrayNode h = o.putArray("highlights");
    for (TextSpan s : q.highlights()) {
      h.addArray().add(s.start()).add(s.end());
    }
    if (q.dateLabel() != null) {
      o.put("date", q.dateLabel());
    }
    o.set("source", source(q.source()));
    return o;
  }

  public static ObjectNode source(Source s) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", s.id());
    o.put("title", s.title());
    o.put("outlet", s.outlet());
    ArrayNode authors = o.putArray("authors");
    s.authors().forEach(authors::add);
    o.put("published", s.published() == null ? null : s.published().toString());
    o.put("url", s.url());
    return o;
  }

  public static String write(Object node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("JSON nodes always serialise", e);
    }
  }
}

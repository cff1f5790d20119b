package org.citebot.answer;

import org.citebot.text.Source;

/** An article in the corpus, as listed to users: its citation data and how many passages it has. */
public record SourceSummary(Source source, int passages) {}

package org.citebot.ops;

/** How log lines look: readable text for people, or one JSON object per line for collectors. */
public enum LogFormat {
  TEXT, JSON
}

package org.citebot.text;

/** A half-open character range {@code [start, end)} into a text. */
public record TextSpan(int start, int end) implements Comparable<TextSpan> {
  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "illegal span: start " + start + ", end " + end + ", must satisfy 0 <= start <= end");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(TextSpan other) {
    return start <= other.start && other.end <= end;
  }

  public String of(String text) {
    return text.substring(start, end);
  }

  public TextSpan shift(int offset) {
    return new TextSpan(start + offset, end + offset);
  }

  @Override
  public int compareTo(TextSpan o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}

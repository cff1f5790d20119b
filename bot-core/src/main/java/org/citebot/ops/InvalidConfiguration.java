package org.citebot.ops;

import java.util.List;

/** One or more configuration values are bad; each problem is one line fit for an operator. */
public final class InvalidConfiguration extends RuntimeException {

  private final List<String> problems;

  public InvalidConfiguration(List<String> problems) {
    super(String.join("\n", problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidConfiguration needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** One line per bad value, in the order the keys are documented. */
  public List<String> problems() {
    return problems;
  }
}

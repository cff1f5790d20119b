package org.citebot.timeline;

/**
 * Implemented by an {@link org.citebot.answer.AnswerService} that can also show the corpus's
 * {@link Views}. Chat adapters test for it, so that an answer service without views (a test
 * double, a remote service) still works: the view commands then say they are not available.
 */
public interface HasViews {

  /** The views of the corpus the answers come from; built on first use, then shared. */
  Views views();
}

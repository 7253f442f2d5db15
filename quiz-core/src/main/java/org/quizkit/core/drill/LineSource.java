package org.quizkit.core.drill;

import java.util.Optional;

/**
 * Where a drill reads the learner's lines: a terminal line editor, or plain lines piped in.
 *
 * <p>The source shows the prompt itself, because a line editor must draw it to let the learner edit
 * after it.
 */
public interface LineSource {
  /**
   * Shows {@code prompt} and reads one line, without its line break.
   *
   * @return the line, or empty at the end of input (end of file, Ctrl-D, or Ctrl-C): the learner is
   *     done and the drill ends cleanly
   */
  Optional<String> readLine(String prompt);
}

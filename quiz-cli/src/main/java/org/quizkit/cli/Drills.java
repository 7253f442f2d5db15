package org.quizkit.cli;

import org.quizkit.content.QuizContent;
import org.quizkit.content.dataset.Section;
import org.quizkit.core.drill.Drill;

/** The drill every interactive command runs, set up the same way. */
final class Drills {
  /** The widest a line of text gets, however wide the terminal. */
  static final int MAX_COLUMNS = 100;

  private Drills() {}

  /**
   * A drill in the interaction's style, timed by the context's clock, saving each answer to {@code
   * progress} and naming sources by their section titles in {@code content}.
   */
  static Drill of(Context context, Interaction io, Progress progress, QuizContent content) {
    if (context.terminal()) {
      // A learner reads the question before answering: time enough to load SQLite for the first
      // save. Piped answers come at once, and a run quit before answering needs none of it.
      progress.prepareInBackground();
    }
    return Drill.of(io.style(), context.clock())
        // Read again for every block of text, so a resized terminal is followed; lines longer
        // than about 100 columns are hard to read, however wide the terminal.
        .width(() -> io.interactive() ? Math.min(io.width(), MAX_COLUMNS) - 1 : 0)
        .recordingTo(progress.recorder())
        .sectionTitles(id -> content.dataset().section(id).map(Section::title).orElse(id));
  }
}

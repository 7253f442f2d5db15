package org.quizkit.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quizkit.core.drill.LineSource;

/**
 * Prints long text a screenful at a time, waiting for Enter between screens, when a person is
 * reading at a terminal; straight through otherwise. Written here because JLine's pager (less)
 * takes over the whole screen and the lesson should stay in the scroll-back above the questions.
 */
final class Pager {
  private final PrintWriter out;
  private final LineSource in;
  private final int height;
  private final int width;

  /** A pager pausing every {@code height - 1} lines; 0 never pauses. */
  Pager(PrintWriter out, LineSource in, int height) {
    this(out, in, height, 0);
  }

  /**
   * A pager pausing every {@code height - 1} rows of a terminal {@code width} columns wide, where a
   * line longer than the width takes as many rows as the terminal wraps it into; width 0 counts
   * every line as one row.
   */
  Pager(PrintWriter out, LineSource in, int height, int width) {
    this.out = out;
    this.in = in;
    this.height = height;
    this.width = width;
  }

  /** The rows a line takes on the terminal. */
  int rows(String line) {
    int length = line.codePointCount(0, line.length());
    return width <= 0 || length <= width ? 1 : (length + width - 1) / width;
  }

  /**
   * When a person is reading, waits for Enter after {@code message}, so that what was just shown
   * stays on screen until they are ready; q or the end of input says to stop.
   *
   * @return whether to go on
   */
  boolean pause(String message) {
    if (height <= 0) {
      return true;
    }
    out.flush();
    Optional<String> typed = in.readLine(message);
    return typed.isPresent() && !typed.get().strip().equalsIgnoreCase("q");
  }

  /** What the reader did at a pause. */
  enum Outcome {
    /** Read to the end. */
    READ,
    /** Typed q to skip the rest. */
    SKIPPED,
    /** The input ended. */
    END_OF_INPUT
  }

  Outcome print(List<String> lines) {
    int shown = 0;
    int screen = Math.max(2, height - 1);
    for (String line : lines) {
      if (height > 0 && shown > 0 && shown + rows(line) > screen) {
        out.flush();
        Optional<String> typed = in.readLine("-- press Enter for more, q to skip --");
        if (typed.isEmpty()) {
          return Outcome.END_OF_INPUT;
        }
        if (typed.get().strip().equalsIgnoreCase("q")) {
          return Outcome.SKIPPED;
        }
        shown = 0;
      }
      out.println(line);
      shown += rows(line);
    }
    out.flush();
    return Outcome.READ;
  }

  /** {@code text} broken into lines of at most {@code width} characters, between words. */
  static List<String> wrap(String text, int width, String indent) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(indent);
    for (String word : text.strip().split("\\s+")) {
      if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line = new StringBuilder(indent);
      }
      if (line.length() > indent.length()) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > indent.length()) {
      lines.add(line.toString());
    }
    return lines;
  }
}

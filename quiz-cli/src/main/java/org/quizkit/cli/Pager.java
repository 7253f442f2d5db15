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

  /** A pager pausing every {@code height - 1} lines; 0 never pauses. */
  Pager(PrintWriter out, LineSource in, int height) {
    this.out = out;
    this.in = in;
    this.height = height;
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
      if (height > 0 && shown == screen) {
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
      shown++;
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

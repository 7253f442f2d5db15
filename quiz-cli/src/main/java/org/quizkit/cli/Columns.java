package org.quizkit.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The width that the text of a command which only prints ({@code quiz progress}, {@code quiz
 * modules}) is fitted to, and the fitting: lines are broken between words, never inside one.
 */
final class Columns {
  /** The width when nothing says otherwise, such as output piped to a file. */
  static final int PLAIN_WIDTH = 80;

  /** Narrower than this, a terminal's report of its width is taken for a mistake. */
  private static final int NARROWEST = 20;

  /** The environment variable that gives the width when no terminal does, as for many tools. */
  static final String COLUMNS = "COLUMNS";

  /**
   * Leading spaces, then a list mark or a number such as " 1. ", which continued lines hang under.
   */
  private static final Pattern HANG = Pattern.compile("(\\s*)(- |\\d+\\. )?");

  private Columns() {}

  /**
   * Columns to fit printed text to, read anew on each call so a resized terminal is followed: the
   * terminal's width when output goes to one, else {@code COLUMNS} when set to a number, else 80;
   * never more than {@link Drills#MAX_COLUMNS}, and one less than the terminal, whose last column
   * would wrap.
   */
  static int of(Context context) {
    int columns = context.terminal() ? terminalWidth() : 0;
    if (columns < NARROWEST) {
      columns = fromEnvironment(context.env().get(COLUMNS));
    }
    return columns < NARROWEST ? PLAIN_WIDTH : Math.min(columns, Drills.MAX_COLUMNS) - 1;
  }

  private static int fromEnvironment(String value) {
    if (value == null || !value.strip().matches("\\d{1,4}")) {
      return 0;
    }
    return Integer.parseInt(value.strip());
  }

  /** The width of the process's terminal, or 0 when it cannot be told. */
  private static int terminalWidth() {
    try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(false).build()) {
      return terminal.getWidth();
    } catch (IOException | IllegalStateException e) {
      return 0;
    }
  }

  /**
   * {@code line} broken between words into lines of at most {@code width} characters where its
   * words allow (a word longer than that keeps a line of its own). Continued lines hang under the
   * text after a leading list mark or number, else two spaces further in than the line.
   */
  static List<String> fit(String line, int width) {
    if (line.length() <= width) {
      return List.of(line);
    }
    Matcher hang = HANG.matcher(line);
    hang.lookingAt();
    String first = hang.group();
    int indent = hang.group(2) == null ? hang.end() + 2 : hang.end();
    if (indent > width / 2) {
      indent = 2;
    }
    return wrap(line.substring(hang.end()), width, first, " ".repeat(indent));
  }

  /**
   * {@code text} broken between words: the first line after {@code first}, the rest {@code indent}.
   */
  static List<String> wrap(String text, int width, String first, String indent) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(first);
    int start = first.length();
    for (String word : text.strip().split("\\s+")) {
      if (line.length() > start && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line = new StringBuilder(indent);
        start = indent.length();
      }
      if (line.length() > start) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > start || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }
}

package org.quizkit.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp.Capability;
import org.quizkit.core.drill.LineSource;
import org.quizkit.core.drill.Style;

/**
 * How an interactive command talks with the learner: a JLine line editor when standard input and
 * output are a terminal (Ctrl-C and Ctrl-D end the input cleanly), otherwise plain lines read from
 * the context's input, one answer a line, echoed after the prompt so that a piped run reads as a
 * transcript.
 *
 * <p>Colour and Unicode are used only on a terminal that shows them, never with {@code --plain} or
 * when {@code NO_COLOR} is set (to any value).
 */
final class Interaction implements AutoCloseable {
  static final String NO_COLOR = "NO_COLOR";
  private static final int PLAIN_WIDTH = 80;

  private final Terminal terminal;
  private final LineSource lines;
  private final Style style;

  /** Set when the learner pressed Ctrl-C, so the command can exit as interrupted (130). */
  private final java.util.concurrent.atomic.AtomicBoolean interrupted;

  private Interaction(
      Terminal terminal,
      LineSource lines,
      Style style,
      java.util.concurrent.atomic.AtomicBoolean interrupted) {
    this.terminal = terminal;
    this.lines = lines;
    this.style = style;
    this.interrupted = interrupted;
  }

  /** The exit code for a command that ran: 130 after Ctrl-C, as shells expect, else 0. */
  int exitCode() {
    return interrupted.get() ? 130 : 0;
  }

  /** Opens the terminal when there is one, else reads plain lines from {@code context.in()}. */
  static Interaction open(Context context, boolean plain) {
    if (context.terminal()) {
      Optional<Terminal> terminal = systemTerminal();
      if (terminal.isPresent()) {
        Terminal opened = terminal.get();
        LineReader reader = lineReader(opened);
        // The terminal may say UTF-8 while the JVM writes in another charset (LANG=C): every
        // symbol would then come out as '?', which is also the help key. Both must be UTF-8.
        Style style =
            style(
                true,
                plain,
                context.env(),
                showsColourAndUnicode(opened) && writesUnicode(outputEncoding()));
        java.util.concurrent.atomic.AtomicBoolean interrupted =
            new java.util.concurrent.atomic.AtomicBoolean();
        return new Interaction(opened, editor(reader, interrupted), style, interrupted);
      }
    }
    return new Interaction(
        null, piped(context), Style.PLAIN, new java.util.concurrent.atomic.AtomicBoolean());
  }

  /**
   * The style for a command that only prints: rich only on a terminal, without {@code --plain} or
   * {@code NO_COLOR}, whose output encoding is UTF-8.
   */
  static Style printStyle(Context context, boolean plain) {
    return style(context.terminal(), plain, context.env(), writesUnicode(outputEncoding()));
  }

  /** The charset the process writes standard output in, as Main's writer chooses it. */
  private static String outputEncoding() {
    return System.getProperty("stdout.encoding", System.getProperty("native.encoding", ""));
  }

  /** Whether text written in this charset keeps Unicode symbols: only UTF-8 does, of those seen. */
  static boolean writesUnicode(String encoding) {
    return "UTF-8".equalsIgnoreCase(encoding) || "UTF8".equalsIgnoreCase(encoding);
  }

  /**
   * Rich exactly when output goes to a terminal that shows colour and Unicode, and neither {@code
   * --plain} nor {@code NO_COLOR} (set to anything, even empty) says otherwise.
   */
  static Style style(
      boolean terminal, boolean plain, java.util.Map<String, String> env, boolean capable) {
    boolean rich = terminal && capable && !plain && !env.containsKey(NO_COLOR);
    return rich ? Style.RICH : Style.PLAIN;
  }

  LineSource lines() {
    return lines;
  }

  Style style() {
    return style;
  }

  /** Whether a person is typing, so that long text should pause for them. */
  boolean interactive() {
    return terminal != null;
  }

  /** Columns to wrap text to. */
  int width() {
    return terminal == null || terminal.getWidth() < 20 ? PLAIN_WIDTH : terminal.getWidth();
  }

  /** Lines that fit on one screen, or 0 when output should not pause. */
  int height() {
    return terminal == null ? 0 : Math.max(0, terminal.getHeight());
  }

  @Override
  public void close() {
    if (terminal != null) {
      try {
        terminal.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static Optional<Terminal> systemTerminal() {
    try {
      // dumb(false): without a real terminal we would rather read plain lines than fake one.
      return Optional.of(TerminalBuilder.builder().system(true).dumb(false).build());
    } catch (IOException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  private static boolean showsColourAndUnicode(Terminal terminal) {
    if (terminal.getType() == null || terminal.getType().startsWith(Terminal.TYPE_DUMB)) {
      return false;
    }
    Integer colours = terminal.getNumericCapability(Capability.max_colors);
    return colours != null
        && colours >= 8
        && StandardCharsets.UTF_8.equals(terminal.outputEncoding());
  }

  /**
   * The line editor for answers. History expansion is off: an answer is text, and a learner who
   * types {@code !x} (for "not x") must not get JLine's "event not found" and a stack trace on Tab
   * or Ctrl-D.
   */
  static LineReader lineReader(Terminal terminal) {
    return LineReaderBuilder.builder()
        .terminal(terminal)
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .build();
  }

  /**
   * Lines from the editor; Ctrl-D and Ctrl-C end the input, Ctrl-C also marks {@code interrupted}.
   */
  static LineSource editor(
      LineReader reader, java.util.concurrent.atomic.AtomicBoolean interrupted) {
    return prompt -> {
      try {
        return Optional.of(reader.readLine(prompt));
      } catch (UserInterruptException e) {
        interrupted.set(true);
        return Optional.empty();
      } catch (EndOfFileException e) {
        return Optional.empty();
      }
    };
  }

  private static LineSource piped(Context context) {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8));
    PrintWriter out = context.out();
    return prompt -> {
      try {
        String line = in.readLine();
        if (line != null) {
          out.println(prompt + line);
        }
        return Optional.ofNullable(line);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }
}

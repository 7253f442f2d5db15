package org.quizkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;

/**
 * The answer prompt's line editor, driven through a scripted terminal. JLine prints a failed
 * widget's stack trace on standard error, which on a real terminal is the screen, so both are
 * watched.
 */
class LineEditorTests {
  private static String[] answers(String typed, int lines, ByteArrayOutputStream screen)
      throws Exception {
    PrintStream err = System.err;
    System.setErr(new PrintStream(screen, true, StandardCharsets.UTF_8));
    // JLine logs through java.util.logging, whose console handler keeps the standard error it
    // found first: watch the log itself too.
    Logger log = Logger.getLogger("org.jline");
    Handler watch =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            screen.writeBytes(
                (record.getMessage() + " " + record.getThrown() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    log.addHandler(watch);
    try (Terminal terminal =
        new ExternalTerminal(
            "script",
            "xterm",
            new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)),
            screen,
            StandardCharsets.UTF_8)) {
      LineReader reader = Interaction.lineReader(terminal);
      String[] read = new String[lines];
      for (int i = 0; i < lines; i++) {
        read[i] = reader.readLine("> ");
      }
      return read;
    } finally {
      System.setErr(err);
      log.removeHandler(watch);
    }
  }

  @Test
  void takesAnExclamationMarkAsTextWhenTabFollows() throws Exception {
    ByteArrayOutputStream screen = new ByteArrayOutputStream();

    String[] read = answers("!x\t\r!bone\r", 2, screen);

    String shown = screen.toString(StandardCharsets.UTF_8);
    assertEquals("!x", read[0].strip());
    assertEquals("!bone", read[1]);
    assertFalse(shown.contains("event not found"), shown);
    assertFalse(shown.contains("\tat "), shown);
  }

  @Test
  void takesAnExclamationMarkAsTextWhenCtrlDFollows() throws Exception {
    ByteArrayOutputStream screen = new ByteArrayOutputStream();

    String[] read = answers("!x\u0004\r", 1, screen);

    String shown = screen.toString(StandardCharsets.UTF_8);
    assertEquals("!x", read[0].strip());
    assertFalse(shown.contains("event not found"), shown);
    assertFalse(shown.contains("\tat "), shown);
  }
}

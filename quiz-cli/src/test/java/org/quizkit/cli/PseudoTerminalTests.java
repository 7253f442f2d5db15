package org.quizkit.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI at a real pseudo-terminal (util-linux {@code script}), 40 columns by 24 rows, as a
 * learner would see it: the lesson waits before the first question, nothing is broken inside a
 * word, and a terminal that cannot show Unicode ({@code LANG=C}) gets ASCII. Skipped where {@code
 * script} is missing.
 */
class PseudoTerminalTests {
  private static final long WAIT_SECONDS = 60;

  @TempDir Path dir;

  @BeforeAll
  static void needsScript() {
    boolean present;
    try {
      Process probe = new ProcessBuilder("script", "--version").redirectErrorStream(true).start();
      String version = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      present = probe.waitFor(10, TimeUnit.SECONDS) && version.contains("util-linux");
    } catch (IOException e) {
      present = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      present = false;
    }
    assumeTrue(present, "util-linux script is not installed: no pseudo-terminal to test at");
  }

  /** A run of quiz at a 40x24 pseudo-terminal; {@code lang} is LANG and LC_ALL. */
  private final class Screen implements AutoCloseable {
    private final Process process;
    private final ByteArrayOutputStream seen = new ByteArrayOutputStream();
    private final Thread reader;

    Screen(String lang, String... args) throws IOException {
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      StringBuilder command =
          new StringBuilder("stty cols 40 rows 24; exec env LANG=" + lang + " LC_ALL=" + lang);
      command
          .append(" TERM=xterm-256color XDG_DATA_HOME=")
          .append(quoted(dir.resolve("data").toString()))
          .append(" XDG_CACHE_HOME=")
          .append(quoted(dir.resolve("cache").toString()))
          .append(' ')
          .append(quoted(java.toString()))
          // as the jar's manifest says (Enable-Native-Access), for JLine's terminal on JDK 22+
          .append(" --enable-native-access=ALL-UNNAMED -cp ")
          .append(quoted(System.getProperty("java.class.path")))
          .append(' ')
          .append(Main.class.getName());
      for (String arg : args) {
        command.append(' ').append(quoted(arg));
      }
      process =
          new ProcessBuilder("script", "-qec", command.toString(), "/dev/null")
              .redirectErrorStream(true)
              .start();
      reader =
          new Thread(
              () -> {
                try (InputStream in = process.getInputStream()) {
                  byte[] buffer = new byte[4096];
                  for (int n; (n = in.read(buffer)) > 0; ) {
                    synchronized (seen) {
                      seen.write(buffer, 0, n);
                    }
                  }
                } catch (IOException e) {
                  // the process ended
                }
              });
      reader.setDaemon(true);
      reader.start();
    }

    /** What the terminal showed so far, without escape sequences and carriage returns. */
    String text() {
      String raw;
      synchronized (seen) {
        raw = seen.toString(StandardCharsets.UTF_8);
      }
      return raw.replaceAll("\u001b\\[[0-9;?]*[ -/]*[@-~]", "")
          .replaceAll("\u001b[()][0-9A-Za-z]", "")
          .replaceAll("\u001b[=>]", "")
          .replace("\r", "");
    }

    /** Waits until the screen shows {@code expected}. */
    void waitFor(String expected) throws InterruptedException {
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
      while (!text().contains(expected)) {
        if (System.nanoTime() > end || !process.isAlive() && !text().contains(expected)) {
          Thread.sleep(200);
          throw new AssertionError("never showed '" + expected + "':\n" + text());
        }
        Thread.sleep(50);
      }
      Thread.sleep(300);
    }

    /** Types a line, as a learner pressing Enter. */
    void type(String line) throws IOException {
      OutputStream keys = process.getOutputStream();
      keys.write((line + "\r").getBytes(StandardCharsets.UTF_8));
      keys.flush();
    }

    /** Waits for the end of the run and returns everything shown. */
    String end() throws InterruptedException, IOException {
      process.getOutputStream().close();
      assertTrue(process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS), text());
      reader.join(TimeUnit.SECONDS.toMillis(10));
      return text();
    }

    @Override
    public void close() {
      process.destroyForcibly();
    }
  }

  private static String quoted(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }

  @Test
  void theLessonWaitsForEnterBeforeTheFirstQuestion() throws Exception {
    try (Screen screen = new Screen("C.UTF-8", "learn", "travel", "--seed", "1")) {
      // Page through the lesson, a screenful at a time, to its end.
      int pages = 0;
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
      while (!screen.text().contains("to start the questions") && System.nanoTime() < end) {
        int shown = screen.text().split("press Enter for more", -1).length - 1;
        if (shown > pages) {
          pages = shown;
          Thread.sleep(300);
          screen.type("");
        }
        Thread.sleep(50);
      }
      screen.waitFor("to start the questions");
      assertFalse(screen.text().contains("Question 1 of"), screen.text());
      screen.type("");
      screen.waitFor("Question 1 of");
      screen.type("q");
      screen.end();
    }
  }

  @Test
  void modulesBreaksNoWordAtFortyColumns() throws Exception {
    try (Screen screen = new Screen("C.UTF-8", "modules")) {
      String shown = screen.end();
      List<String> lines = shown.lines().toList();
      assertTrue(shown.contains("Modules, with the mastery of"), shown);
      assertTrue(lines.stream().allMatch(line -> line.length() <= 40), shown);
      // Every title is whole on one line or broken between its words.
      String joined = String.join(" ", lines.stream().map(String::strip).toList());
      assertTrue(joined.contains("What metastasis is and how cancer cells travel"), shown);
    }
  }

  @Test
  void aTerminalWithoutUnicodeGetsAsciiSymbols() throws Exception {
    Files.createDirectories(dir);
    try (Screen screen =
        new Screen("C", "practice", "--seed", "1", "--count", "2", "--kinds", "single-choice")) {
      screen.waitFor("Question 1 of 2");
      screen.type("a");
      screen.waitFor("point");
      screen.type("q");
      String shown = screen.end();
      assertTrue(shown.contains("Question 1 of 2"), shown);
      assertTrue(shown.chars().allMatch(c -> c < 128), () -> "not ASCII:\n" + shown);
      assertTrue(shown.contains("Right") || shown.contains("Wrong"), shown);
      for (String mangled : List.of("?Right", "? Right", "?Wrong", "? Wrong")) {
        assertFalse(shown.contains(mangled), shown);
      }
    }
  }
}

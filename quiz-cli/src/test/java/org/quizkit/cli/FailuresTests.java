package org.quizkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quizkit.cli.Quiz.quiz;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quizkit.core.diagnostic.Diagnostic;
import org.quizkit.core.diagnostic.DiagnosticException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class FailuresTests {
  /** A command whose body throws, standing in for a library front door that fails. */
  @Command(name = "boom")
  static final class Throwing implements Callable<Integer> {
    private final RuntimeException failure;

    Throwing(RuntimeException failure) {
      this.failure = failure;
    }

    @Override
    public Integer call() {
      throw failure;
    }
  }

  private static Quiz.Result run(Quiz quiz, RuntimeException failure) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Context context = quiz.context(out, err);
    int code = Commands.configure(new CommandLine(new Throwing(failure)), context).execute();
    context.err().flush();
    return new Quiz.Result(code, out.toString(), err.toString());
  }

  @Nested
  class DataErrors {
    @Test
    void printsEachDiagnosticOnItsOwnLineWithoutAStackTrace() {
      Quiz.Result result =
          run(
              quiz(),
              new IllegalArgumentException(
                  "2 problems in spread.yaml\n"
                      + "spread.yaml:14:9: unknown site 'adrenal' (known: bone, brain)\n"
                      + "spread.yaml:20:3: missing section"));

      assertEquals(1, result.code());
      assertEquals(
          List.of(
              "boom: 2 problems in spread.yaml",
              "spread.yaml:14:9: unknown site 'adrenal' (known: bone, brain)",
              "spread.yaml:20:3: missing section"),
          result.errLines());
      assertEquals("", result.out());
    }

    @Test
    void printsTheLibrarysDiagnosticsAsItRendersThemAfterTheCommand() {
      class BadInput extends DiagnosticException {
        BadInput(List<Diagnostic> problems) {
          super(problems);
        }

        @Override
        public String getMessage() {
          return "not how the library renders it";
        }
      }

      Quiz.Result result =
          run(
              quiz(),
              new BadInput(
                  List.of(
                      new Diagnostic("answers.csv", 2, 5, "'Q' is not a version"),
                      new Diagnostic("/tmp/progress.db", 0, 0, "is damaged"))));

      assertEquals(1, result.code());
      assertEquals(
          List.of(
              "boom: answers.csv:2:5: 'Q' is not a version",
              "/tmp/progress.db: is damaged",
              "2 problems"),
          result.errLines());
    }

    @Test
    void aLibraryExceptionOfItsOwnTypeIsShownByItsMessage() {
      class DatasetException extends RuntimeException {
        DatasetException(String message) {
          super(message);
        }
      }

      Quiz.Result result = run(quiz(), new DatasetException("unknown module 'lungs'"));

      assertEquals(List.of("boom: unknown module 'lungs'"), result.errLines());
    }
  }

  @Nested
  class FileErrors {
    @Test
    void missingFileIsNamed() {
      Quiz.Result result =
          run(quiz(), new UncheckedIOException(new NoSuchFileException("my.yaml")));

      assertEquals(1, result.code());
      assertEquals(List.of("boom: no such file or directory: my.yaml"), result.errLines());
    }

    @Test
    void unreadableFileIsNamed() {
      Quiz.Result result =
          run(quiz(), new UncheckedIOException(new AccessDeniedException("/root/out")));

      assertEquals(List.of("boom: permission denied: /root/out"), result.errLines());
    }

    @Test
    void otherInputOutputFailuresSayWhatFailed() {
      Quiz.Result result = run(quiz(), new UncheckedIOException(new IOException("disk full")));

      assertEquals(List.of("boom: cannot read or write: disk full"), result.errLines());
    }
  }

  @Nested
  class Bugs {
    @Test
    void areReportedAsInternalErrorsWithoutAStackTrace() {
      Quiz.Result result = run(quiz(), new NullPointerException("site"));

      assertEquals(1, result.code());
      assertEquals(
          List.of(
              "boom: internal error: java.lang.NullPointerException: site (this is a bug in "
                  + "quiz; set QUIZ_DEBUG=1 to see where it happened)"),
          result.errLines());
    }

    @Test
    void anExceptionWithoutAMessageIsAnInternalError() {
      Quiz.Result result = run(quiz(), new IllegalStateException());

      assertTrue(
          result.err().startsWith("boom: internal error: java.lang.IllegalStateException"),
          result::toString);
    }

    @Test
    void showTheStackTraceWhenDebugIsSet() {
      Quiz.Result result =
          run(quiz().withEnv(Map.of("QUIZ_DEBUG", "1")), new NullPointerException("site"));

      assertTrue(result.err().contains("\tat "), result::toString);
    }

    @Test
    void noStackTraceOtherwise() {
      Quiz.Result result = run(quiz(), new NullPointerException("site"));

      assertFalse(result.err().contains("\tat "), result::toString);
    }
  }
}

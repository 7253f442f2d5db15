package org.quizkit.core.progress;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.quizkit.core.response.Response;
import org.quizkit.core.schedule.Fsrs;

/**
 * A separate process for the crash and concurrency tests: records answers in a loop and prints
 * "saved QUESTION" only after {@link ProgressStore#record} has returned, that is after commit.
 *
 * <p>Arguments: database path, learner, question prefix, number of answers. Every answer is about
 * the fact "shared" and one of five facts of its own prefix.
 */
public final class ProgressWriter {
  private ProgressWriter() {}

  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    String learner = args[1];
    String prefix = args[2];
    int count = Integer.parseInt(args[3]);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Fsrs fsrs = Fsrs.withDefaults();
    try (ProgressStore store = ProgressStore.open(file)) {
      Instant start = Instant.parse("2026-01-01T00:00:00Z");
      for (int i = 0; i < count; i++) {
        String question = prefix + "-q" + i;
        Attempt attempt =
            new Attempt(
                learner,
                question,
                List.of("shared", prefix + "-fact" + (i % 5)),
                Response.Choice.of("o" + (i % 4)),
                i % 3 == 0 ? 0.0 : 1.0,
                start.plusSeconds(i));
        store.record(attempt, fsrs);
        out.println("saved " + question);
      }
    }
  }
}

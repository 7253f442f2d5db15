package org.quizkit.core.progress;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.quizkit.core.response.Response;
import org.quizkit.core.schedule.Fsrs;

/**
 * A separate process for the crash and concurrency tests of {@link ProgressStoreContract}: records
 * answers in a loop and prints "saved QUESTION" only after {@link ProgressStore#record} has
 * returned, that is after commit.
 *
 * <p>Arguments: the {@link StoreOpener} class, the store's location, learner, question prefix,
 * number of answers. Every answer is about the fact "shared" and one of five facts of its own
 * prefix.
 */
public final class ProgressWriter {
  private ProgressWriter() {}

  public static void main(String[] args) throws ReflectiveOperationException {
    StoreOpener opener =
        (StoreOpener) Class.forName(args[0]).getDeclaredConstructor().newInstance();
    String location = args[1];
    String learner = args[2];
    String prefix = args[3];
    int count = Integer.parseInt(args[4]);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Fsrs fsrs = Fsrs.withDefaults();
    try (ProgressStore store = opener.open(location)) {
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

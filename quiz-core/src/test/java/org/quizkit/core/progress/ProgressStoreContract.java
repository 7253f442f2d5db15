package org.quizkit.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quizkit.core.question.RandomQuestions;
import org.quizkit.core.response.Response;
import org.quizkit.core.schedule.Fsrs;
import org.quizkit.core.schedule.Memory;
import org.quizkit.core.schedule.Phase;
import org.quizkit.core.schedule.Rating;
import org.quizkit.core.schedule.Scheduler;

/**
 * What every progress store must do, whatever database it keeps its data in: a store module's tests
 * extend this class (as {@code SqliteStoreContractTests}, {@code PostgresStoreContractTests}) and
 * say how to make a fresh database and open a store on it. Real databases only: the point is to
 * find what a database really does under a killed writer and two writers at once.
 */
public abstract class ProgressStoreContract {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private final Fsrs fsrs = Fsrs.withDefaults();

  /** The database of the running test, from {@link #freshDatabase}. */
  private String location;

  /** Makes a new, empty database for one test (nothing there yet is fine) and says where it is. */
  protected abstract String freshDatabase() throws Exception;

  /** Opens stores on that database, here and in the writer processes. */
  protected abstract Class<? extends StoreOpener> opener();

  @BeforeEach
  void makeDatabase() throws Exception {
    location = freshDatabase();
  }

  /** A new store on the test's database. */
  protected final ProgressStore open() {
    try {
      return opener().getDeclaredConstructor().newInstance().open(location);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot make " + opener().getName(), e);
    }
  }

  private static Attempt attempt(String question, Response response, double score, Instant at) {
    return new Attempt("ada", question, List.of("lung-bone", "lung-liver"), response, score, at);
  }

  @Test
  void keepsEveryAttemptAcrossReopening() {
    List<Attempt> given =
        List.of(
            attempt("q1", Response.Choice.of("b", "a"), 1, T0),
            attempt("q2", new Response.Judgement(false), 0, T0.plusSeconds(5)),
            attempt("q3", new Response.Pairs(Map.of("1", "c", "2", "a")), 0.5, T0.plusSeconds(9)),
            attempt("q4", new Response.Sequence(List.of("c", "a", "b")), 1, T0.plusSeconds(12)),
            attempt(
                "q5", new Response.Text("the \"bones\", ünïcode 🦴\n"), 0, T0.plusNanos(20_001)));
    try (ProgressStore store = open()) {
      long previous = 0;
      for (Attempt a : given) {
        long id = store.record(a, fsrs);
        assertTrue(id > previous, "ids increase");
        previous = id;
      }
    }

    try (ProgressStore store = open()) {
      List<Attempt> kept = store.attempts("ada");
      assertEquals(given.subList(0, 4), kept.subList(0, 4));
      // Times are kept to the microsecond by every store.
      assertEquals(T0.plusNanos(20_000), kept.get(4).at());
      assertEquals(given.get(4).response(), kept.get(4).response());
      assertEquals(List.of("ada"), store.learners());
      assertEquals(List.of(), store.attempts("bob"));
    }
  }

  /** "I was right": an answer the learner counted as right comes back marked so, the others not. */
  @Test
  void keepsWhichAnswersTheLearnerCountedAsRightOnTheirOwnWord() {
    Attempt asGiven = attempt("q1", new Response.Text("bonse"), 0, T0);
    Attempt overridden =
        new Attempt(
            "ada",
            "q2",
            List.of("lung-bone"),
            new Response.Text("bonse"),
            1,
            T0.plusSeconds(5),
            true);
    try (ProgressStore store = open()) {
      store.record(asGiven, fsrs);
      store.record(overridden, fsrs);
    }

    try (ProgressStore store = open()) {
      List<Attempt> kept = store.attempts("ada");
      assertEquals(List.of(false, true), kept.stream().map(Attempt::overridden).toList());
      assertEquals(List.of(asGiven, overridden), kept);
    }
  }

  /** Any Unicode text, controls and characters outside the BMP included, as answer and fact ids. */
  @Test
  void keepsAnyTextOfAnAnswerAndOfItsFactIds() {
    List<String> texts = RandomQuestions.sample(RandomQuestions.anyText(30), 7L, 60);
    List<Attempt> given = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      given.add(
          new Attempt(
              "ada",
              "q" + i,
              text.isEmpty() ? List.of() : List.of(text, "f"),
              new Response.Text(text),
              i % 2,
              T0.plusSeconds(i)));
    }
    try (ProgressStore store = open()) {
      for (Attempt a : given) {
        store.record(a, fsrs);
      }
    }

    try (ProgressStore store = open()) {
      assertEquals(given, store.attempts("ada"));
      for (String text : texts) {
        if (!text.isEmpty()) {
          assertEquals(1, store.memory("ada", text).orElseThrow().reps(), text);
        }
      }
    }
  }

  @Test
  void reviewsTheMemoryOfEachFactWithTheRatingOfTheScore() {
    try (ProgressStore store = open()) {
      store.record(attempt("q1", Response.Choice.of("a"), 1, T0), fsrs);
      store.record(attempt("q2", Response.Choice.of("a"), 0, T0.plusSeconds(60)), fsrs);

      Memory expected =
          fsrs.review(
              fsrs.review(Memory.fresh(T0), Rating.GOOD, T0), Rating.AGAIN, T0.plusSeconds(60));
      assertEquals(expected, store.memory("ada", "lung-bone").orElseThrow());
      assertEquals(List.of("lung-bone", "lung-liver"), List.copyOf(store.memories("ada").keySet()));
      assertEquals(Phase.LEARNING, expected.phase());
      assertTrue(store.memory("bob", "lung-bone").isEmpty());
    }
  }

  @Test
  void savesNothingOfAnAnswerWhoseMemoryUpdateFails() {
    try (ProgressStore store = open()) {
      Scheduler failsOnSecondFact =
          new Scheduler() {
            private int calls;

            @Override
            public Memory review(Memory memory, Rating rating, Instant at) {
              if (++calls == 2) {
                throw new IllegalStateException("scheduler broke on the second fact");
              }
              return fsrs.review(memory, rating, at);
            }

            @Override
            public double retrievability(Memory memory, Instant at) {
              return fsrs.retrievability(memory, at);
            }
          };

      assertThrows(
          IllegalStateException.class,
          () -> store.record(attempt("q1", Response.Choice.of("a"), 1, T0), failsOnSecondFact));

      assertEquals(List.of(), store.attempts("ada"));
      assertEquals(Map.of(), store.memories("ada"));
      store.record(attempt("q2", Response.Choice.of("a"), 1, T0), fsrs);
      assertEquals(1, store.attempts("ada").size());
    }
  }

  @Test
  void listsDueFactsSoonestFirst() {
    try (ProgressStore store = open()) {
      store.record(new Attempt("ada", "q1", List.of("b"), Response.Choice.of("a"), 0, T0), fsrs);
      store.record(
          new Attempt("ada", "q2", List.of("a"), Response.Choice.of("a"), 0, T0.plusSeconds(5)),
          fsrs);
      store.record(new Attempt("ada", "q3", List.of("c"), Response.Choice.of("a"), 1, T0), fsrs);

      // Again: due a minute later; Good on a new fact: due ten minutes later.
      assertEquals(List.of(), store.due("ada", T0.plusSeconds(59)));
      assertEquals(List.of("b", "a"), store.due("ada", T0.plusSeconds(65)));
      assertEquals(List.of("b", "a", "c"), store.due("ada", T0.plusSeconds(600)));
    }
  }

  @Test
  void keepsLearnersApartAndListsThemInNameOrder() {
    try (ProgressStore store = open()) {
      for (String learner : List.of("zoë", "Ada", "ada", "bob")) {
        store.record(
            new Attempt(learner, "q-" + learner, List.of("f"), Response.Choice.of("a"), 1, T0),
            fsrs);
      }

      // By UTF-16 code units, whatever the database's collation: upper case before lower.
      assertEquals(List.of("Ada", "ada", "bob", "zoë"), store.learners());
      assertEquals(
          List.of("q-ada"), store.attempts("ada").stream().map(Attempt::questionId).toList());
      assertEquals(1, store.memory("Ada", "f").orElseThrow().reps());
    }
  }

  @Test
  void twoStoresWritingFromTwoThreadsLoseNothing() throws Exception {
    open().close();
    int each = 40;
    Thread[] writers = new Thread[2];
    Throwable[] failures = new Throwable[2];
    for (int w = 0; w < 2; w++) {
      int writer = w;
      writers[w] =
          new Thread(
              () -> {
                try (ProgressStore store = open()) {
                  for (int i = 0; i < each; i++) {
                    store.record(
                        new Attempt(
                            "ada",
                            "writer" + writer + "-q" + i,
                            List.of("shared"),
                            Response.Choice.of("a"),
                            1,
                            T0.plusSeconds(i)),
                        fsrs);
                  }
                } catch (Throwable t) {
                  failures[writer] = t;
                }
              });
      writers[w].start();
    }
    for (Thread writer : writers) {
      writer.join();
    }

    assertEquals(null, failures[0]);
    assertEquals(null, failures[1]);
    try (ProgressStore store = open()) {
      assertEquals(2 * each, store.attempts("ada").size());
      // Both writers update the same row; a lost update would show as fewer reviews.
      assertEquals(2 * each, store.memory("ada", "shared").orElseThrow().reps());
    }
  }

  // --- real processes: each writer is a child JVM on this test's class path

  private Process writer(String prefix, int count) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(
            java.toString(),
            "-cp",
            System.getProperty("java.class.path"),
            ProgressWriter.class.getName(),
            opener().getName(),
            location,
            "ada",
            prefix,
            Integer.toString(count))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }

  private static List<String> savedLines(BufferedReader out, int atLeast) throws IOException {
    List<String> saved = new ArrayList<>();
    String line;
    while (saved.size() < atLeast && (line = out.readLine()) != null) {
      saved.add(line.substring("saved ".length()));
    }
    return saved;
  }

  @Test
  void keepsEveryAnswerReportedSavedWhenTheWriterIsKilled() throws Exception {
    Process child = writer("k", 1_000_000);
    List<String> saved;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      saved = savedLines(out, 40);
      // SIGKILL on Unix: no shutdown hooks, no close. Through the handle, unlike
      // Process.destroyForcibly, so that our end of the pipe stays open to read what is left.
      child.toHandle().destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "killed writer ended");
      // Lines already in the pipe were also committed before they were printed.
      saved.addAll(savedLines(out, Integer.MAX_VALUE));
    }
    assertTrue(saved.size() >= 40, "saw " + saved.size() + " answers saved");

    try (ProgressStore store = open()) {
      List<String> stored = store.attempts("ada").stream().map(Attempt::questionId).toList();
      // At most the answer in flight when killed may be stored without having been reported.
      assertEquals(saved, stored.subList(0, saved.size()));
      assertTrue(stored.size() <= saved.size() + 1, stored.size() + " vs " + saved.size());
      for (int i = 0; i < stored.size(); i++) {
        assertEquals("k-q" + i, stored.get(i));
      }
      assertEquals(stored.size(), store.memory("ada", "shared").orElseThrow().reps());
    }
  }

  @Test
  void twoProcessesWritingAtOnceLoseNothing() throws Exception {
    int each = 60;
    Process first = writer("p1", each);
    Process second = writer("p2", each);

    for (Process child : List.of(first, second)) {
      child.getInputStream().transferTo(OutputStream.nullOutputStream());
      assertTrue(child.waitFor(60, TimeUnit.SECONDS), "writer ended");
      assertEquals(0, child.exitValue(), "writer exit code");
    }

    try (ProgressStore store = open()) {
      List<String> stored = store.attempts("ada").stream().map(Attempt::questionId).toList();
      assertEquals(2 * each, stored.size());
      assertEquals(each, stored.stream().filter(q -> q.startsWith("p1-")).count());
      assertEquals(2 * each, store.memory("ada", "shared").orElseThrow().reps());
    }
  }
}

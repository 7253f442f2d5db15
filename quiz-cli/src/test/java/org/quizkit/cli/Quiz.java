package org.quizkit.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import picocli.CommandLine.Help.Ansi;

/** Runs {@code quiz} in-process, as a test would type it, and keeps what it printed. */
final class Quiz {
  /**
   * Where progress goes when a test names no --data-dir: under target, never the real home folder
   * of whoever runs the tests.
   */
  static final Path TEST_DATA_HOME = Path.of("target", "test-data-home").toAbsolutePath();

  static final Instant START = Instant.parse("2026-11-24T09:00:00Z");

  private final Map<String, String> env;
  private final LongSupplier seeds;
  private final String input;
  private final Clock clock;

  private Quiz(Map<String, String> env, LongSupplier seeds, String input, Clock clock) {
    this.env = env;
    this.seeds = seeds;
    this.input = input;
    this.clock = clock;
  }

  /**
   * A run with no environment but a data folder under target, no input, a clock standing at {@link
   * #START}, and a seed source that fails the test if used.
   */
  static Quiz quiz() {
    return new Quiz(
        Map.of("XDG_DATA_HOME", TEST_DATA_HOME.toString()),
        () -> {
          throw new AssertionError("no seed should be drawn");
        },
        "",
        Clock.fixed(START, ZoneOffset.UTC));
  }

  /** Adds these variables to the environment. */
  Quiz withEnv(Map<String, String> more) {
    Map<String, String> merged = new LinkedHashMap<>(env);
    merged.putAll(more);
    return new Quiz(merged, seeds, input, clock);
  }

  Quiz withSeeds(LongSupplier seeds) {
    return new Quiz(env, seeds, input, clock);
  }

  /** Standard input: these lines, each ended by a line break. */
  Quiz withInput(String... lines) {
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line).append('\n');
    }
    return new Quiz(env, seeds, text.toString(), clock);
  }

  Quiz withClock(Clock clock) {
    return new Quiz(env, seeds, input, clock);
  }

  Context context(StringWriter out, StringWriter err) {
    return new Context(
        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out),
        new PrintWriter(err),
        env,
        seeds,
        Ansi.OFF,
        clock,
        false);
  }

  Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new Main(context(out, err)).run(args);
    return new Result(code, out.toString(), err.toString());
  }

  /** What one run returned and printed. */
  record Result(int code, String out, String err) {
    List<String> errLines() {
      return new ArrayList<>(err.lines().toList());
    }

    List<String> outLines() {
      return new ArrayList<>(out.lines().toList());
    }

    @Override
    public String toString() {
      return "exit " + code + "\n--- out:\n" + out + "--- err:\n" + err;
    }
  }

  /** A seed source that hands out fixed seeds and counts how often it was asked. */
  static final class CountingSeeds implements LongSupplier {
    private final long seed;
    int calls;

    CountingSeeds(long seed) {
      this.seed = seed;
    }

    @Override
    public long getAsLong() {
      calls++;
      return seed;
    }
  }
}

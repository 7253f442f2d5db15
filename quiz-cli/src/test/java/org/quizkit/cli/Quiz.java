package org.quizkit.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import picocli.CommandLine.Help.Ansi;

/** Runs {@code quiz} in-process, as a test would type it, and keeps what it printed. */
final class Quiz {
  private final Map<String, String> env;
  private final LongSupplier seeds;

  private Quiz(Map<String, String> env, LongSupplier seeds) {
    this.env = env;
    this.seeds = seeds;
  }

  /** A run with no environment and a seed source that fails the test if used. */
  static Quiz quiz() {
    return new Quiz(Map.of(), () -> {
      throw new AssertionError("no seed should be drawn");
    });
  }

  Quiz withEnv(Map<String, String> env) {
    return new Quiz(env, seeds);
  }

  Quiz withSeeds(LongSupplier seeds) {
    return new Quiz(env, seeds);
  }

  Context context(StringWriter out, StringWriter err) {
    return new Context(
        new ByteArrayInputStream(new byte[0]),
        new PrintWriter(out),
        new PrintWriter(err),
        env,
        seeds,
        Ansi.OFF);
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

package org.quizkit.cli;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.function.LongSupplier;
import picocli.CommandLine.Help.Ansi;

/**
 * What one run of {@code quiz} receives from the outside world. Everything a command reads or
 * writes goes through here, so tests can run any command in-process with string writers, a fixed
 * environment and a fixed seed source.
 *
 * @param in the standard input, for interactive commands
 * @param out the standard output
 * @param err the standard error, for diagnostics and notes such as the seed used
 * @param env the environment variables
 * @param seeds draws a seed when a command that needs one is not given {@code --seed}
 * @param ansi whether help and usage may use colour
 * @param clock the time, for timing quizzes and scheduling reviews
 * @param terminal whether standard input and output are both a terminal, so that a command may
 *     edit lines, page, and use colour and Unicode when the terminal takes them
 */
record Context(
    InputStream in,
    PrintWriter out,
    PrintWriter err,
    Map<String, String> env,
    LongSupplier seeds,
    Ansi ansi,
    Clock clock,
    boolean terminal) {
  Context {
    checkNotNull(in, "in");
    checkNotNull(out, "out");
    checkNotNull(err, "err");
    env = Map.copyOf(env);
    checkNotNull(seeds, "seeds");
    checkNotNull(ansi, "ansi");
    checkNotNull(clock, "clock");
  }

  /**
   * The context of the process: the system clock in UTC (every time shown is in UTC, and looking
   * up the local zone's rules cost about 10 ms of start-up), and a terminal when {@code in} is the process's
   * standard input and the JVM has a console (on Java 17, exactly when standard input and output
   * are both a terminal).
   */
  Context(
      InputStream in,
      PrintWriter out,
      PrintWriter err,
      Map<String, String> env,
      LongSupplier seeds,
      Ansi ansi) {
    this(
        in,
        out,
        err,
        env,
        seeds,
        ansi,
        Clock.systemUTC(),
        in == System.in && System.console() != null);
  }
}

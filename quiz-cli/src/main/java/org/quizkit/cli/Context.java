package org.quizkit.cli;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Suppliers;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.quizkit.content.QuizContent;
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
 * @param terminal whether standard input and output are both a terminal, so that a command may edit
 *     lines, page, and use colour and Unicode when the terminal takes them
 * @param builtIn the built-in content, made at most once per run (see {@link #preloadBuiltIn})
 */
record Context(
    InputStream in,
    PrintWriter out,
    PrintWriter err,
    Map<String, String> env,
    LongSupplier seeds,
    Ansi ansi,
    Clock clock,
    boolean terminal,
    Supplier<QuizContent> builtIn) {
  Context {
    checkNotNull(in, "in");
    checkNotNull(out, "out");
    checkNotNull(err, "err");
    env = Map.copyOf(env);
    checkNotNull(seeds, "seeds");
    checkNotNull(ansi, "ansi");
    checkNotNull(clock, "clock");
    checkNotNull(builtIn, "builtIn");
  }

  /** A context whose built-in content is loaded on first use. */
  Context(
      InputStream in,
      PrintWriter out,
      PrintWriter err,
      Map<String, String> env,
      LongSupplier seeds,
      Ansi ansi,
      Clock clock,
      boolean terminal) {
    this(in, out, err, env, seeds, ansi, clock, terminal, Suppliers.memoize(QuizContent::builtIn));
  }

  /**
   * Starts loading the built-in content on a thread of its own, so that it is ready, or nearly,
   * when the command asks for it. A command spends tens of milliseconds in picocli before it runs,
   * which the second core can spend reading the dataset. The first {@code get} waits for the load;
   * if the load fails, that {@code get} loads again and fails on the command's own thread, where
   * the failure is reported as usual.
   */
  void preloadBuiltIn() {
    Thread loader =
        new Thread(
            () -> {
              try {
                builtIn.get();
              } catch (RuntimeException e) {
                // Not reported here: the command's own get loads again and reports it.
              }
            },
            "quiz-content-preload");
    loader.setDaemon(true);
    loader.start();
  }

  /**
   * The context of the process: the system clock in UTC (every time shown is in UTC, and looking up
   * the local zone's rules cost about 10 ms of start-up), and a terminal when {@code in} is the
   * process's standard input and the JVM has a console (on Java 17, exactly when standard input and
   * output are both a terminal).
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

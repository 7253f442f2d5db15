package org.quizkit.cli;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.InputStream;
import java.io.PrintWriter;
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
 */
record Context(
    InputStream in,
    PrintWriter out,
    PrintWriter err,
    Map<String, String> env,
    LongSupplier seeds,
    Ansi ansi) {
  Context {
    checkNotNull(in, "in");
    checkNotNull(out, "out");
    checkNotNull(err, "err");
    env = Map.copyOf(env);
    checkNotNull(seeds, "seeds");
    checkNotNull(ansi, "ansi");
  }
}

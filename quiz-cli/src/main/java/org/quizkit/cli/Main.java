package org.quizkit.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.security.SecureRandom;
import java.util.function.LongSupplier;
import picocli.CommandLine.Help.Ansi;

/**
 * The {@code quiz} command. Exit codes: 0 success, 1 data or runtime error, 2 usage error.
 *
 * <p>Only {@link #main} touches the process (its streams, environment and exit status); {@link
 * #run} does the work against injected streams so that tests run it in-process.
 */
public final class Main {
  private final Context context;

  Main(Context context) {
    this.context = context;
  }

  /** Runs {@code quiz} with the process's streams and environment, then exits with its code. */
  public static void main(String[] args) {
    PrintWriter out = writer(System.out, "stdout.encoding");
    if (asksOnlyForVersion(args)) {
      // Before the context: building it loads picocli's colour support and the first lambda,
      // which together cost more than printing the version (bench/startup.sh measures this).
      printVersion(out);
      out.flush();
      System.exit(0);
    }
    PrintWriter err = writer(System.err, "stderr.encoding");
    Context context =
        new Context(System.in, out, err, System.getenv(), new FreshSeeds(), Ansi.AUTO);
    Commands.preloadFor(context, args);
    System.exit(new Main(context).run(args));
  }

  /**
   * Draws a seed from {@link SecureRandom}, built only when a command needs a seed, to keep
   * start-up light. The sign bit is cleared so the printed seed is a plain positive number to
   * retype.
   */
  private static final class FreshSeeds implements LongSupplier {
    @Override
    public long getAsLong() {
      return new SecureRandom().nextLong() & Long.MAX_VALUE;
    }
  }

  private static void printVersion(PrintWriter out) {
    for (String line : new VersionProvider().getVersion()) {
      out.println(line);
    }
  }

  /** Parses {@code args}, runs the command they name and returns the exit code; never throws. */
  int run(String... given) {
    // The tool itself writes "practise" (British, the verb); take it as the command's name
    // without listing a second command in the help.
    String[] args = given.clone();
    if (args.length > 0 && args[0].equals("practise")) {
      args[0] = "practice";
    }
    try {
      if (asksOnlyForVersion(args)) {
        // Answered without building the command tree, which costs picocli several hundred
        // milliseconds of reflection; `quiz --version` is the start-up benchmark.
        printVersion(context.out());
        return 0;
      }
      return Commands.treeFor(context, args).execute(args);
    } catch (RuntimeException e) {
      // picocli's execute never throws, so only building the tree can get here: a bug in quiz.
      context.err().println("quiz: " + Failures.describe(e).get(0));
      if (context.env().containsKey(Failures.DEBUG)) {
        e.printStackTrace(context.err());
      }
      return 1;
    } finally {
      context.out().flush();
      context.err().flush();
    }
  }

  private static boolean asksOnlyForVersion(String[] args) {
    return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
  }

  private static PrintWriter writer(PrintStream stream, String encodingProperty) {
    // Java 18+ defaults to UTF-8 whatever the terminal; the stream's own encoding property
    // (Java 19+) or the platform's (Java 17) says what the terminal expects.
    String name = System.getProperty(encodingProperty, System.getProperty("native.encoding"));
    Charset charset =
        name != null && Charset.isSupported(name)
            ? Charset.forName(name)
            : Charset.defaultCharset();
    return new PrintWriter(new OutputStreamWriter(stream, charset), true);
  }
}

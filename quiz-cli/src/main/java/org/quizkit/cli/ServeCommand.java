package org.quizkit.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.quizkit.core.seed.Seeds;
import org.quizkit.serve.QuizServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quiz serve}: the learner's features in a web browser. */
@Command(
    name = "serve",
    description = {
      "Practise, learn and review in a web browser.",
      "Practice, learning modules until mastery, reviews, modules and progress, as here. "
          + "Starts a small web server on this computer and prints its address; open it in a browser. "
          + "Your answers go to the same place as the other commands', so you can switch between "
          + "the browser and the terminal. Ctrl-C stops it.",
      "An open quiz is kept in DATA/serve-sessions across restarts; on start, the session files "
          + "not used for 30 days are removed.",
      "It listens on 127.0.0.1, this computer only. Another --host (such as 0.0.0.0) is your "
          + "explicit choice: anyone who can reach that address can then use it and your progress."
    })
final class ServeCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      description = "The address to listen on. Default: 127.0.0.1 (this computer only).")
  String host;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "8080",
      description = "The port to listen on; 0 takes any free port. Default: ${DEFAULT-VALUE}.")
  int port;

  @Mixin SeedOption seed;
  @Mixin DatasetOption dataset;
  @Mixin DataDirOption dataDir;
  @Mixin LearnerOption learner;

  ServeCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      context.err().println(spec.qualifiedName() + ": --port must be from 0 to 65535, not " + port);
      return 2;
    }
    QuizServer.Builder builder =
        QuizServer.builder()
            .content(dataset.content(context))
            .dataDirectory(dataDir.resolve(context.env()))
            .learner(learner.resolve(context.env()))
            .port(port)
            .seeds(seeds())
            .clock(context.clock().withZone(When.zone(context)));
    if (host != null) {
      builder.host(host);
      if (!QuizServer.loopback(host)) {
        context
            .err()
            .println(
                "quiz serve: listening on "
                    + host
                    + ", beyond this computer, as --host asks: anyone who can reach it can use it");
      }
    }
    QuizServer server = builder.build().start();
    Thread stopper = new Thread(server::close, "quiz-serve-stop");
    Runtime.getRuntime().addShutdownHook(stopper);
    context.out().println("Learn in your browser at " + server.uri() + "  (Ctrl-C stops)");
    context.out().flush();
    boolean interrupted = false;
    try {
      server.join();
    } catch (InterruptedException e) {
      // Stopped by the thread that runs this command (a test, an embedding program).
      interrupted = true;
    } finally {
      server.close();
      try {
        Runtime.getRuntime().removeShutdownHook(stopper);
      } catch (IllegalStateException e) {
        // Shutting down already: the hook is running.
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  /** With --seed, seeds derived from it in turn (repeatable runs); else the context's. */
  private LongSupplier seeds() {
    if (seed.seed == null) {
      return context.seeds();
    }
    long given = seed.seed;
    AtomicLong next = new AtomicLong();
    return () -> Seeds.derive(given, next.getAndIncrement());
  }
}

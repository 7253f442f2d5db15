package org.quizkit.serve;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.quizkit.content.QuizContent;
import org.quizkit.content.dataset.Section;
import org.quizkit.core.progress.DataDirectory;
import org.quizkit.web.page.Pages;

/**
 * {@code quiz serve}: a local web application where a learner practises, learns module by module
 * until mastery, reviews what is due and sees modules and progress, on the same progress store and
 * rules as the terminal's commands.
 *
 * <pre>{@code
 * try (QuizServer server = QuizServer.builder()
 *     .content(QuizContent.builtIn())
 *     .dataDirectory(Path.of("/home/ann/.local/share/quiz"))
 *     .learner("ann")
 *     .port(0)
 *     .build()
 *     .start()) {
 *   System.out.println(server.uri());
 *   server.join();
 * }
 * }</pre>
 *
 * <p>Listens on {@code 127.0.0.1} unless another host is given; a host beyond this computer is then
 * the caller's choice. Thread-safe: requests are served one at a time.
 */
public final class QuizServer implements AutoCloseable {
  /** The most questions a practice asks. */
  static final int MAX_COUNT = 100;

  /** The folder of the data directory that holds the open sessions. */
  static final String SESSIONS = "serve-sessions";

  private final String host;
  private final int port;
  private final Routes routes;
  private final Store store;
  private Javalin app;

  private QuizServer(Builder builder) {
    this.host = builder.host;
    this.port = builder.port;
    this.store = new Store(DataDirectory.database(builder.dataDirectory), builder.learner);
    Flows flows = new Flows(builder.content, store, builder.clock);
    Map<String, String> titles =
        builder.content.dataset().sections().stream()
            .collect(Collectors.toMap(Section::id, Section::title, (a, b) -> a));
    Views views = new Views(Pages.create().withSectionTitles(titles), builder.clock.getZone());
    Sessions sessions = new Sessions(builder.dataDirectory.resolve(SESSIONS), builder.clock);
    sessions.removeUntouched();
    this.routes = new Routes(flows, views, sessions, builder.seeds, builder.clock);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts listening.
   *
   * @throws IllegalStateException when already started
   * @throws io.javalin.util.JavalinBindException when the port is taken
   */
  public synchronized QuizServer start() {
    checkState(app == null, "the server is started already");
    Javalin created =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.http.maxRequestSize = 64 * 1024;
              routes.addTo(config.routes, loopback(host));
            });
    app = created.start(host, port);
    routes.listeningOn(app.port());
    return this;
  }

  /** The port listened on (the one given, or the free one taken for port 0). */
  public synchronized int port() {
    checkState(app != null, "the server is not started");
    return app.port();
  }

  /** The address of the home page, such as {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    String shown = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + shown + ":" + port() + "/");
  }

  /** Waits until the server is stopped (by {@link #close} from another thread). */
  public void join() throws InterruptedException {
    Javalin running;
    synchronized (this) {
      running = app;
    }
    if (running != null) {
      running.jettyServer().server().join();
    }
  }

  /** Stops listening and closes the progress store; open sessions stay saved. */
  @Override
  public synchronized void close() {
    if (app != null) {
      app.stop();
      app = null;
    }
    routes.close();
    store.close();
  }

  /** Whether {@code host} names this computer only. */
  public static boolean loopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** How a server is set up. */
  public static final class Builder {
    private QuizContent content;
    private Path dataDirectory;
    private String learner = "learner";
    private String host = "127.0.0.1";
    private int port = 8080;
    private LongSupplier seeds = new SecureRandom()::nextLong;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** The questions and modules served. */
    public Builder content(QuizContent content) {
      this.content = checkNotNull(content, "content");
      return this;
    }

    /**
     * The data directory: its progress database (the terminal's) and the open sessions of the
     * browser, in a folder of their own.
     */
    public Builder dataDirectory(Path dataDirectory) {
      this.dataDirectory = checkNotNull(dataDirectory, "dataDirectory");
      return this;
    }

    /** Whose progress to read and record. */
    public Builder learner(String learner) {
      checkNotNull(learner, "learner");
      checkArgument(!learner.isBlank(), "the learner's name is blank");
      this.learner = learner.strip();
      return this;
    }

    /**
     * The host to listen on. Default {@code 127.0.0.1}; any other is the caller's explicit choice,
     * and one beyond this computer lets anyone who can reach it use the server and its progress.
     */
    public Builder host(String host) {
      checkNotNull(host, "host");
      checkArgument(!host.isBlank(), "the host is blank");
      this.host = host.strip();
      return this;
    }

    /** The port to listen on, 0 for any free one. Default 8080. */
    public Builder port(int port) {
      checkArgument(port >= 0 && port <= 65535, "port %s is not from 0 to 65535", port);
      this.port = port;
      return this;
    }

    /**
     * Draws the seed of each quiz. Default: a {@link SecureRandom}, since a quiz's seed is its
     * answer key; a fixed source makes runs repeatable, for tests.
     */
    public Builder seeds(LongSupplier seeds) {
      this.seeds = checkNotNull(seeds, "seeds");
      return this;
    }

    /**
     * The time, for recording answers and telling what is due, and the zone times are shown in.
     * Default: the system clock, in UTC.
     */
    public Builder clock(Clock clock) {
      this.clock = checkNotNull(clock, "clock");
      return this;
    }

    /**
     * The server, not started yet.
     *
     * @throws IllegalStateException without content or a data directory
     * @throws org.quizkit.core.progress.ProgressStoreException for a progress database that is
     *     foreign or damaged (left untouched)
     */
    public QuizServer build() {
      checkState(content != null, "no content given");
      checkState(dataDirectory != null, "no data directory given");
      return new QuizServer(this);
    }
  }

  static void redirect(Context ctx, String path) {
    ctx.redirect(path, HttpStatus.SEE_OTHER);
  }
}

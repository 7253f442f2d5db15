package org.quizkit.serve;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import org.quizkit.content.learner.Masteries;
import org.quizkit.content.learner.Selections;
import org.quizkit.content.module.LearningModule;
import org.quizkit.content.module.Mastery;
import org.quizkit.core.delivery.DeliveredQuiz;
import org.quizkit.core.delivery.ResponseException;
import org.quizkit.core.question.Kind;
import org.quizkit.core.schedule.Forecast;
import org.quizkit.core.schedule.Memory;
import org.quizkit.web.page.FeedbackLinks;
import org.quizkit.web.page.Form;
import org.quizkit.web.page.Pages;
import org.quizkit.web.page.Posted;

/**
 * The routes of the server and what each does. Every request is served under one lock: a local
 * server has one learner, and the progress store and session files are then never raced.
 */
final class Routes {
  static final String COOKIE = "quiz_session";

  /** Kept for 30 days, so that closing the browser does not lose an open quiz. */
  private static final int COOKIE_SECONDS = 30 * 24 * 3600;

  private static final String CSP =
      "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; "
          + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private final Flows flows;
  private final Views views;
  private final Sessions sessions;
  private final LongSupplier seeds;
  private final Clock clock;
  private volatile int port = -1;

  Routes(Flows flows, Views views, Sessions sessions, LongSupplier seeds, Clock clock) {
    this.flows = flows;
    this.views = views;
    this.sessions = sessions;
    this.seeds = seeds;
    this.clock = clock;
  }

  void listeningOn(int port) {
    this.port = port;
  }

  void close() {}

  /** Adds every route; {@code loopback}: refuse requests naming another host (DNS rebinding). */
  void addTo(RoutesConfig routes, boolean loopback) {
    routes.before(
        ctx -> {
          ctx.header("Content-Security-Policy", CSP);
          ctx.header("X-Content-Type-Options", "nosniff");
          ctx.header("Referrer-Policy", "no-referrer");
          ctx.header("X-Frame-Options", "DENY");
          ctx.header("Cache-Control", "no-store");
          if (loopback && !localHost(ctx.header("Host"))) {
            ctx.status(HttpStatus.MISDIRECTED_REQUEST)
                .html(
                    views.message(
                        "Wrong address",
                        "",
                        "This server answers only at 127.0.0.1 or localhost.",
                        "http://127.0.0.1:" + port + "/",
                        "Go to the start page"));
            ctx.skipRemainingHandlers();
          }
        });
    routes.get(
        "/assets/" + Pages.STYLESHEET_FILE,
        ctx -> ctx.contentType("text/css; charset=utf-8").result(views.pages().stylesheet()));
    routes.get(
        "/assets/" + Pages.SCRIPT_FILE,
        ctx -> ctx.contentType("text/javascript; charset=utf-8").result(views.pages().script()));
    routes.get("/", ctx -> page(ctx, this::home));
    routes.get("/practice", ctx -> page(ctx, this::practiceForm));
    routes.post("/practice", ctx -> form(ctx, this::startPractice));
    routes.get("/learn", ctx -> page(ctx, this::learnNext));
    routes.get("/learn/{module}", ctx -> page(ctx, this::lesson));
    routes.post("/learn/{module}", ctx -> form(ctx, this::startLearning));
    routes.get("/review", ctx -> page(ctx, this::reviewStart));
    routes.post("/review", ctx -> form(ctx, this::startReview));
    routes.get("/modules", ctx -> page(ctx, (c, s) -> c.html(views.modules(flows.masteries()))));
    routes.get("/progress", ctx -> page(ctx, this::progress));
    routes.get("/quiz", ctx -> page(ctx, this::quiz));
    routes.post("/quiz/answer", ctx -> form(ctx, this::answer));
    routes.post("/quiz/next", ctx -> form(ctx, this::next));
    routes.post("/quiz/right", ctx -> form(ctx, this::countAsRight));
    routes.post("/quiz/stop", ctx -> form(ctx, this::stop));
    routes.error(
        404,
        "html",
        ctx ->
            ctx.html(
                views.message(
                    "Page not found",
                    "",
                    "There is no page at this address.",
                    "/",
                    "Go to the start page")));
    routes.exception(
        Exception.class,
        (e, ctx) ->
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .html(
                    views.message(
                        "Something went wrong",
                        "",
                        "The server could not do that: "
                            + Optional.ofNullable(e.getMessage()).orElse(e.getClass().getName()),
                        "/",
                        "Go to the start page")));
  }

  private boolean localHost(String header) {
    if (header == null) {
      return false;
    }
    return Set.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port).contains(header);
  }

  /** A handler of a page a browser asks for. */
  private interface Action {
    void handle(Context ctx, Session session);
  }

  /** Serves a GET: the session of the cookie, or a new one. */
  private synchronized void page(Context ctx, Action action) {
    Session session =
        sessions
            .find(ctx.cookie(COOKIE))
            .orElseGet(
                () -> {
                  Session created = sessions.create();
                  ctx.header(
                      "Set-Cookie",
                      COOKIE
                          + "="
                          + created.id()
                          + "; Path=/; Max-Age="
                          + COOKIE_SECONDS
                          + "; HttpOnly; SameSite=Strict");
                  return created;
                });
    action.handle(ctx, session);
  }

  /** Serves a POST: only with the session's cookie and its token, else 403. */
  private synchronized void form(Context ctx, Action action) {
    Optional<Session> session = sessions.find(ctx.cookie(COOKIE));
    if (session.isEmpty() || !Sessions.tokenMatches(session.get(), ctx.formParam("csrf"))) {
      ctx.status(HttpStatus.FORBIDDEN)
          .html(
              views.message(
                  "Form refused",
                  "",
                  "This form was not sent from a page of this session (its token is missing or"
                      + " wrong), so nothing was done. Open the start page and try again.",
                  "/",
                  "Go to the start page"));
      return;
    }
    action.handle(ctx, session.get());
  }

  private void home(Context ctx, Session session) {
    Optional<String> carryOn =
        session
            .run()
            .filter(run -> !run.done())
            .map(run -> "Carry on with your " + what(run) + " where you stopped");
    ctx.html(views.home(carryOn, flows.masteries().firstNotMastered()));
  }

  private static String what(Run run) {
    return switch (run.flow()) {
      case PRACTICE -> "practice";
      case LEARN -> "lesson";
      case REVIEW -> "review";
    };
  }

  private void practiceForm(Context ctx, Session session) {
    ctx.html(
        views.practiceForm(
            session.csrf(),
            flows.content().modules(),
            new Views.PracticeChoices("10", "", List.of(), false),
            Optional.empty()));
  }

  private void startPractice(Context ctx, Session session) {
    String count = Optional.ofNullable(ctx.formParam("count")).orElse("").strip();
    String module = Optional.ofNullable(ctx.formParam("module")).orElse("").strip();
    List<String> kindIds = ctx.formParams("kinds").stream().map(String::strip).toList();
    List<String> weakValues = ctx.formParams("weak");
    boolean weak = weakValues.contains("yes");
    Views.PracticeChoices choices = new Views.PracticeChoices(count, module, kindIds, weak);
    Optional<String> problem = Optional.empty();
    int n = 0;
    try {
      n = Integer.parseInt(count);
    } catch (NumberFormatException e) {
      problem =
          Optional.of(
              count.isEmpty()
                  ? "Give the number of questions, a whole number from 1 to "
                      + QuizServer.MAX_COUNT
                      + "."
                  : "Give the number of questions as a whole number: '" + count + "' is not one.");
    }
    if (problem.isEmpty() && (n < 1 || n > QuizServer.MAX_COUNT)) {
      problem =
          Optional.of(
              "Ask for 1 to "
                  + QuizServer.MAX_COUNT
                  + " questions: "
                  + n
                  + " is not in that range.");
    }
    if (problem.isEmpty() && !module.isEmpty() && flows.module(module).isEmpty()) {
      problem = Optional.of("There is no module '" + module + "': choose one from the list.");
    }
    Set<Kind> kinds = new LinkedHashSet<>();
    for (String id : kindIds) {
      if (problem.isEmpty()) {
        try {
          kinds.add(Kind.fromId(id));
        } catch (IllegalArgumentException e) {
          problem =
              Optional.of(
                  "There is no kind of question '"
                      + id
                      + "': tick some of "
                      + Kind.knownIds()
                      + ", or none for every kind.");
        }
      }
    }
    Optional<String> notYes = weakValues.stream().filter(v -> !v.equals("yes")).findFirst();
    if (problem.isEmpty() && notYes.isPresent()) {
      problem =
          Optional.of(
              "Weak facts first is ticked or not: '"
                  + notYes.get()
                  + "' is neither (a ticked box sends 'yes').");
    }
    Optional<Run> run =
        problem.isEmpty()
            ? flows.practice(module, n, List.copyOf(kinds), weak, seeds.getAsLong())
            : Optional.empty();
    if (problem.isEmpty() && run.isEmpty()) {
      problem =
          Optional.of("No questions match these choices: choose another module or other kinds.");
    }
    if (problem.isPresent()) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT)
          .html(views.practiceForm(session.csrf(), flows.content().modules(), choices, problem));
      return;
    }
    start(ctx, session, run.get());
  }

  private void start(Context ctx, Session session, Run run) {
    sessions.save(session.with(run));
    QuizServer.redirect(ctx, "/quiz");
  }

  private void learnNext(Context ctx, Session session) {
    Optional<LearningModule> next = flows.masteries().firstNotMastered();
    if (next.isPresent()) {
      QuizServer.redirect(ctx, "/learn/" + next.get().id());
      return;
    }
    ctx.html(
        views.message(
            "Learn",
            "/learn",
            "You have mastered every module. Keep them fresh with a review.",
            "/review",
            "Review"));
  }

  private Optional<LearningModule> moduleOf(Context ctx) {
    Optional<LearningModule> module = flows.module(ctx.pathParam("module"));
    if (module.isEmpty()) {
      ctx.status(HttpStatus.NOT_FOUND)
          .html(
              views.message(
                  "No such module",
                  "/learn",
                  "There is no module '" + ctx.pathParam("module") + "'.",
                  "/modules",
                  "See the modules"));
    }
    return module;
  }

  private void lesson(Context ctx, Session session) {
    moduleOf(ctx)
        .ifPresent(
            module -> ctx.html(views.lesson(module, flows.masteries().of(module), session.csrf())));
  }

  private void startLearning(Context ctx, Session session) {
    Optional<LearningModule> module = moduleOf(ctx);
    if (module.isEmpty()) {
      return;
    }
    Optional<Run> run = flows.learn(module.get(), seeds.getAsLong());
    if (run.isEmpty()) {
      ctx.html(
          views.message(
              module.get().title(),
              "/learn",
              "This module has no questions in this dataset.",
              "/modules",
              "See the modules"));
      return;
    }
    start(ctx, session, run.get());
  }

  private void reviewStart(Context ctx, Session session) {
    Instant now = clock.instant();
    List<String> due = flows.store().due(now);
    if (due.isEmpty()) {
      Map<String, Memory> memories = flows.store().memories();
      ctx.html(views.nothingDue(nextDue(memories), forecast(memories, now)));
      return;
    }
    long preview = seeds.getAsLong();
    int questions = Selections.questionsFor(due, flows.content().bank(preview), preview).size();
    ctx.html(views.reviewStart(session.csrf(), due.size(), questions));
  }

  private void startReview(Context ctx, Session session) {
    Optional<Run> run = flows.review(Integer.MAX_VALUE, seeds.getAsLong());
    if (run.isEmpty()) {
      QuizServer.redirect(ctx, "/review");
      return;
    }
    start(ctx, session, run.get());
  }

  private void progress(Context ctx, Session session) {
    Map<String, Memory> memories = flows.store().memories();
    ctx.html(
        views.progress(
            flows.store().learner(),
            flows.masteries(),
            memories.size(),
            flows.store().due(clock.instant()).size(),
            nextDue(memories)));
  }

  private static Optional<Instant> nextDue(Map<String, Memory> memories) {
    return memories.values().stream().map(Memory::due).min(Instant::compareTo);
  }

  private String forecast(Map<String, Memory> memories, Instant now) {
    return Forecast.of(memories.values().stream().map(Memory::due).toList(), now, clock.getZone())
        .describe();
  }

  private void quiz(Context ctx, Session session) {
    if (session.run().isEmpty()) {
      QuizServer.redirect(ctx, "/");
      return;
    }
    Run run = session.run().get();
    if (run.done()) {
      ctx.html(summary(run, session));
      return;
    }
    DeliveredQuiz quiz = flows.delivered(run);
    String viewId = flows.current(run).orElseThrow();
    if (run.answered()) {
      ctx.html(feedbackPage(run, session, quiz, viewId));
      return;
    }
    ctx.html(questionPage(run, session, quiz, viewId, Optional.empty(), Map.of()));
  }

  private String title(Run run) {
    return switch (run.flow()) {
      case PRACTICE -> "Practice";
      case LEARN ->
          flows.module(run.module()).map(LearningModule::title).orElse("Learn")
              + (run.round() > 1 ? ", round " + run.round() : "");
      case REVIEW -> run.round() > 1 ? "Review: once more, what you missed" : "Review";
    };
  }

  private static String section(Run run) {
    return switch (run.flow()) {
      case PRACTICE -> "/practice";
      case LEARN -> "/learn";
      case REVIEW -> "/review";
    };
  }

  private String questionPage(
      Run run,
      Session session,
      DeliveredQuiz quiz,
      String viewId,
      Optional<Posted.Hint> hint,
      Map<String, List<String>> posted) {
    Form form = new Form("/quiz/answer", session.csrf());
    String html =
        hint.isPresent()
            ? views.pages().questionForm(quiz, viewId, form, hint.get(), posted)
            : views.pages().questionForm(quiz, viewId, form);
    String note =
        run.position() == 0 && run.round() == 1 && !run.answered()
            ? flows.shortfall(run).map(Views::paragraph).orElse("")
            : "";
    String main =
        note
            + html
            + Views.button("/quiz/stop", session.csrf(), "Stop here (your answers are kept)");
    return views.page(title(run), section(run), main);
  }

  private String feedbackPage(Run run, Session session, DeliveredQuiz quiz, String viewId) {
    StringBuilder main = new StringBuilder();
    // The question answered, then the terminal's words for partial credit too, through Pages.
    main.append(views.pages().answered(quiz, viewId));
    main.append(views.pages().feedback(quiz, viewId, run.response(), FeedbackLinks.none()));
    if (flows.held(run)) {
      main.append(
          Views.button(
              "/quiz/right",
              session.csrf(),
              "My typed answer was right: count it (saved as your own word)"));
    } else if (flows.countedAsRight(run)) {
      main.append(Views.paragraph("Counted as right, on your word."));
    }
    if (run.flow() == Run.Flow.LEARN) {
      main.append(Views.paragraph("Your mastery: " + flows.mastery(run).describe() + "."));
    }
    boolean last = run.position() + 1 >= quiz.ids().size();
    main.append(Views.button("/quiz/next", session.csrf(), last ? "Go on" : "Next question"));
    return views.page(title(run), section(run), main.toString());
  }

  private String summary(Run run, Session session) {
    StringBuilder main = new StringBuilder();
    double total = run.scores().stream().mapToDouble(Double::doubleValue).sum();
    main.append(
        Views.paragraph(
            "You answered "
                + run.scores().size()
                + (run.scores().size() == 1 ? " question" : " questions")
                + " and scored "
                + number(total)
                + " of "
                + run.scores().size()
                + "."));
    switch (run.flow()) {
      case PRACTICE ->
          main.append("<p>").append(Views.link("/practice", "Practise again")).append("</p>\n");
      case LEARN -> {
        Mastery mastery = flows.mastery(run);
        main.append(Views.paragraph("Mastery: " + mastery.describe() + "."));
        if (!mastery.reached()) {
          main.append("<p>")
              .append(Views.link("/learn/" + run.module(), "Carry on with this module"))
              .append("</p>\n");
        } else {
          main.append(Views.paragraph("You have mastered this module."));
          Masteries after = flows.masteries();
          after
              .firstNotMastered()
              .ifPresentOrElse(
                  next ->
                      main.append("<p>Next: ")
                          .append(Views.link("/learn/" + next.id(), next.title()))
                          .append("</p>\n"),
                  () ->
                      main.append("<p>Every module is mastered. Keep them fresh: ")
                          .append(Views.link("/review", "review"))
                          .append(".</p>\n"));
        }
      }
      case REVIEW -> {
        Instant now = clock.instant();
        int stillDue = flows.store().due(now).size();
        main.append(
            Views.paragraph(
                stillDue == 0
                    ? "Nothing is due now."
                    : stillDue + (stillDue == 1 ? " fact is" : " facts are") + " due now."));
        main.append(Views.paragraph("Coming up: " + forecast(flows.store().memories(), now) + "."));
        main.append("<p>").append(Views.link("/modules", "See the modules")).append("</p>\n");
      }
    }
    return views.page(title(run) + ": summary", section(run), main.toString());
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.format("%.2f", value);
  }

  private void answer(Context ctx, Session session) {
    Optional<Run> open = session.run().filter(run -> !run.done() && !run.answered());
    if (open.isEmpty()) {
      QuizServer.redirect(ctx, "/quiz");
      return;
    }
    Run run = open.get();
    DeliveredQuiz quiz = flows.delivered(run);
    String viewId = flows.current(run).orElseThrow();
    if (!viewId.equals(ctx.formParam("question"))) {
      // An answer to a question already answered (a second click, the back button).
      QuizServer.redirect(ctx, "/quiz");
      return;
    }
    Map<String, List<String>> posted = ctx.formParamMap();
    Posted read = views.pages().read(quiz, viewId, posted);
    if (read instanceof Posted.Hint hint) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT)
          .html(questionPage(run, session, quiz, viewId, Optional.of(hint), posted));
      return;
    }
    Run answered;
    try {
      answered = flows.answer(run, viewId, ((Posted.Answer) read).responseJson());
    } catch (ResponseException e) {
      Posted.Hint hint = new Posted.Hint("That answer could not be read: " + e.getMessage());
      ctx.status(HttpStatus.BAD_REQUEST)
          .html(questionPage(run, session, quiz, viewId, Optional.of(hint), posted));
      return;
    }
    sessions.save(session.with(answered));
    QuizServer.redirect(ctx, "/quiz");
  }

  private void countAsRight(Context ctx, Session session) {
    session
        .run()
        .filter(flows::held)
        .ifPresent(run -> sessions.save(session.with(flows.countAsRight(run))));
    QuizServer.redirect(ctx, "/quiz");
  }

  private void next(Context ctx, Session session) {
    session
        .run()
        .filter(run -> !run.done() && run.answered())
        .ifPresent(
            run -> {
              flows.keep(run);
              sessions.save(session.with(flows.next(run)));
            });
    QuizServer.redirect(ctx, "/quiz");
  }

  private void stop(Context ctx, Session session) {
    session
        .run()
        .filter(run -> !run.done())
        .ifPresent(
            run -> {
              flows.keep(run);
              sessions.save(session.with(run.finished()));
            });
    QuizServer.redirect(ctx, "/quiz");
  }
}

package org.quizkit.serve;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quizkit.content.QuizContent;
import org.quizkit.content.learner.Masteries;
import org.quizkit.content.learner.Selections;
import org.quizkit.core.delivery.DeliveredQuiz;
import org.quizkit.core.progress.DataDirectory;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Question;
import org.quizkit.core.scoring.Feedback;
import org.quizkit.store.sqlite.SqliteStore;

class QuizServerTests {
  /** The first seed drawn: long enough that no page holds its digits by chance. */
  private static final long SEED = 7303198437152301011L;

  private static QuizContent content;

  @TempDir Path data;
  private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T09:00:00Z"));
  private final AtomicLong seeds = new AtomicLong(SEED);
  private final List<QuizServer> servers = new ArrayList<>();

  @BeforeAll
  static void load() {
    content = QuizContent.builtIn();
  }

  @AfterEach
  void stop() {
    servers.forEach(QuizServer::close);
  }

  private QuizServer server() {
    QuizServer server =
        QuizServer.builder()
            .content(content)
            .dataDirectory(data)
            .learner("ann")
            .port(0)
            .seeds(seeds::getAndIncrement)
            .clock(clock)
            .build()
            .start();
    servers.add(server);
    return server;
  }

  private static List<Map.Entry<String, String>> fields(String... pairs) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.add(Map.entry(pairs[i], pairs[i + 1]));
    }
    return out;
  }

  private static Browser.Page startPractice(Browser browser, int count) {
    String csrf = browser.open("/practice").csrf();
    return browser.submit("/practice", fields("csrf", csrf, "count", "" + count, "module", ""));
  }

  /** The question the browser's session is at, as the server holds it (key included). */
  private Question current(Browser browser) {
    Run run =
        new Sessions(data.resolve(QuizServer.SESSIONS), clock)
            .find(browser.cookie)
            .orElseThrow()
            .run()
            .orElseThrow();
    Flows flows = new Flows(content, new Store(data.resolve("elsewhere.db"), "x"), clock);
    DeliveredQuiz quiz = flows.delivered(run);
    return quiz.question(flows.current(run).orElseThrow()).orElseThrow();
  }

  @Test
  void everyRouteAnswersWithAPageAndTheSecurityHeaders() {
    QuizServer server = server();
    assertEquals("127.0.0.1", server.uri().getHost());
    Browser browser = new Browser(server.uri());
    Browser.Page home = browser.get("/");
    assertEquals(200, home.status());
    String cookie = home.header("set-cookie");
    assertAll(
        () -> assertTrue(cookie.contains("HttpOnly"), cookie),
        () -> assertTrue(cookie.contains("SameSite=Strict"), cookie),
        () -> assertTrue(home.header("content-security-policy").contains("frame-ancestors 'none'")),
        () -> assertFalse(home.header("content-security-policy").contains("unsafe-inline")),
        () -> assertEquals("nosniff", home.header("x-content-type-options")),
        () -> assertEquals("no-referrer", home.header("referrer-policy")));
    String first = content.modules().get(0).id();
    for (String path :
        List.of(
            "/practice",
            "/learn/" + first,
            "/review",
            "/modules",
            "/progress",
            "/assets/quizkit.css",
            "/assets/quizkit.js")) {
      Browser.Page page = browser.get(path);
      assertEquals(200, page.status(), path);
      assertTrue(page.header("content-security-policy").contains("default-src 'none'"), path);
    }
    assertEquals("/learn/" + first, browser.get("/learn").header("location"));
    assertEquals("/", browser.get("/quiz").header("location"));
    assertTrue(browser.get("/modules").body().contains(content.modules().get(0).title()));
    assertEquals(404, browser.get("/nowhere").status());
    assertEquals(404, browser.get("/learn/no-such-module").status());
  }

  @Test
  void postsWithoutTheSessionsTokenAreRefusedAndChangeNothing() {
    QuizServer server = server();
    Browser browser = new Browser(server.uri());
    String csrf = browser.open("/practice").csrf();
    Browser.Page none = browser.post("/practice", fields("count", "3"));
    Browser.Page wrong = browser.post("/practice", fields("csrf", csrf + "x", "count", "3"));
    Browser stranger = new Browser(server.uri());
    Browser.Page foreign = stranger.post("/practice", fields("csrf", csrf, "count", "3"));
    for (Browser.Page page : List.of(none, wrong, foreign)) {
      assertEquals(403, page.status());
      assertTrue(page.body().contains("token is missing or wrong"), page.body());
    }
    assertEquals("/", browser.get("/quiz").header("location"), "no quiz was started");
  }

  @Test
  void aPracticeAsksEachQuestionThenGivesFeedbackThenASummaryAndRecordsEveryAnswer() {
    QuizServer server = server();
    Browser browser = new Browser(server.uri());
    Browser.Page page = startPractice(browser, 3);
    for (int i = 1; i <= 3; i++) {
      assertTrue(page.body().contains("Question " + i + " of 3"), page.body());
      String stem = Jsoup.parse(page.body()).select("legend .stem").text();
      Browser.Page feedback = browser.submit("/quiz/answer", Answers.some(page.body()));
      assertEquals(200, feedback.status());
      assertTrue(feedback.body().contains("id=\"feedback\""), feedback.body());
      assertEquals(stem, Jsoup.parse(feedback.body()).select(".answered .stem").text());
      page = browser.submit("/quiz/next", fields("csrf", feedback.csrf()));
    }
    assertTrue(page.body().contains("You answered 3 questions"), page.body());
    try (var store = SqliteStore.open(DataDirectory.database(data))) {
      assertEquals(3, store.attempts("ann").size());
    }
  }

  @Test
  void aPracticeAskingForMoreQuestionsThanThereAreSaysSoOnItsFirstQuestionOnly() {
    QuizServer server = server();
    Browser browser = new Browser(server.uri());
    String module = content.modules().get(0).id();
    String csrf = browser.open("/practice").csrf();
    Browser.Page first =
        browser.submit("/practice", fields("csrf", csrf, "count", "100", "module", module));
    String text = Jsoup.parse(first.body()).text();
    Matcher of = Pattern.compile("Question 1 of (\\d+)").matcher(text);
    assertTrue(of.find(), text);
    int size = Integer.parseInt(of.group(1));
    assertTrue(size < 100, text);
    // The terminal's words (Shortfall), before the question.
    Matcher note =
        Pattern.compile(
                "Only "
                    + size
                    + " questions (match these options|can share a quiz under the assembly"
                    + " rules .*?), not 100\\. Question 1 of")
            .matcher(text);
    assertTrue(note.find(), text);
    Browser.Page feedback = browser.submit("/quiz/answer", Answers.some(first.body()));
    Browser.Page second = browser.submit("/quiz/next", fields("csrf", feedback.csrf()));
    assertTrue(second.body().contains("Question 2 of " + size), second.body());
    assertFalse(second.body().contains(", not 100"), second.body());
    Browser.Page asMany = startPractice(new Browser(server.uri()), 2);
    assertTrue(asMany.body().contains("Question 1 of 2"), asMany.body());
    assertFalse(asMany.body().contains("Only "), asMany.body());
  }

  /** A miss of the short answer on {@code page}: an answer no question takes. */
  private static List<Map.Entry<String, String>> wrongShortAnswer(String page) {
    List<Map.Entry<String, String>> fields = new ArrayList<>(Answers.hidden(page));
    String name =
        Jsoup.parse(page).selectFirst("form[action=/quiz/answer] input[type=text]").attr("name");
    fields.add(Map.entry(name, "zzzz"));
    return fields;
  }

  @Test
  void thePracticeFormOffersTheKindsAndWeakFactsFirstAsLabelledControls() {
    Browser browser = new Browser(server().uri());
    org.jsoup.nodes.Document form = Jsoup.parse(browser.open("/practice").body());
    List<String> legends = form.select("fieldset > legend").eachText();
    assertTrue(
        legends.stream().anyMatch(l -> l.startsWith("Kinds of question")), legends.toString());
    assertEquals(
        Set.of(
            "single-choice",
            "multiple-response",
            "true-false",
            "matching",
            "ordering",
            "short-answer"),
        Set.copyOf(form.select("input[name=kinds]").eachAttr("value")));
    for (Element box : form.select("input[type=checkbox]")) {
      assertEquals(1, form.select("label[for=" + box.id() + "]").size(), box.outerHtml());
    }
    assertEquals("yes", form.selectFirst("input[name=weak]").attr("value"));
  }

  @Test
  void aPracticeOfChosenKindsAsksOnlyThoseKinds() {
    QuizServer server = server();
    Browser browser = new Browser(server.uri());
    String csrf = browser.open("/practice").csrf();
    Browser.Page page =
        browser.submit(
            "/practice",
            fields(
                "csrf",
                csrf,
                "count",
                "4",
                "module",
                "",
                "kinds",
                "true-false",
                "kinds",
                "ordering"));
    for (int i = 1; i <= 4; i++) {
      assertTrue(page.body().contains("Question " + i + " of 4"), page.body());
      assertTrue(
          Set.of(Kind.TRUE_FALSE, Kind.ORDERING).contains(current(browser).kind()),
          current(browser).kind().toString());
      Browser.Page feedback = browser.submit("/quiz/answer", Answers.some(page.body()));
      page = browser.submit("/quiz/next", fields("csrf", feedback.csrf()));
    }
  }

  @Test
  void badKindsOrWeakValuesGetAHintAndTheChoicesKept() {
    Browser browser = new Browser(server().uri());
    String csrf = browser.open("/practice").csrf();
    Browser.Page kind =
        browser.post(
            "/practice",
            fields(
                "csrf", csrf, "count", "3", "module", "", "kinds", "ordering", "kinds", "essay"));
    assertEquals(422, kind.status());
    org.jsoup.nodes.Document page = Jsoup.parse(kind.body());
    String hint = page.select(".hint").text();
    assertTrue(hint.contains("'essay'") && hint.contains("short-answer"), hint);
    assertTrue(page.selectFirst("input[value=ordering]").hasAttr("checked"), kind.body());
    assertFalse(page.selectFirst("input[value=matching]").hasAttr("checked"), kind.body());
    Browser.Page weak =
        browser.post(
            "/practice", fields("csrf", csrf, "count", "3", "module", "", "weak", "maybe"));
    assertEquals(422, weak.status());
    assertTrue(Jsoup.parse(weak.body()).select(".hint").text().contains("'maybe'"), weak.body());
    assertEquals("/", browser.get("/quiz").header("location"), "no quiz was started");
  }

  @Test
  void aWeakFactsFirstPracticeAsksFirstAboutTheFactMostOftenMissed() {
    QuizServer server = server();
    Browser browser = new Browser(server.uri());
    for (int round = 0; round < 2; round++) {
      String csrf = browser.open("/practice").csrf();
      Browser.Page page =
          browser.submit(
              "/practice",
              fields("csrf", csrf, "count", "3", "module", "", "kinds", "short-answer"));
      for (int i = 0; i < 3; i++) {
        Browser.Page feedback = browser.submit("/quiz/answer", wrongShortAnswer(page.body()));
        page = browser.submit("/quiz/next", fields("csrf", feedback.csrf()));
      }
    }
    List<String> weakFacts;
    try (var store = SqliteStore.open(DataDirectory.database(data))) {
      weakFacts = Selections.weakFacts(store.attempts("ann"));
    }
    assertFalse(weakFacts.isEmpty());
    String csrf = browser.open("/practice").csrf();
    Browser.Page first =
        browser.submit(
            "/practice", fields("csrf", csrf, "count", "1", "module", "", "weak", "yes"));
    assertTrue(first.body().contains("Question 1 of 1"), first.body());
    Question asked = current(browser);
    assertTrue(asked.info().basis().contains(weakFacts.get(0)), asked.info().basis().toString());
    // Answering rightly changes the weak facts, not the practice under way.
    Browser.Page feedback = browser.submit("/quiz/answer", Answers.key(asked, first.body()));
    assertTrue(feedback.body().contains("id=\"feedback\""), feedback.body());
  }

  @Test
  void onStartSessionFilesUntouchedFor30DaysAreRemovedButNotOneInUse() throws Exception {
    QuizServer server = server();
    Browser browser = new Browser(server.uri());
    startPractice(browser, 2);
    Path folder = data.resolve(QuizServer.SESSIONS);
    Path inUse;
    try (var files = java.nio.file.Files.list(folder)) {
      inUse = files.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow();
    }
    Path old = folder.resolve("a".repeat(64) + ".json");
    Path recent = folder.resolve("b".repeat(64) + ".json");
    Path leftover = folder.resolve("session123.tmp");
    Path notOurs = folder.resolve("notes.txt");
    for (Path file : List.of(old, recent, leftover, notOurs)) {
      java.nio.file.Files.writeString(file, "{}");
    }
    Instant now = clock.instant();
    touch(old, now.minus(Duration.ofDays(30)).minusSeconds(60));
    touch(leftover, now.minus(Duration.ofDays(31)));
    touch(notOurs, now.minus(Duration.ofDays(400)));
    touch(recent, now.minus(Duration.ofDays(29)));
    // The learner's file is old too, but the learner comes back before the restart.
    touch(inUse, now.minus(Duration.ofDays(45)));
    assertEquals(200, browser.get("/quiz").status());
    server.close();
    browser.at(server().uri());
    assertAll(
        () -> assertFalse(java.nio.file.Files.exists(old), "old"),
        () -> assertFalse(java.nio.file.Files.exists(leftover), "leftover"),
        () -> assertTrue(java.nio.file.Files.exists(recent), "recent"),
        () -> assertTrue(java.nio.file.Files.exists(notOurs), "not a session file"),
        () -> assertTrue(java.nio.file.Files.exists(inUse), "in use"));
    assertTrue(browser.get("/quiz").body().contains("Question 1 of 2"));
  }

  private static void touch(Path file, Instant when) throws Exception {
    java.nio.file.Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(when));
  }

  @Test
  void aMissedTypedAnswerCanBeCountedAsRightAndIsRecordedOnceAsOverridden() {
    QuizServer server = server();
    Browser browser = new Browser(server.uri());
    String csrf = browser.open("/practice").csrf();
    Browser.Page page =
        browser.submit(
            "/practice", fields("csrf", csrf, "count", "2", "module", "", "kinds", "short-answer"));
    Browser.Page missed = browser.submit("/quiz/answer", wrongShortAnswer(page.body()));
    assertEquals(1, Jsoup.parse(missed.body()).select("form[action=/quiz/right]").size());
    Browser.Page counted = browser.submit("/quiz/right", fields("csrf", missed.csrf()));
    assertTrue(counted.body().contains("Counted as right, on your word."), counted.body());
    assertTrue(Jsoup.parse(counted.body()).select("form[action=/quiz/right]").isEmpty());
    // A second click changes nothing.
    browser.submit("/quiz/right", fields("csrf", missed.csrf()));
    page = browser.submit("/quiz/next", fields("csrf", counted.csrf()));
    Browser.Page second = browser.submit("/quiz/answer", wrongShortAnswer(page.body()));
    Browser.Page summary = browser.submit("/quiz/next", fields("csrf", second.csrf()));
    assertTrue(summary.body().contains("You answered 2 questions"), summary.body());
    try (var store = SqliteStore.open(DataDirectory.database(data))) {
      var attempts = store.attempts("ann");
      assertEquals(2, attempts.size(), attempts.toString());
      assertAll(
          () -> assertTrue(attempts.get(0).overridden()),
          () -> assertEquals(1.0, attempts.get(0).score()),
          () -> assertFalse(attempts.get(1).overridden()),
          () -> assertEquals(0.0, attempts.get(1).score()));
    }
  }

  @Test
  void anOpenQuizSurvivesARestartOfTheServer() {
    QuizServer server = server();
    Browser browser = new Browser(server.uri());
    Browser.Page first = startPractice(browser, 3);
    browser.submit("/quiz/answer", Answers.some(first.body()));
    Browser.Page feedback = browser.get("/quiz");
    server.close();
    QuizServer again = server();
    browser.at(again.uri());
    Browser.Page after = browser.get("/quiz");
    assertEquals(200, after.status());
    assertEquals(
        Jsoup.parse(feedback.body()).select("#feedback").text(),
        Jsoup.parse(after.body()).select("#feedback").text());
    Browser.Page second = browser.submit("/quiz/next", fields("csrf", after.csrf()));
    assertTrue(second.body().contains("Question 2 of 3"), second.body());
  }

  @Test
  void badInputGetsTheHintOnTheSamePageWithTheInputKept() {
    QuizServer server = server();
    Browser browser = new Browser(server.uri());
    String csrf = browser.open("/practice").csrf();
    Browser.Page count =
        browser.post("/practice", fields("csrf", csrf, "count", "ten", "module", ""));
    assertEquals(422, count.status());
    assertTrue(Jsoup.parse(count.body()).text().contains("'ten' is not one"), count.body());
    assertTrue(count.body().contains("value=\"ten\""), count.body());
    Browser.Page empty =
        browser.post("/practice", fields("csrf", csrf, "count", " ", "module", ""));
    assertEquals(422, empty.status());
    assertEquals(
        "Give the number of questions, a whole number from 1 to 100.",
        Jsoup.parse(empty.body()).select(".hint").text());
    Browser.Page question = startPractice(browser, 2);
    Browser.Page unanswered = browser.post("/quiz/answer", Answers.hidden(question.body()));
    assertEquals(422, unanswered.status());
    assertTrue(
        Jsoup.parse(unanswered.body()).text().length()
            > Jsoup.parse(question.body()).text().length());
    assertFalse(unanswered.body().contains("id=\"feedback\""));
  }

  @Test
  void nothingOfTheKeyReachesTheBrowserBeforeTheAnswer() {
    QuizServer server = server();
    Browser browser = new Browser(server.uri());
    Browser.Page page = startPractice(browser, 12);
    Set<String> kinds = new HashSet<>();
    for (int i = 0; i < 12; i++) {
      Question question = current(browser);
      kinds.add(question.kind().id());
      Feedback said =
          org.quizkit.core.QuizEngine.feedback(
              question, org.quizkit.core.QuizEngine.keyResponse(question));
      List<String> secrets = new ArrayList<>();
      secrets.add(said.explanation());
      question.accept(new Secrets(secrets));
      List<String> seen = new ArrayList<>();
      for (String path :
          List.of(
              "/",
              "/quiz",
              "/practice",
              "/review",
              "/modules",
              "/progress",
              "/assets/quizkit.css",
              "/assets/quizkit.js")) {
        seen.add(browser.get(path).body());
      }
      seen.add(browser.cookie);
      for (String body : seen) {
        // The markup as sent, and the text as a browser shows it, entities read.
        String shown = Jsoup.parse(body).text();
        for (String secret : secrets) {
          assertFalse(
              body.contains(secret) || shown.contains(secret),
              () -> "'" + secret + "' before the answer");
        }
        assertFalse(body.contains(String.valueOf(SEED)), "the seed");
        assertFalse(body.contains(question.id()), "the real question id");
      }
      assertOptionsAlike(browser.get("/quiz").body());
      Browser.Page feedback = browser.submit("/quiz/answer", Answers.some(page.body()));
      assertTrue(
          Jsoup.parse(feedback.body()).text().contains(said.explanation()),
          () -> "the feedback after the answer has the explanation: " + feedback.body());
      page = browser.submit("/quiz/next", fields("csrf", feedback.csrf()));
    }
    assertTrue(kinds.size() >= 4, "kinds asked: " + kinds);
  }

  /** Every choice input of the page is marked up alike but for its value and id. */
  private static void assertOptionsAlike(String html) {
    Set<String> shapes = new HashSet<>();
    for (Element input :
        Jsoup.parse(html).select("form[action=/quiz/answer] input[name=selected]")) {
      Element copy = input.clone();
      copy.removeAttr("value").removeAttr("id");
      shapes.add(copy.outerHtml());
    }
    assertTrue(shapes.size() <= 1, () -> "options told apart: " + shapes);
  }

  /** Texts a learner must not see before answering: option and typed-answer feedback. */
  private record Secrets(List<String> out) implements Question.Cases<Void> {
    private Void options(List<Option> options) {
      options.stream().map(Option::feedback).filter(f -> !f.isBlank()).forEach(out::add);
      return null;
    }

    @Override
    public Void singleChoice(org.quizkit.core.question.SingleChoice q) {
      return options(q.options());
    }

    @Override
    public Void multipleResponse(org.quizkit.core.question.MultipleResponse q) {
      return options(q.options());
    }

    @Override
    public Void trueFalse(org.quizkit.core.question.TrueFalse q) {
      return null;
    }

    @Override
    public Void matching(org.quizkit.core.question.Matching q) {
      return options(q.choices());
    }

    @Override
    public Void ordering(org.quizkit.core.question.Ordering q) {
      return null;
    }

    @Override
    public Void shortAnswer(org.quizkit.core.question.ShortAnswer q) {
      return null;
    }
  }

  @Test
  void aLearningRoundGoesOnUntilMasteryAndAReviewThenAsksWhatIsDue() {
    QuizServer server = server();
    Browser browser = new Browser(server.uri());
    String module = content.modules().get(0).id();
    Browser.Page lesson = browser.open("/learn/" + module);
    assertTrue(
        lesson.body().contains(content.modules().get(0).objectives().get(0).substring(0, 10)));
    Browser.Page page = browser.submit("/learn/" + module, fields("csrf", lesson.csrf()));
    for (int i = 0; i < 200 && page.body().contains("/quiz/answer"); i++) {
      Browser.Page feedback =
          browser.submit("/quiz/answer", Answers.key(current(browser), page.body()));
      assertTrue(feedback.body().contains("Your mastery"), feedback.body());
      page = browser.submit("/quiz/next", fields("csrf", feedback.csrf()));
    }
    assertTrue(page.body().contains("You have mastered this module"), page.body());
    try (var store = SqliteStore.open(DataDirectory.database(data))) {
      assertTrue(Masteries.of(content, store.attempts("ann")).of(0).reached());
    }
    clock.advance(Duration.ofDays(60));
    Browser.Page review = browser.open("/review");
    assertTrue(review.body().contains("due for review"), review.body());
    page = browser.submit("/review", fields("csrf", review.csrf()));
    for (int i = 0; i < 200 && page.body().contains("/quiz/answer"); i++) {
      Browser.Page feedback =
          browser.submit("/quiz/answer", Answers.key(current(browser), page.body()));
      page = browser.submit("/quiz/next", fields("csrf", feedback.csrf()));
    }
    assertTrue(page.body().contains("Review: summary"), page.body());
  }

  @Test
  void refusesRequestsThatNameAnotherHost() throws Exception {
    QuizServer server = server();
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET / HTTP/1.1\r\nHost: attacker.example:"
                  + server.port()
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String status =
          new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
              .readLine();
      assertEquals("HTTP/1.1 421 Misdirected Request", status);
    }
  }

  @Test
  void listensOnLoopbackUnlessAnotherHostIsGiven() {
    assertTrue(QuizServer.loopback("127.0.0.1"));
    assertTrue(QuizServer.loopback("localhost"));
    assertFalse(QuizServer.loopback("0.0.0.0"));
    assertThrows(IllegalArgumentException.class, () -> QuizServer.builder().port(70000));
  }

  /** A clock a test moves on. */
  static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @SuppressWarnings("unused")
  private static String group(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? m.group(1) : "";
  }
}

package org.quizkit.web.page;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quizkit.core.delivery.DeliveredQuiz;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.RandomQuestions;

/**
 * Writes the pages web-check/pages.js checks in headless Chromium during {@code verify} (axe-core,
 * reflow at 320 px, keyboard reach): every kind as a fresh form, with a hint shown, and with
 * feedback shown, from plain and from hostile questions, with the stylesheet and script beside
 * them.
 */
class WebCheckPagesTests {
  private static final Pages PAGES = Pages.create();
  private static final Path OUT = Path.of("target", "web-check");
  private static final List<Frame.Link> NAV =
      List.of(
          new Frame.Link("index.html", "Practice", true),
          new Frame.Link("index.html#progress", "Progress", false));

  @Test
  void writesEveryKindFreshWithAHintAndWithFeedback() throws IOException {
    Files.createDirectories(OUT);
    Files.writeString(OUT.resolve(Pages.STYLESHEET_FILE), PAGES.stylesheet());
    Files.writeString(OUT.resolve(Pages.SCRIPT_FILE), PAGES.script());
    write("plain", Quizzes.everyKind(RandomQuestions.plain(), 5));
    write("hostile", Quizzes.everyKind(RandomQuestions.hostile(), 5));
    try (var files = Files.list(OUT)) {
      assertTrue(files.filter(f -> f.toString().endsWith(".html")).count() >= 36);
    }
  }

  private static void write(String style, DeliveredQuiz quiz) throws IOException {
    for (Kind kind : Kind.values()) {
      String id = Quizzes.idOf(quiz, kind);
      String name = style + "-" + kind.id().toLowerCase(Locale.ROOT);
      Form form = new Form("index.html", "token");
      page(name + "-form", PAGES.questionForm(quiz, id, form));
      Map<String, List<String>> nothing = Map.of();
      Posted.Hint hint = (Posted.Hint) PAGES.read(quiz, id, nothing);
      page(name + "-hint", PAGES.questionForm(quiz, id, form, hint, nothing));
      String response = EscapingProperties.anyResponse(quiz.question(id).orElseThrow());
      page(
          name + "-feedback",
          PAGES.feedback(quiz, id, response, new FeedbackLinks("index.html", "Next question")));
    }
  }

  private static void page(String name, String main) throws IOException {
    Files.writeString(
        OUT.resolve(name + ".html"),
        PAGES.document(new Frame("Practice", "", NAV), main),
        StandardCharsets.UTF_8);
  }
}

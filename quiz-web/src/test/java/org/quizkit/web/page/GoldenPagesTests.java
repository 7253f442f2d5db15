package org.quizkit.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quizkit.core.delivery.DeliveredQuiz;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.RandomQuestions;

/**
 * The HTML of one question of each kind, from a pinned seed, is what the golden files hold: the
 * form and the feedback on a pinned response. A change on purpose rewrites them with {@code
 * -Dgolden.write=true} (and a look at the diff).
 */
class GoldenPagesTests {
  private static final Pages PAGES = Pages.create();
  private static final DeliveredQuiz QUIZ = Quizzes.everyKind(RandomQuestions.plain(), 11);
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  @ParameterizedTest
  @EnumSource(Kind.class)
  void formAndFeedbackOfEachKindAreTheGoldenOnes(Kind kind) throws IOException {
    String id = Quizzes.idOf(QUIZ, kind);
    String html =
        PAGES.questionForm(QUIZ, id, new Form("/answer", "token"))
            + PAGES.feedback(
                QUIZ,
                id,
                EscapingProperties.anyResponse(QUIZ.question(id).orElseThrow()),
                new FeedbackLinks("/next", "Next question"));
    Path file = GOLDEN.resolve(kind.id().toLowerCase(Locale.ROOT) + ".html");
    if (Boolean.getBoolean("golden.write")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, html, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), html, file.toString());
  }
}

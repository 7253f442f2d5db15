package org.quizkit.core.drill;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quizkit.core.assembly.Quiz;
import org.quizkit.core.assembly.QuizSpec;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.TypedAnswerNote;

/** The terminal tells a learner what their typed answer earned, note and key list included. */
class TypedFeedbackDrillTests {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);

  private static final ShortAnswer TYPED =
      new ShortAnswer(
          "typed",
          "Name a place where lung cancer most often spreads.",
          List.of("liver", "bones", "bone"),
          List.of("liver", "bones"),
          List.of("skin"),
          List.of(new TypedAnswerNote(List.of("vertebrae"), 1.0, "Counts as part of the bones.")),
          QuestionInfo.of("Liver and bones.", "spread/lung"));

  private static String plain(String... lines) {
    Deque<String> typed = new ArrayDeque<>(Arrays.asList(lines));
    LineSource source = prompt -> Optional.ofNullable(typed.poll());
    StringWriter out = new StringWriter();
    Drill.of(Style.PLAIN, CLOCK)
        .repeatCommand("quiz practice")
        .run(
            new Quiz(QuizSpec.builder().count(1).seed(1).build(), List.<Question>of(TYPED), 0),
            source,
            new PrintWriter(out));
    return out.toString();
  }

  @Test
  void showsTheNoteOfAPartOfAKeyedSite() {
    String out = plain("vertebrae");
    assertTrue(out.contains("Right (1 of 1 point)"), out);
    assertTrue(out.contains("Counts as part of the bones."), out);
  }

  @Test
  void listsEveryKeyedAnswerAndSaysBothCount() {
    String out = plain("liver and bones");
    assertTrue(out.contains("Right (1 of 1 point)"), out);
    assertTrue(out.contains("Correct answer: any one of: liver; bones"), out);
    assertTrue(out.contains("Both count: \"liver\" and \"bones\" are accepted answers."), out);
  }
}

package org.quizkit.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.quizkit.content.dataset.DatasetException;
import org.quizkit.core.assembly.Quiz;
import org.quizkit.core.assembly.QuizSpec;
import org.quizkit.core.delivery.DeliveredQuiz;
import org.quizkit.core.question.Question;
import org.quizkit.core.scoring.Scorer;

/**
 * What an integrator does with the built-in content, run by LeanRuntimeTests in a class loader
 * without a YAML parser: build, deliver and score a quiz, then try a YAML dataset.
 */
public final class NoYamlProbe implements Callable<String> {
  @Override
  public String call() throws Exception {
    QuizContent content = QuizContent.builtIn();
    Quiz quiz = content.quiz(QuizSpec.builder().count(8).seed(3).build());
    DeliveredQuiz delivered = DeliveredQuiz.of(quiz);
    delivered.json();
    double total = 0;
    for (Question question : quiz.questions()) {
      total += Scorer.score(question, Scorer.keyResponse(question)).value();
    }
    String refusal;
    Path yaml = Files.createTempFile("dataset", ".yaml");
    try {
      Files.writeString(yaml, "cancers: []\n");
      QuizContent.fromDataset(yaml);
      refusal = "none";
    } catch (DatasetException expected) {
      refusal = expected.getMessage().lines().findFirst().orElse("");
    } finally {
      Files.delete(yaml);
    }
    int cut = refusal.indexOf(" (an optional");
    return quiz.size()
        + " questions, "
        + total
        + " of "
        + quiz.size()
        + "; YAML refused: "
        + refusal.substring(refusal.indexOf("reading YAML"), cut < 0 ? refusal.length() : cut);
  }
}

package org.quizkit.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.quizkit.content.QuizContent;
import org.quizkit.core.QuizEngine;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.response.Response;
import org.quizkit.core.scoring.Score;

/**
 * SampleResponses scored per second, cycling through the built-in bank with one right and one wrong
 * response per question (a short answer also gets a typo of its key, which is accepted and is the
 * costliest to score): the whole bank ({@code kind=all}, kinds in the bank's proportions) or the
 * questions of one kind.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScoreBenchmark {
  /** {@code all}, or a kind id as in {@link Kind#id()}. */
  @Param({
    "all",
    "single-choice",
    "multiple-response",
    "true-false",
    "matching",
    "ordering",
    "short-answer"
  })
  public String kind;

  private Question[] questions;
  private Response[] responses;
  private int next;

  /** Builds the bank and a right and a wrong response to each question. */
  @Setup
  public void setUp() {
    List<Question> qs = new ArrayList<>();
    List<Response> rs = new ArrayList<>();
    for (Question question : QuizContent.builtIn().bank(1)) {
      if (!kind.equals("all") && question.kind() != Kind.fromId(kind)) {
        continue;
      }
      qs.add(question);
      rs.add(SampleResponses.right(question));
      qs.add(question);
      rs.add(question.accept(SampleResponses.WRONG));
      if (question instanceof ShortAnswer typed) {
        // The costliest path: near the key, so every rival is checked against it.
        qs.add(question);
        rs.add(SampleResponses.typo(typed));
      }
    }
    if (qs.isEmpty()) {
      throw new IllegalStateException("the built-in bank has no question of kind '" + kind + "'");
    }
    questions = qs.toArray(Question[]::new);
    responses = rs.toArray(Response[]::new);
  }

  /** Scores the next response. */
  @Benchmark
  public Score score() {
    int i = next;
    next = i + 1 == questions.length ? 0 : i + 1;
    return QuizEngine.score(questions[i], responses[i]);
  }
}

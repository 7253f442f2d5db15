package org.quizkit.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.quizkit.content.QuizContent;
import org.quizkit.core.QuizEngine;
import org.quizkit.core.assembly.Quiz;
import org.quizkit.core.assembly.QuizSpec;
import org.quizkit.core.question.Question;

/**
 * Quizzes of 20 questions per second: from scratch ({@code QuizContent.quiz}, which plans the bank
 * once and generates only the 20 questions it draws) and from a bank built once ({@code
 * QuizEngine.assemble}), the way an LMS that keeps the bank would do it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// Ten warm-up seconds: a drawn quiz reaches each template only a few times per call, so the
// generators compile late; with three, the figures were still climbing.
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AssembleBenchmark {
  private QuizContent content;
  private List<Question> bank;
  private long seed;

  /** Loads the content and one bank. */
  @Setup
  public void setUp() {
    content = QuizContent.builtIn();
    bank = content.bank(1);
  }

  /** Draws a quiz of 20 from the content, generating only those 20 questions. */
  @Benchmark
  public Quiz quizFromContent() {
    return content.quiz(QuizSpec.builder().count(20).seed(seed++).build());
  }

  /** Assembles a quiz of 20 from a bank generated beforehand. */
  @Benchmark
  public Quiz assembleFromBank() {
    return QuizEngine.assemble(bank, QuizSpec.builder().count(20).seed(seed++).build());
  }
}

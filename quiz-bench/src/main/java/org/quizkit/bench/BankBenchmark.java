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
import org.quizkit.content.dataset.DatasetLoader;
import org.quizkit.content.generate.QuestionGenerators;
import org.quizkit.core.question.Question;

/**
 * Whole banks per second: every template and subject once, the mix of templates a real bank has.
 * Questions per second is this figure times the bank's size (247 questions for the built-in
 * dataset; the setup prints it).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BankBenchmark {
  private QuestionGenerators generators;
  private long seed;

  /** Builds the generators once. */
  @Setup
  public void setUp() {
    generators = QuestionGenerators.of(DatasetLoader.loadBuiltIn());
    System.out.println("bank size: " + generators.bank(0).size() + " questions");
  }

  /** Every question the generators make, each call with the next seed. */
  @Benchmark
  public List<Question> bank() {
    return generators.bank(seed++);
  }
}

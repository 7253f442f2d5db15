package org.quizkit.bench;

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
import org.quizkit.content.dataset.DatasetLoader;
import org.quizkit.content.generate.QuestionGenerators;
import org.quizkit.core.question.Question;

/**
 * Validated questions per second, one template at a time: {@code generate(template, seed)} draws a
 * subject and builds the question, and the question's record constructors check it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GenerateBenchmark {
  /** Every template of the built-in generators; keep in step with QuestionGenerators. */
  @Param({
    "most-site",
    "most-sites-all",
    "most-cancer",
    "tier-statement",
    "most-match",
    "naming",
    "concept-statement",
    "concept-choice",
    "steps-order",
    "downstream-cause",
    "most-site-typed"
  })
  public String template;

  private QuestionGenerators generators;
  private long seed;

  /** Builds the generators once; the benchmark measures generation only. */
  @Setup
  public void setUp() {
    generators = QuestionGenerators.of(DatasetLoader.loadBuiltIn());
    if (!generators.templateIds().contains(template)) {
      throw new IllegalStateException(
          "unknown template '" + template + "' (known: " + generators.templateIds() + ")");
    }
  }

  /** One question from the template, each call with the next seed. */
  @Benchmark
  public Question generate() {
    return generators.generate(template, seed++).orElseThrow();
  }
}

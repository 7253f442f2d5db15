package org.quizkit.core.schedule;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The settings of the FSRS-6 scheduler.
 *
 * <p>Immutable and thread-safe.
 *
 * @param weights the 21 model weights w0..w20 of FSRS-6
 * @param desiredRetention the recall probability at which a fact falls due, in (0, 1)
 * @param learningSteps waits between the first reviews of a new fact, before it graduates
 * @param relearningSteps waits between reviews of a forgotten fact, before it graduates again
 * @param maximumInterval the longest wait between reviews, in days
 */
public record FsrsParameters(
    List<Double> weights,
    double desiredRetention,
    List<Duration> learningSteps,
    List<Duration> relearningSteps,
    int maximumInterval) {

  /** How many weights FSRS-6 has. */
  public static final int WEIGHT_COUNT = 21;

  /**
   * The FSRS-6 default weights, as published with the reference implementations (py-fsrs 6, ts-fsrs
   * 5): fitted on a large corpus of review logs, used until a learner's own are fitted.
   */
  private static final List<Double> DEFAULT_WEIGHTS =
      List.of(
          0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
          1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);

  public FsrsParameters {
    weights = List.copyOf(weights);
    learningSteps = List.copyOf(learningSteps);
    relearningSteps = List.copyOf(relearningSteps);
    checkArgument(
        weights.size() == WEIGHT_COUNT,
        "FSRS-6 needs %s weights, got %s",
        WEIGHT_COUNT,
        weights.size());
    checkArgument(
        weights.stream().allMatch(Double::isFinite), "weights are not all finite: %s", weights);
    checkArgument(weights.get(20) > 0, "decay weight w20 %s is not positive", weights.get(20));
    checkArgument(
        desiredRetention > 0 && desiredRetention < 1,
        "desired retention %s is outside (0, 1)",
        desiredRetention);
    Stream.concat(learningSteps.stream(), relearningSteps.stream())
        .forEach(
            step ->
                checkArgument(
                    step.compareTo(Duration.ZERO) > 0, "learning step %s is not positive", step));
    checkArgument(maximumInterval >= 1, "maximum interval %s is below 1 day", maximumInterval);
  }

  /**
   * The defaults of the reference implementations: FSRS-6 default weights, 90% desired retention,
   * learning steps of 1 and 10 minutes, a relearning step of 10 minutes, at most 36500 days.
   */
  public static FsrsParameters defaults() {
    return new FsrsParameters(
        DEFAULT_WEIGHTS,
        0.9,
        List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
        List.of(Duration.ofMinutes(10)),
        36500);
  }

  /** A copy with another desired retention. */
  public FsrsParameters withDesiredRetention(double retention) {
    return new FsrsParameters(weights, retention, learningSteps, relearningSteps, maximumInterval);
  }
}

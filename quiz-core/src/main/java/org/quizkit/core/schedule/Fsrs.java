package org.quizkit.core.schedule;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The Free Spaced Repetition Scheduler, version 6 (FSRS-6), with the short learning and relearning
 * steps of the reference implementations (py-fsrs 6, ts-fsrs 5) and without interval fuzz, so that
 * a schedule depends only on its reviews.
 *
 * <p>Written from the published formulas: stability and difficulty evolve by the DSR model, the
 * forgetting curve is {@code R(t, S) = (1 + f t / S)^-w20} with {@code f = 0.9^(-1/w20) - 1}, so
 * that recall probability is 90% when {@code t = S}. Elapsed time counts whole days, as in the
 * reference implementations.
 *
 * <p>Immutable and thread-safe.
 */
public final class Fsrs implements Scheduler {
  private static final double MIN_STABILITY = 0.001;
  private static final Duration DAY = Duration.ofDays(1);

  private final FsrsParameters parameters;
  private final double[] w;
  private final double decay;
  private final double factor;

  private Fsrs(FsrsParameters parameters) {
    this.parameters = parameters;
    this.w = parameters.weights().stream().mapToDouble(Double::doubleValue).toArray();
    this.decay = -w[20];
    this.factor = Math.pow(0.9, 1 / decay) - 1;
  }

  /** A scheduler with these parameters. */
  public static Fsrs create(FsrsParameters parameters) {
    return new Fsrs(checkNotNull(parameters, "parameters"));
  }

  /** A scheduler with {@link FsrsParameters#defaults()}. */
  public static Fsrs withDefaults() {
    return new Fsrs(FsrsParameters.defaults());
  }

  /** The parameters this scheduler uses. */
  public FsrsParameters parameters() {
    return parameters;
  }

  @Override
  public Memory review(Memory memory, Rating rating, Instant at) {
    checkNotNull(memory, "memory");
    checkNotNull(rating, "rating");
    checkNotNull(at, "at");
    double stability;
    double difficulty;
    if (memory.phase() == Phase.NEW) {
      stability = initialStability(rating);
      difficulty = clampDifficulty(initialDifficulty(rating));
    } else {
      long days = elapsedDays(memory, at);
      // Reviews on the same day follow the short-term formula: the long-term one assumes a gap.
      stability =
          days < 1
              ? shortTermStability(memory.stability(), rating)
              : longTermStability(memory, rating, recall(days, memory.stability()));
      difficulty = nextDifficulty(memory.difficulty(), rating);
    }
    Next next = next(memory, rating, stability);
    int lapses =
        memory.lapses() + (memory.phase() == Phase.REVIEW && rating == Rating.AGAIN ? 1 : 0);
    return new Memory(
        next.phase,
        next.step,
        stability,
        difficulty,
        Optional.of(at),
        at.plus(next.delay),
        memory.reps() + 1,
        lapses);
  }

  @Override
  public double retrievability(Memory memory, Instant at) {
    checkNotNull(memory, "memory");
    checkNotNull(at, "at");
    if (memory.phase() == Phase.NEW) {
      return 0;
    }
    return recall(elapsedDays(memory, at), memory.stability());
  }

  /** The interval, in whole days, after which recall falls to the desired retention. */
  int intervalDays(double stability) {
    double days = stability / factor * (Math.pow(parameters.desiredRetention(), 1 / decay) - 1);
    // rint rounds halves to even, as the reference implementations' round() does
    long rounded = (long) Math.rint(days);
    return (int) Math.max(1, Math.min(rounded, parameters.maximumInterval()));
  }

  private record Next(Phase phase, int step, Duration delay) {}

  /** Where the fact goes next and how long until it is due. */
  private Next next(Memory memory, Rating rating, double stability) {
    Duration graduate = DAY.multipliedBy(intervalDays(stability));
    switch (memory.phase()) {
      case NEW:
      case LEARNING:
        return stepped(Phase.LEARNING, parameters.learningSteps(), memory, rating, graduate);
      case RELEARNING:
        return stepped(Phase.RELEARNING, parameters.relearningSteps(), memory, rating, graduate);
      case REVIEW:
      default:
        List<Duration> relearn = parameters.relearningSteps();
        if (rating == Rating.AGAIN && !relearn.isEmpty()) {
          return new Next(Phase.RELEARNING, 0, relearn.get(0));
        }
        return new Next(Phase.REVIEW, 0, graduate);
    }
  }

  /** Moves through the (re)learning steps; Good on the last step or Easy graduates. */
  private static Next stepped(
      Phase phase, List<Duration> steps, Memory memory, Rating rating, Duration graduate) {
    int step = memory.phase() == Phase.NEW ? 0 : memory.step();
    if (steps.isEmpty() || (step >= steps.size() && rating != Rating.AGAIN)) {
      return new Next(Phase.REVIEW, 0, graduate);
    }
    switch (rating) {
      case AGAIN:
        return new Next(phase, 0, steps.get(0));
      case HARD:
        if (step == 0 && steps.size() == 1) {
          return new Next(phase, 0, steps.get(0).multipliedBy(3).dividedBy(2));
        }
        if (step == 0) {
          return new Next(phase, 0, steps.get(0).plus(steps.get(1)).dividedBy(2));
        }
        return new Next(phase, step, steps.get(step));
      case GOOD:
        if (step + 1 >= steps.size()) {
          return new Next(Phase.REVIEW, 0, graduate);
        }
        return new Next(phase, step + 1, steps.get(step + 1));
      case EASY:
      default:
        return new Next(Phase.REVIEW, 0, graduate);
    }
  }

  private static long elapsedDays(Memory memory, Instant at) {
    Instant last = memory.lastReview().orElseThrow();
    return Math.max(0, Duration.between(last, at).toDays());
  }

  /** The forgetting curve: recall probability after {@code days} at this stability. */
  private double recall(long days, double stability) {
    return Math.pow(1 + factor * days / stability, decay);
  }

  private double initialStability(Rating rating) {
    return Math.max(MIN_STABILITY, w[rating.grade() - 1]);
  }

  /** Unclamped, because mean reversion pulls towards the unclamped value for Easy. */
  private double initialDifficulty(Rating rating) {
    return w[4] - Math.exp(w[5] * (rating.grade() - 1)) + 1;
  }

  private double nextDifficulty(double difficulty, Rating rating) {
    double delta = -w[6] * (rating.grade() - 3);
    // Linear damping: the closer to 10, the smaller each step up.
    double damped = difficulty + (10 - difficulty) * delta / 9;
    double reverted = w[7] * initialDifficulty(Rating.EASY) + (1 - w[7]) * damped;
    return clampDifficulty(reverted);
  }

  private double shortTermStability(double stability, Rating rating) {
    double increase = Math.exp(w[17] * (rating.grade() - 3 + w[18])) * Math.pow(stability, -w[19]);
    if (rating == Rating.GOOD || rating == Rating.EASY) {
      increase = Math.max(increase, 1);
    }
    return Math.max(MIN_STABILITY, stability * increase);
  }

  private double longTermStability(Memory memory, Rating rating, double recall) {
    double s = memory.stability();
    double d = memory.difficulty();
    if (rating == Rating.AGAIN) {
      double forgotten =
          w[11]
              * Math.pow(d, -w[12])
              * (Math.pow(s + 1, w[13]) - 1)
              * Math.exp(w[14] * (1 - recall));
      // Forgetting never leaves a fact more stable than a same-day lapse would.
      double ceiling = s / Math.exp(w[17] * w[18]);
      return Math.max(MIN_STABILITY, Math.min(forgotten, ceiling));
    }
    double hardPenalty = rating == Rating.HARD ? w[15] : 1;
    double easyBonus = rating == Rating.EASY ? w[16] : 1;
    double growth =
        Math.exp(w[8])
            * (11 - d)
            * Math.pow(s, -w[9])
            * (Math.exp(w[10] * (1 - recall)) - 1)
            * hardPenalty
            * easyBonus;
    return Math.max(MIN_STABILITY, s * (1 + growth));
  }

  private static double clampDifficulty(double difficulty) {
    return Math.min(10, Math.max(1, difficulty));
  }
}

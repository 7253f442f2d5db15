package org.quizkit.content.learner;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import org.quizkit.content.QuizContent;
import org.quizkit.content.module.LearningModule;
import org.quizkit.content.module.Mastery;
import org.quizkit.content.module.Modules;
import org.quizkit.core.progress.Attempt;
import org.quizkit.core.question.Question;

/**
 * A learner's mastery of every module, in teaching order.
 *
 * <p>Immutable and thread-safe.
 */
public final class Masteries {
  /**
   * The seed of the one bank that defines each module's facts. A question's basis holds the facts
   * of its distractors too, so the facts of a module's questions change with the seed: counting
   * them from the bank a session drew would give each session (and every front end) its own number.
   * One fixed bank gives one set of facts per module, and learning rounds ask their questions from
   * that bank so that every fact counted can be asked.
   */
  private static final long BANK_SEED = 0;

  private final List<LearningModule> modules;
  private final List<Mastery> masteries;

  private Masteries(List<LearningModule> modules, List<Mastery> masteries) {
    this.modules = modules;
    this.masteries = masteries;
  }

  /** The mastery of every module of {@code content} after {@code attempts}. */
  public static Masteries of(QuizContent content, List<Attempt> attempts) {
    return of(content, bank(content), attempts);
  }

  /** The bank that defines every module's facts: the same for every command and session. */
  public static List<Question> bank(QuizContent content) {
    checkNotNull(content, "content");
    return content.bank(BANK_SEED);
  }

  /** The mastery of every module, counted over {@code bank} (see {@link #bank}). */
  public static Masteries of(QuizContent content, List<Question> bank, List<Attempt> attempts) {
    checkNotNull(attempts, "attempts");
    List<LearningModule> modules = content.modules();
    List<Mastery> masteries =
        modules.stream().map(module -> Modules.mastery(module, bank, attempts)).toList();
    return new Masteries(modules, masteries);
  }

  /** The modules, in teaching order. */
  public List<LearningModule> modules() {
    return modules;
  }

  /** The mastery of the module at {@code index} of {@link #modules}. */
  public Mastery of(int index) {
    return masteries.get(index);
  }

  /** The mastery of {@code module}, one of {@link #modules}. */
  public Mastery of(LearningModule module) {
    int index = modules.indexOf(module);
    if (index < 0) {
      throw new IllegalArgumentException("no module '" + module.id() + "' in this content");
    }
    return masteries.get(index);
  }

  /** The first module in teaching order whose mastery is not reached. */
  public Optional<LearningModule> firstNotMastered() {
    for (int i = 0; i < modules.size(); i++) {
      // A module with nothing to ask in this dataset cannot be mastered; suggesting it would
      // keep a learner there for ever.
      if (!masteries.get(i).reached() && masteries.get(i).units() > 0) {
        return Optional.of(modules.get(i));
      }
    }
    return Optional.empty();
  }
}

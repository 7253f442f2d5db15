package org.quizkit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quizkit.content.QuizContent;
import org.quizkit.content.module.LearningModule;
import org.quizkit.content.module.Mastery;
import org.quizkit.content.module.Modules;
import org.quizkit.core.drill.Style;
import org.quizkit.core.progress.Attempt;
import org.quizkit.core.question.Question;

/** A learner's mastery of every module, in teaching order. */
final class Masteries {
  /**
   * The seed of the one bank that defines each module's facts. A question's basis holds the facts
   * of its distractors too, so the facts of a module's questions change with the seed: counting
   * them from the bank a session drew would give each session (and {@code learn}, {@code modules}
   * and {@code progress}) its own number. One fixed bank gives one set of facts per module, and
   * {@code learn} asks its questions from that bank so that every fact counted can be asked.
   */
  private static final long BANK_SEED = 0;

  private final List<LearningModule> modules;
  private final List<Mastery> masteries;

  private Masteries(List<LearningModule> modules, List<Mastery> masteries) {
    this.modules = modules;
    this.masteries = masteries;
  }

  static Masteries of(QuizContent content, List<Attempt> attempts) {
    return of(content, bank(content), attempts);
  }

  /** The bank that defines every module's facts: the same for every command and session. */
  static List<Question> bank(QuizContent content) {
    return content.bank(BANK_SEED);
  }

  static Masteries of(QuizContent content, List<Question> bank, List<Attempt> attempts) {
    List<LearningModule> modules = content.modules();
    List<Mastery> masteries =
        modules.stream().map(module -> Modules.mastery(module, bank, attempts)).toList();
    return new Masteries(modules, masteries);
  }

  List<LearningModule> modules() {
    return modules;
  }

  Mastery of(int index) {
    return masteries.get(index);
  }

  /** The first module in teaching order whose mastery is not reached. */
  Optional<LearningModule> firstNotMastered() {
    for (int i = 0; i < modules.size(); i++) {
      // A module with nothing to ask in this dataset cannot be mastered; suggesting it would
      // keep a learner there for ever.
      if (!masteries.get(i).reached() && masteries.get(i).units() > 0) {
        return Optional.of(modules.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * One line per module: number, id, bar, title, and a mark when mastered; where that is wider than
   * {@code width}, the title goes on lines of its own below, and the id below its number if need
   * be, each broken between words.
   */
  List<String> lines(Style style, int width) {
    int idWidth = modules.stream().mapToInt(m -> m.id().length()).max().orElse(0);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < modules.size(); i++) {
      LearningModule module = modules.get(i);
      Mastery mastery = masteries.get(i);
      String bar = Bar.of(mastery.share(), style);
      String tail = module.title() + (mastery.reached() ? "  (mastered)" : "");
      String head = String.format("%2d. %-" + idWidth + "s  %s", i + 1, module.id(), bar);
      if (head.length() + 2 + tail.length() <= width) {
        lines.add(head + "  " + tail);
        continue;
      }
      String unpadded = String.format("%2d. %s  %s", i + 1, module.id(), bar);
      if (unpadded.length() <= width) {
        lines.add(head.length() <= width ? head : unpadded);
      } else {
        lines.add(String.format("%2d. %s", i + 1, module.id()));
        lines.add(INDENT + bar);
      }
      lines.addAll(Columns.wrap(tail, width, INDENT, INDENT));
    }
    return lines;
  }

  private static final String INDENT = "    ";
}

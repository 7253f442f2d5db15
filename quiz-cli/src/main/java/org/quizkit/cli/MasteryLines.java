package org.quizkit.cli;

import java.util.ArrayList;
import java.util.List;
import org.quizkit.content.learner.Masteries;
import org.quizkit.content.module.LearningModule;
import org.quizkit.content.module.Mastery;
import org.quizkit.core.drill.Style;

/** The learner's mastery of every module as lines of a terminal. */
final class MasteryLines {
  private static final String INDENT = "    ";

  private MasteryLines() {}

  /**
   * One line per module: number, id, bar, title, and a mark when mastered; where that is wider than
   * {@code width}, the title goes on lines of its own below, and the id below its number if need
   * be, each broken between words.
   */
  static List<String> of(Masteries masteries, Style style, int width) {
    List<LearningModule> modules = masteries.modules();
    int idWidth = modules.stream().mapToInt(m -> m.id().length()).max().orElse(0);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < modules.size(); i++) {
      LearningModule module = modules.get(i);
      Mastery mastery = masteries.of(i);
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
}

package org.quizkit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.quizkit.content.QuizContent;
import org.quizkit.content.learner.Masteries;
import org.quizkit.content.learner.Selections;
import org.quizkit.content.module.LearningModule;
import org.quizkit.content.module.Mastery;
import org.quizkit.content.module.Modules;
import org.quizkit.core.assembly.Quiz;
import org.quizkit.core.drill.DrillResult;
import org.quizkit.core.question.Question;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quiz learn}: a learning module, lesson by lesson. */
@Command(
    name = "learn",
    description = {
      "Work through a learning module: lesson, then questions.",
      "Shows the module's objectives and lesson, then asks its questions until you reach its "
          + "mastery (q or end of input stops early; answers are kept).",
      "Without MODULE: the first module you have not mastered yet."
    })
final class LearnCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Parameters(
      paramLabel = "MODULE",
      arity = "0..1",
      description =
          "The module to work on (see 'quiz modules'). "
              + "Default: the first module not yet mastered.")
  String module;

  @Mixin SeedOption seed;
  @Mixin PlainOption plain;
  @Mixin DatasetOption dataset;
  @Mixin DataDirOption dataDir;
  @Mixin LearnerOption learner;

  LearnCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    QuizContent content = dataset.content(context);
    if (module != null) {
      ModulesOption.tagsOf(content, List.of(module), spec);
    }
    String name = learner.resolve(context.env());
    // Reading the learner's attempts opens the database if there is one; with none yet, it is
    // created only by the first answer.
    try (Progress progress = Progress.forWriting(dataDir.database(context.env()), name)) {
      Masteries before = Masteries.of(content, progress.attempts());
      LearningModule chosenModule;
      if (module != null) {
        chosenModule = content.catalog().module(module).orElseThrow();
      } else if (before.firstNotMastered().isPresent()) {
        chosenModule = before.firstNotMastered().get();
      } else {
        context.out().println("You have mastered every module. Keep them fresh: quiz review");
        return 0;
      }
      long chosen = seed.resolveQuietly(context);
      try (Interaction io = Interaction.open(context, plain.plain())) {
        learn(chosenModule, content, progress, io, chosen);
        return io.exitCode();
      }
    }
  }

  private void learn(
      LearningModule chosenModule,
      QuizContent content,
      Progress progress,
      Interaction io,
      long chosen) {
    Pager pager = new Pager(context.out(), io.lines(), io.height(), io.width());
    Pager.Outcome read = pager.print(lesson(chosenModule, io.width()));
    if (read == Pager.Outcome.END_OF_INPUT
        || read == Pager.Outcome.READ
            && !pager.pause("-- press Enter to start the questions, q to stop --")) {
      context.out().println();
      context
          .out()
          .println("Stopped before the questions. Carry on with: quiz learn " + chosenModule.id());
      return;
    }
    // The bank that defines the module's facts, so that the mastery shown here is the one
    // 'quiz modules' and 'quiz progress' show; the seed still draws the order of the questions.
    List<Question> bank = Masteries.bank(content);
    List<Question> questions = chosenModule.questions(bank);
    if (questions.isEmpty()) {
      context.out().println("This module has no questions in this dataset.");
      return;
    }
    boolean masteredAlready = Modules.mastery(chosenModule, bank, progress.attempts()).reached();
    context.out().println();
    Pager.wrap(
            masteredAlready
                ? "You have mastered this module already; these questions are for practice."
                : "Questions until you reach "
                    + Math.round(chosenModule.mastery() * 100)
                    + "% of this module's facts (q to stop; your answers are kept).",
            io.width() - 1,
            "")
        .forEach(context.out()::println);
    List<Question> round = questions;
    DrillResult result;
    for (int number = 1; ; number++) {
      if (number > 1) {
        context.out().println();
        context.out().println("Round " + number + ": the questions on facts not mastered yet.");
      }
      Quiz quiz = Selections.learningRound(chosenModule, round, chosen, number);
      result =
          Drills.of(context, io, progress, content)
              .stoppingWhen(
                  () ->
                      !masteredAlready
                          && Modules.mastery(chosenModule, bank, progress.attempts()).reached())
              .afterEachAnswer(
                  () -> Modules.mastery(chosenModule, bank, progress.attempts()).describe())
              .repeatCommand("quiz learn " + chosenModule.id(), chosen)
              .run(quiz, io.lines(), context.out());
      if (masteredAlready || result.ending() != DrillResult.Ending.FINISHED) {
        break;
      }
      round = Selections.notMastered(questions, progress.attempts());
      if (round.isEmpty() || Modules.mastery(chosenModule, bank, progress.attempts()).reached()) {
        break;
      }
    }
    Masteries after = Masteries.of(content, bank, progress.attempts());
    Mastery mastery = after.of(chosenModule);
    context.out().println();
    context
        .out()
        .println(
            "Mastery: " + Bar.of(mastery.share(), io.style()) + " (" + mastery.describe() + ")");
    if (!mastery.reached()) {
      context.out().println("Carry on with: quiz learn " + chosenModule.id());
      return;
    }
    context.out().println("You have mastered this module.");
    after
        .firstNotMastered()
        .ifPresentOrElse(
            next ->
                context.out().println("Next: quiz learn " + next.id() + "  (" + next.title() + ")"),
            () -> context.out().println("Every module is mastered. Keep them fresh: quiz review"));
  }

  /** The module's title, objectives and lesson, wrapped to the width. */
  private static List<String> lesson(LearningModule chosenModule, int width) {
    List<String> lines = new ArrayList<>();
    lines.add(chosenModule.title());
    lines.add("=".repeat(Math.min(width, chosenModule.title().length())));
    lines.add("");
    lines.add("You will be able to:");
    for (String objective : chosenModule.objectives()) {
      List<String> wrapped = Pager.wrap(objective, width, "  - ");
      lines.add(wrapped.get(0));
      wrapped.subList(1, wrapped.size()).forEach(line -> lines.add("    " + line.substring(4)));
    }
    for (String paragraph : chosenModule.paragraphs()) {
      lines.add("");
      lines.addAll(Pager.wrap(paragraph, width, ""));
    }
    return lines;
  }
}

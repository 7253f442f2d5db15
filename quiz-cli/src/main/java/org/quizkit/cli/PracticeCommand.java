package org.quizkit.cli;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.quizkit.content.QuizContent;
import org.quizkit.content.learner.Selections;
import org.quizkit.content.learner.Shortfall;
import org.quizkit.core.assembly.Quiz;
import org.quizkit.core.assembly.QuizSpec;
import org.quizkit.core.progress.Attempt;
import org.quizkit.core.question.Kind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quiz practice}: an interactive round of questions. */
@Command(
    name = "practice",
    description = {
      "Answer a round of questions, with feedback after each.",
      "Type the letter of an answer (or what the question asks for), ? for help, s to skip, "
          + "q to stop. Each answer is saved at once; answers can also be piped in, one a line."
    })
final class PracticeCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Option(
      names = "--count",
      paramLabel = "N",
      converter = PositiveInt.class,
      defaultValue = "10",
      description = "Number of questions. Default: ${DEFAULT-VALUE}.")
  int count;

  @Option(
      names = "--weak",
      description =
          "Ask first about your weak facts: those whose latest answer was not fully right, "
              + "the most often missed first.")
  boolean weak;

  @Mixin ModulesOption modules;
  @Mixin KindsOption kinds;
  @Mixin SeedOption seed;
  @Mixin PlainOption plain;
  @Mixin DatasetOption dataset;
  @Mixin DataDirOption dataDir;
  @Mixin LearnerOption learner;

  PracticeCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    QuizContent content = dataset.content(context);
    Set<String> tags = modules.tags(content, spec);
    long chosen = seed.resolveQuietly(context);
    QuizSpec asked =
        QuizSpec.builder()
            .count(count)
            .seed(chosen)
            .build()
            .withKinds(kinds.kinds())
            .withTags(tags);
    Quiz quiz = weak ? weakFirst(content, asked) : content.quiz(asked);
    if (quiz.size() == 0) {
      context.err().println(spec.qualifiedName() + ": no questions match these options");
      return 1;
    }
    if (quiz.shortfall() > 0) {
      int matching = content.available(quiz.spec());
      context
          .err()
          .println(
              spec.qualifiedName()
                  + ": "
                  + (quiz.size() == matching
                      ? Shortfall.note(matching, count)
                      : Shortfall.rules(quiz.size(), count)));
    }
    // Checked here, before the first question, but opened only by the first answer: a learner
    // who quits at once does not pay for loading SQLite, nor leave an empty database behind.
    try (Progress progress =
            Progress.forWriting(dataDir.database(context.env()), learner.resolve(context.env()));
        Interaction io = Interaction.open(context, plain.plain())) {
      Drills.of(context, io, progress, content)
          .repeatCommand(repeatCommand())
          .run(quiz, io.lines(), context.out());
      return io.exitCode();
    }
  }

  /**
   * A quiz on the learner's weak facts first (one question each, among those {@code asked}
   * matches), made up to the count with the usual draw.
   */
  private Quiz weakFirst(QuizContent content, QuizSpec asked) {
    List<Attempt> attempts;
    try (Progress reading =
        Progress.forReading(dataDir.database(context.env()), learner.resolve(context.env()))) {
      attempts = reading.attempts();
    }
    return Selections.weakPractice(Selections.weakFirst(content, asked, attempts), asked.seed());
  }

  /** The command that takes the same quiz again, but for its seed. */
  private String repeatCommand() {
    StringBuilder command = new StringBuilder("quiz practice");
    if (!modules.ids().isEmpty()) {
      command.append(" --module ").append(String.join(",", modules.ids()));
    }
    command.append(" --count ").append(count);
    if (weak) {
      command.append(" --weak");
    }
    if (!kinds.kinds().isEmpty()) {
      command
          .append(" --kinds ")
          .append(String.join(",", kinds.kinds().stream().map(Kind::id).toList()));
    }
    dataset.file().ifPresent(file -> command.append(" --dataset ").append(file));
    return command.toString();
  }
}

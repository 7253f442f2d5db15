package org.quizkit.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.quizkit.content.QuizContent;
import org.quizkit.core.assembly.Quiz;
import org.quizkit.core.assembly.QuizSpec;
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
      names = "--module",
      paramLabel = "M",
      description = "Ask only about this module (see 'quiz modules'). Default: every module.")
  String module;

  @Option(
      names = "--count",
      paramLabel = "N",
      converter = PositiveInt.class,
      defaultValue = "10",
      description = "Number of questions. Default: ${DEFAULT-VALUE}.")
  int count;

  @Option(
      names = "--kinds",
      paramLabel = "K",
      split = ",",
      converter = KindConverter.class,
      completionCandidates = KindConverter.class,
      description = "Ask only these kinds of question, comma separated: "
          + "${COMPLETION-CANDIDATES}. Default: every kind.")
  List<Kind> kinds = new ArrayList<>();

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
    QuizContent content = dataset.content();
    List<String> modules = module == null ? List.of() : List.of(module);
    Set<String> tags = ModuleChoice.tags(content, modules, spec);
    long chosen = seed.resolve(spec, context);
    Quiz quiz =
        content.quiz(
            QuizSpec.of(count, chosen).withKinds(new LinkedHashSet<>(kinds)).withTags(tags));
    if (quiz.size() == 0) {
      context.err().println(spec.qualifiedName() + ": no questions match these options");
      return 1;
    }
    if (quiz.shortfall() > 0) {
      context.err().println(spec.qualifiedName() + ": only " + quiz.size()
          + " questions match these options, not " + count);
    }
    try (Progress progress =
            Progress.forWriting(dataDir.database(context.env()), learner.resolve(context.env()));
        Interaction io = Interaction.open(context, plain.plain())) {
      Drills.of(context, io, progress, content)
          .repeatCommand(repeatCommand())
          .run(quiz, io.lines(), context.out());
    }
    return 0;
  }

  /** The command that takes the same quiz again, but for its seed. */
  private String repeatCommand() {
    StringBuilder command = new StringBuilder("quiz practice");
    if (module != null) {
      command.append(" --module ").append(module);
    }
    command.append(" --count ").append(count);
    if (!kinds.isEmpty()) {
      command.append(" --kinds ")
          .append(String.join(",", kinds.stream().map(Kind::id).toList()));
    }
    dataset.file().ifPresent(file -> command.append(" --dataset ").append(file));
    return command.toString();
  }
}

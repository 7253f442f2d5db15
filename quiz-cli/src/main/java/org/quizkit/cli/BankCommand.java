package org.quizkit.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.quizkit.content.QuizContent;
import org.quizkit.core.assembly.QuizSpec;
import org.quizkit.core.export.ExportOptions;
import org.quizkit.core.export.Exporters;
import org.quizkit.core.question.Question;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quiz bank}: the generated questions, for programs. */
@Command(name = "bank", description = "Print the generated question bank, with answers.")
final class BankCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Option(
      names = "--format",
      paramLabel = "F",
      converter = BankFormat.Converter.class,
      completionCandidates = BankFormat.Converter.class,
      defaultValue = "json",
      description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  BankFormat format;

  @Option(
      names = "--count",
      paramLabel = "N",
      converter = PositiveInt.class,
      description = "Print only N questions drawn from the bank. Default: the whole bank.")
  Integer count;

  @Mixin SeedOption seed;
  @Mixin DatasetOption dataset;

  BankCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    long chosen = seed.resolve(spec, context);
    QuizContent content = dataset.content(context);
    List<Question> questions =
        count == null
            ? content.bank(chosen)
            : content.quiz(QuizSpec.builder().count(count).seed(chosen).build()).questions();
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    Exporters.json().write(questions, ExportOptions.defaults().withSeed(chosen), json);
    context.out().print(json.toString(StandardCharsets.UTF_8));
    context.out().flush();
    return 0;
  }
}

package org.quizkit.cli;

import picocli.CommandLine;

/**
 * Builds the {@code quiz} command tree. Kept apart from {@link Main} so that answering {@code
 * --version} loads none of picocli's parsing machinery.
 */
final class Commands {
  private Commands() {}

  /** The whole command tree, wired to {@code context}. */
  static CommandLine tree(Context context) {
    CommandLine quiz = new CommandLine(new QuizCommand());
    quiz.addSubcommand(new PracticeCommand(context));
    quiz.addSubcommand(new LearnCommand(context));
    quiz.addSubcommand(new ReviewCommand(context));
    quiz.addSubcommand(new ProgressCommand(context));
    quiz.addSubcommand(new ModulesCommand(context));
    quiz.addSubcommand(new FactsCommand(context));
    quiz.addSubcommand(new BankCommand(context));
    quiz.addSubcommand(
        new CommandLine(new DatasetCommand()).addSubcommand(new DatasetCheckCommand(context)));
    quiz.addSubcommand(new WorksheetCommand(context));
    quiz.addSubcommand(new ExportCommand(context));
    quiz.addSubcommand(new CommandLine.HelpCommand());
    return configure(quiz, context);
  }

  /**
   * Points {@code commandLine} and its subcommands at the context's streams and installs the
   * handlers that turn failures into exit codes. Call after every subcommand is added, because
   * picocli copies these settings only to subcommands that already exist.
   */
  static CommandLine configure(CommandLine commandLine, Context context) {
    return commandLine
        .setOut(context.out())
        .setErr(context.err())
        .setColorScheme(CommandLine.Help.defaultColorScheme(context.ansi()))
        .setParameterExceptionHandler(new UsageErrors())
        .setExecutionExceptionHandler(new Failures(context.env()));
  }
}

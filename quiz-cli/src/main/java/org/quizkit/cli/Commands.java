package org.quizkit.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * Builds the {@code quiz} command tree. Kept apart from {@link Main} so that answering {@code
 * --version} loads none of picocli's parsing machinery.
 */
final class Commands {
  private Commands() {}

  /**
   * Every subcommand, in the order help lists them. Each is built only when wanted: picocli reads a
   * command's annotations by reflection as it is added, which costs tens of milliseconds per
   * command at start-up, and a run names at most one of them.
   */
  private static final Map<String, Function<Context, Object>> SUBCOMMANDS = subcommands();

  private static Map<String, Function<Context, Object>> subcommands() {
    Map<String, Function<Context, Object>> all = new LinkedHashMap<>();
    all.put("practice", PracticeCommand::new);
    all.put("learn", LearnCommand::new);
    all.put("review", ReviewCommand::new);
    all.put("progress", ProgressCommand::new);
    all.put("modules", ModulesCommand::new);
    all.put("facts", FactsCommand::new);
    all.put("bank", BankCommand::new);
    all.put(
        "dataset",
        context ->
            new CommandLine(new DatasetCommand()).addSubcommand(new DatasetCheckCommand(context)));
    all.put("worksheet", WorksheetCommand::new);
    all.put("mark", MarkCommand::new);
    all.put("export", ExportCommand::new);
    all.put("serve", ServeCommand::new);
    all.put("help", context -> new CommandLine.HelpCommand());
    return Collections.unmodifiableMap(all);
  }

  /** The commands that read content: {@code --dataset FILE}, or else the built-in content. */
  static final Set<String> READ_CONTENT =
      Set.of(
          "practice",
          "learn",
          "review",
          "progress",
          "modules",
          "bank",
          "worksheet",
          "mark",
          "export",
          "serve");

  /**
   * Starts loading the built-in content while picocli parses, when {@code args} name a command that
   * will read it: one of {@link #READ_CONTENT}, without {@code --dataset} or a help option.
   */
  static void preloadFor(Context context, String... args) {
    if (args.length == 0 || !READ_CONTENT.contains(args[0])) {
      return;
    }
    for (String arg : args) {
      if (arg.equals("--dataset")
          || arg.startsWith("--dataset=")
          || arg.equals("-h")
          || arg.equals("--help")) {
        return;
      }
    }
    context.preloadBuiltIn();
  }

  /** The whole command tree, wired to {@code context}. */
  static CommandLine tree(Context context) {
    CommandLine quiz = new CommandLine(new QuizCommand());
    SUBCOMMANDS.values().forEach(command -> quiz.addSubcommand(command.apply(context)));
    return configure(quiz, context);
  }

  /**
   * The tree a run of {@code args} needs: when the first argument names a command other than {@code
   * help}, only that command (the others could not take part in parsing anyway); otherwise the
   * whole tree, for help, usage errors and suggestions.
   */
  static CommandLine treeFor(Context context, String... args) {
    if (args.length == 0 || args[0].equals("help") || !SUBCOMMANDS.containsKey(args[0])) {
      return tree(context);
    }
    CommandLine quiz = new CommandLine(new QuizCommand());
    quiz.addSubcommand(SUBCOMMANDS.get(args[0]).apply(context));
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

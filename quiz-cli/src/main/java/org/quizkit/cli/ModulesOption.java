package org.quizkit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.quizkit.content.QuizContent;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --module M}, repeatable or comma separated, for commands that take questions by module.
 */
final class ModulesOption {
  @Option(
      names = "--module",
      paramLabel = "M",
      split = ",",
      description =
          "Take questions from this module (see 'quiz modules'); repeat or separate "
              + "with commas for several. Default: every module.")
  List<String> modules = new ArrayList<>();

  /** The module ids given, in order; empty for every module. */
  List<String> ids() {
    return List.copyOf(modules);
  }

  /**
   * The tags that select the chosen modules' questions; none when no module was chosen.
   *
   * @throws ParameterException (a usage error, exit 2) naming an unknown module and the known ones
   */
  Set<String> tags(QuizContent content, CommandSpec command) {
    return tagsOf(content, modules, command);
  }

  /** The tags of these modules, an unknown one being a usage error of {@code command}. */
  static Set<String> tagsOf(QuizContent content, List<String> ids, CommandSpec command) {
    try {
      return content.moduleTags(ids);
    } catch (IllegalArgumentException unknown) {
      throw new ParameterException(command.commandLine(), unknown.getMessage());
    }
  }
}

package org.quizkit.cli;

import java.util.List;
import java.util.Set;
import org.quizkit.content.QuizContent;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Turns {@code --module} values into the tags that select their questions. */
final class ModuleChoice {
  private ModuleChoice() {}

  /**
   * The module tags for {@code modules}; none when the list is empty (every module).
   *
   * @throws ParameterException (a usage error, exit 2) naming an unknown module and the known ones
   */
  static Set<String> tags(QuizContent content, List<String> modules, CommandSpec command) {
    try {
      return content.moduleTags(modules);
    } catch (IllegalArgumentException unknown) {
      throw new ParameterException(command.commandLine(), unknown.getMessage());
    }
  }
}

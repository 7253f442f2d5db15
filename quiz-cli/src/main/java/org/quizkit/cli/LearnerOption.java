package org.quizkit.cli;

import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --learner NAME}, for commands that read or record one learner's progress. */
final class LearnerOption {
  static final String DEFAULT = "learner";

  @Option(
      names = "--learner",
      paramLabel = "NAME",
      description = "Whose progress to read and record. Default: $USER, else '" + DEFAULT + "'.")
  String name;

  /** The learner named by the option, else the user's login name, else {@value #DEFAULT}. */
  String resolve(Map<String, String> env) {
    if (name != null && !name.isBlank()) {
      return name.strip();
    }
    String user = env.get("USER");
    return user == null || user.isBlank() ? DEFAULT : user.strip();
  }
}

package org.quizkit.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.quizkit.core.question.Kind;
import picocli.CommandLine.Option;

/** {@code --kinds K,...}, for every command that draws questions of chosen kinds. */
final class KindsOption {
  @Option(
      names = "--kinds",
      paramLabel = "K",
      split = ",",
      converter = KindConverter.class,
      completionCandidates = KindConverter.class,
      description =
          "Only these kinds of question, comma separated: ${COMPLETION-CANDIDATES}. "
              + "Default: every kind.")
  List<Kind> kinds = new ArrayList<>();

  /** The kinds asked for, in the order given; empty for every kind. */
  Set<Kind> kinds() {
    return new LinkedHashSet<>(kinds);
  }
}

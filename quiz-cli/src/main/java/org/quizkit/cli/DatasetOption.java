package org.quizkit.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --dataset FILE}, for every command that reads content. */
final class DatasetOption {
  @Option(
      names = "--dataset",
      paramLabel = "FILE",
      description = "Read content from this dataset file (same schema as the built-in one) "
          + "instead of the built-in dataset.")
  Path file;

  /** The dataset file asked for, or empty for the built-in dataset. */
  Optional<Path> file() {
    return Optional.ofNullable(file);
  }
}

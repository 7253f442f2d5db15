package org.quizkit.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.quizkit.content.QuizContent;
import org.quizkit.content.dataset.Dataset;
import org.quizkit.content.dataset.DatasetLoader;
import picocli.CommandLine.Option;

/** {@code --dataset FILE}, for every command that reads content. */
final class DatasetOption {
  @Option(
      names = "--dataset",
      converter = NonBlank.PathValue.class,
      paramLabel = "FILE",
      description =
          "Read content from this dataset file (same schema as the built-in one) "
              + "instead of the built-in dataset.")
  Path file;

  /**
   * The dataset asked for: the file given, or the built-in one.
   *
   * @throws org.quizkit.content.dataset.DatasetException listing every problem in the file
   */
  Dataset load() {
    return file().map(DatasetLoader::load).orElseGet(DatasetLoader::loadBuiltIn);
  }

  /**
   * The content over the dataset asked for: its questions, modules and generators; the built-in
   * content comes from the context, which may have started loading it already.
   *
   * @throws org.quizkit.content.dataset.DatasetException listing every problem in the file
   */
  QuizContent content(Context context) {
    return file().map(QuizContent::fromDataset).orElseGet(context.builtIn());
  }

  /** The dataset file asked for, or empty for the built-in dataset. */
  Optional<Path> file() {
    return Optional.ofNullable(file);
  }
}

package org.quizkit.content.dataset;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.quizkit.content.internal.tree.Node;
import org.quizkit.content.internal.tree.Problems;
import org.quizkit.content.internal.tree.TreeReader;
import org.quizkit.content.internal.tree.TreeReader.Format;
import org.quizkit.core.diagnostic.Diagnostic;

/**
 * The front door of the dataset feature: loads the built-in spread dataset, or a teacher's own file
 * in the same schema (see {@code docs/dataset.md}), and validates it.
 *
 * <p>Loading checks everything (syntax, schema version, keys, value types, ids, references, tiers,
 * synonyms, step orders) and reports every problem at once in one {@link DatasetException}, each
 * with its line and column. Thread-safe; the built-in dataset is read once and shared, which is
 * safe because {@link Dataset} is immutable.
 */
public final class DatasetLoader {
  /** The file name of the built-in dataset, as its diagnostics name it. */
  public static final String BUILT_IN = "spread.yaml";

  /** The JSON form of {@link #BUILT_IN} that the build writes beside it. */
  static final String PRECOMPILED = "spread.json";

  // Memoized rather than a static field so that a broken resource fails with a DatasetException on
  // every call instead of an ExceptionInInitializerError once.
  private static final Supplier<Dataset> BUILT_IN_DATASET =
      Suppliers.memoize(DatasetLoader::readBuiltIn);

  private static final String TOO_LARGE =
      String.format(
          Locale.ROOT,
          "the file is larger than %,d bytes, more than a dataset file may hold (at most %,d"
              + " characters)",
          TreeReader.MAX_BYTES,
          TreeReader.MAX_CHARACTERS);

  private DatasetLoader() {}

  /**
   * The dataset that ships with quizkit, built from the article on metastatic cancer.
   *
   * @throws DatasetException if the shipped file is broken (a packaging error)
   */
  public static Dataset loadBuiltIn() {
    return BUILT_IN_DATASET.get();
  }

  /**
   * Loads a dataset file: JSON when its name ends in {@code .json}, YAML otherwise.
   *
   * @throws DatasetException listing every problem found, including a file that cannot be read
   */
  public static Dataset load(Path file) {
    checkNotNull(file, "file");
    // Diagnostics name the file as the user wrote it, so an editor can jump to file:line:column.
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw single(name, cannotRead(file, "is a directory"));
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      // Bounded, so that a device such as /dev/zero or a file of gigabytes is refused after
      // reading just past the limit, instead of filling the memory first.
      bytes = readAtMost(in, TreeReader.MAX_BYTES).orElseThrow(() -> single(name, TOO_LARGE));
    } catch (IOException e) {
      throw single(name, cannotRead(file, why(e)));
    }
    return parse(name, bytes, formatOf(name));
  }

  /**
   * The whole stream when it holds at most {@code limit} bytes; empty, having read no more than one
   * byte past the limit, when it holds more.
   */
  static Optional<byte[]> readAtMost(InputStream in, int limit) throws IOException {
    byte[] bytes = in.readNBytes(limit + 1);
    return bytes.length > limit ? Optional.empty() : Optional.of(bytes);
  }

  /** Why a file could not be read, in a few plain words such as {@code permission denied}. */
  static String why(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    // The operating system's own reason, such as "Not a directory", without the file name that
    // the message repeats.
    String reason =
        e instanceof FileSystemException fileSystem ? fileSystem.getReason() : e.getMessage();
    if (reason == null || reason.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
  }

  private static String cannotRead(Path file, String why) {
    return "cannot read " + file + ": " + why;
  }

  /** The syntax a file name implies. */
  static Format formatOf(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".json") ? Format.JSON : Format.YAML;
  }

  /** Loads dataset text; {@code source} names it in diagnostics. */
  static Dataset parse(String source, byte[] bytes, Format format) {
    Problems problems = new Problems(source);
    Optional<Node> root = new TreeReader(problems).read(bytes, format);
    Optional<Dataset> dataset = root.flatMap(r -> new Binder(problems).bind(r));
    problems.throwIfAny();
    // Binding returns nothing only after reporting why, so this holds once no problem was found.
    return dataset.orElseThrow(() -> single(source, "the file holds no dataset"));
  }

  // The JSON form the build writes from spread.yaml (see Precompiled), which a cold JVM reads
  // faster; the YAML itself when the classes were not built by Maven.
  private static Dataset readBuiltIn() {
    Optional<Dataset> precompiled = readResource(PRECOMPILED, Format.JSON);
    return precompiled
        .or(() -> readResource(BUILT_IN, Format.YAML))
        .orElseThrow(() -> single(BUILT_IN, "the built-in dataset is missing from the class path"));
  }

  private static Optional<Dataset> readResource(String name, Format format) {
    try (InputStream in = DatasetLoader.class.getResourceAsStream(name)) {
      return in == null ? Optional.empty() : Optional.of(parse(name, in.readAllBytes(), format));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DatasetException single(String source, String message) {
    return new DatasetException(List.of(new Diagnostic(source, 0, 0, message)));
  }
}

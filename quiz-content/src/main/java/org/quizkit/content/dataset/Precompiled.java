package org.quizkit.content.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.quizkit.content.internal.tree.Node;
import org.quizkit.content.internal.tree.NodeJson;
import org.quizkit.content.internal.tree.Problems;
import org.quizkit.content.internal.tree.TreeReader;
import org.quizkit.content.internal.tree.TreeReader.Format;

/**
 * The build's step that turns the bundled YAML files into JSON with the same tree, which the
 * library then reads at run time: a cold JVM reads the JSON about 25 ms faster (85 ms against 60
 * for the dataset, JDK 17 with a class-data archive), and with both files in JSON a command that
 * uses only the built-in content never loads the YAML parser. The YAML stays the source: it is what
 * people edit, review and copy as a template, and its diagnostics are the ones anyone sees, because
 * this step refuses a dataset with any problem before writing its JSON.
 *
 * <p>Run by Maven at {@code process-classes} (see quiz-content's POM); {@link
 * DatasetLoader#loadBuiltIn} and the modules fall back to the YAML when the JSON is missing, as it
 * is when classes are compiled by something other than Maven.
 */
final class Precompiled {
  private Precompiled() {}

  /**
   * Writes the JSON form of each YAML file given, as pairs {@code source.yaml target.json}. A file
   * named {@code spread.yaml} is first loaded as a dataset, and any problem stops the build with
   * the usual {@code file:line:column: message} lines.
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 0 || args.length % 2 != 0) {
      throw new IllegalArgumentException(
          "usage: Precompiled SOURCE.yaml TARGET.json [SOURCE.yaml TARGET.json ...]");
    }
    for (int i = 0; i < args.length; i += 2) {
      Path source = Path.of(args[i]);
      try {
        if (source.getFileName().toString().equals(DatasetLoader.BUILT_IN)) {
          DatasetLoader.load(source);
        }
        Files.writeString(Path.of(args[i + 1]), json(source), StandardCharsets.UTF_8);
      } catch (DatasetException e) {
        // The build shows the message: one file:line:column line per problem.
        throw new IllegalStateException(
            "the bundled dataset has problems:\n"
                + String.join("\n", e.diagnostics().stream().map(Object::toString).toList()),
            e);
      }
    }
  }

  /** The YAML file's tree as compact JSON; scalars keep the kind the YAML gave them. */
  static String json(Path yaml) throws IOException {
    Problems problems = new Problems(yaml.toString());
    Optional<Node> root = new TreeReader(problems).read(Files.readAllBytes(yaml), Format.YAML);
    problems.throwIfAny();
    return NodeJson.of(root.orElseThrow());
  }
}

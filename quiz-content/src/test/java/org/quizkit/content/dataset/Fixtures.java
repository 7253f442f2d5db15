package org.quizkit.content.dataset;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.quizkit.content.internal.tree.TreeReader.Format;
import org.quizkit.core.diagnostic.Diagnostic;

/** Test files and ways to load changed copies of them. */
final class Fixtures {
  private Fixtures() {}

  /** The text of a test resource in this package. */
  static String resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The small valid dataset with one piece of text replaced; fails if the text is not there. */
  static String smallWith(String from, String to) {
    String small = resource("small.yaml");
    assertTrue(small.contains(from), "small.yaml has no '" + from + "'");
    return small.replace(from, to);
  }

  /** The diagnostics loading this YAML reports; fails the test when it loads cleanly. */
  static List<Diagnostic> problems(String yaml) {
    return problems(yaml.getBytes(StandardCharsets.UTF_8), Format.YAML);
  }

  static List<Diagnostic> problems(byte[] bytes, Format format) {
    try {
      DatasetLoader.parse("test.yaml", bytes, format);
    } catch (DatasetException e) {
      return e.diagnostics();
    }
    return fail("expected the dataset to be rejected");
  }

  /** Loads YAML that must be valid. */
  static Dataset load(String yaml) {
    return DatasetLoader.parse("test.yaml", yaml.getBytes(StandardCharsets.UTF_8), Format.YAML);
  }

  /** The 1-based line of the first line containing the snippet. */
  static int lineOf(String text, String snippet) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(snippet)) {
        return i + 1;
      }
    }
    return fail("no line contains '" + snippet + "'");
  }

  /** The 1-based column of a token within a given line. */
  static int columnOf(String text, int line, String token) {
    int at = text.lines().toList().get(line - 1).indexOf(token);
    assertTrue(at >= 0, "line " + line + " has no '" + token + "'");
    return at + 1;
  }
}

package org.quizkit.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file under {@code src/test/resources/org/quizkit/core/export/}. Run
 * with {@code -Dgolden.update=true} to rewrite the golden files after a deliberate change, then
 * review the diff.
 */
final class Golden {
  private static final Path SOURCE = Path.of("src/test/resources/org/quizkit/core/export");

  private Golden() {}

  static void assertMatches(String name, byte[] actual) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(SOURCE);
      Files.write(SOURCE.resolve(name), actual);
      return;
    }
    try (InputStream in = Golden.class.getResourceAsStream(name)) {
      assertNotNull(in, "golden file " + name + " is missing; run with -Dgolden.update=true");
      String expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Path written = Path.of("target/golden-actual").resolve(name);
      Files.createDirectories(written.getParent());
      Files.write(written, actual);
      assertEquals(
          expected,
          new String(actual, StandardCharsets.UTF_8),
          name + " differs from the golden file; the output is in " + written);
    }
  }
}

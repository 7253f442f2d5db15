package org.quizkit.worksheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quizkit.worksheet.WorksheetSpec.Format;

/**
 * The HTML and Markdown of a small fixed worksheet, compared byte for byte with files reviewed by a
 * person. After an intended change, regenerate with {@code -Dworksheet.golden.update=true} and
 * review the diff.
 */
class GoldenTests {
  private static final Path GOLDEN = Path.of("src/test/resources/org/quizkit/worksheet/golden");

  static final WorksheetSpec SPEC =
      WorksheetSpec.defaults("Science & <review> \"quiz\"")
          .withCount(6)
          .withVersions(2)
          .withSeed(42);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "worksheet-A.html",
        "worksheet-A-key.html",
        "worksheet-B.html",
        "worksheet-A.md",
        "worksheet-A-key.md",
        "worksheet-B-key.md",
        "worksheet-keys.html",
        "worksheet-keys.md"
      })
  void matchesTheReviewedFile(String name) throws IOException {
    Format format = name.endsWith(".md") ? Format.MARKDOWN : Format.HTML;
    Map<String, byte[]> files = Worksheets.render(Banks.small(), SPEC.withFormat(format));
    String actual = new String(files.get(name), StandardCharsets.UTF_8);
    Path golden = GOLDEN.resolve(name);
    if (Boolean.getBoolean("worksheet.golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, name);
  }
}

package org.quizkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quizkit.cli.Quiz.Result;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DatasetCommandsTests {
  @TempDir Path dir;

  private static String builtInText() throws IOException {
    try (InputStream in =
        DatasetCommandsTests.class.getResourceAsStream(
            "/org/quizkit/content/dataset/spread.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Nested
  class Check {
    @Test
    void acceptsTheBuiltInDatasetAndSaysWhatItHolds() throws IOException {
      Path file = Files.writeString(dir.resolve("spread.yaml"), builtInText());

      Result result = Quiz.quiz().run("dataset", "check", file.toString());

      assertEquals(0, result.code(), result::toString);
      assertTrue(result.out().contains("ok (19 cancers"), result::toString);
    }

    @Test
    void reportsThreeDifferentMistakesWithLineAndColumnAndExitsWithOne() throws IOException {
      String good = builtInText();
      String bad =
          good.replaceFirst("site: adrenal-glands, tier: most", "site: adrenal, tier: most")
              .replaceFirst("site: liver, tier: most", "site: liver, tier: often")
              .replaceFirst(
                  "\\{cancer: lung, site: bone, tier: most, section: spread/lung\\}",
                  "{cancer: lung, site: bone, tier: most, section: spread/lungs}");
      Path file = Files.writeString(dir.resolve("teacher.yaml"), bad);

      Result result = Quiz.quiz().run("dataset", "check", file.toString());

      assertEquals(1, result.code(), result::toString);
      List<String> lines = result.errLines();
      assertEquals(4, lines.size(), result::toString);
      String prefix = file + ":";
      List<String> badLines = List.of(bad.split("\n", -1));
      // In file order: colorectal's facts come before lung's.
      assertDiagnostic(lines.get(0), prefix, badLines, "unknown tier 'often'");
      assertDiagnostic(lines.get(1), prefix, badLines, "unknown site 'adrenal'");
      assertDiagnostic(lines.get(2), prefix, badLines, "unknown section 'spread/lungs'");
      assertEquals(file + ": 3 problems", lines.get(3));
    }

    /** The diagnostic points at the line and column where its wrong value stands. */
    private void assertDiagnostic(String line, String prefix, List<String> file, String message) {
      assertTrue(line.startsWith(prefix), line);
      String[] parts = line.substring(prefix.length()).split(":", 3);
      int lineNo = Integer.parseInt(parts[0]);
      int column = Integer.parseInt(parts[1]);
      assertTrue(parts[2].contains(message), line);
      String value = message.replaceAll(".*'(.*)'.*", "$1");
      assertEquals(
          value, file.get(lineNo - 1).substring(column - 1, column - 1 + value.length()), line);
    }

    @Test
    void namesAMissingFile() {
      Result result = Quiz.quiz().run("dataset", "check", dir.resolve("none.yaml").toString());

      assertEquals(1, result.code(), result::toString);
      assertTrue(result.err().contains("no such file"), result::toString);
    }
  }

  @Nested
  class Facts {
    @Test
    void listsEachCancerWithItsTiersAsText() {
      Result result = Quiz.quiz().run("facts");

      assertEquals(0, result.code(), result::toString);
      assertTrue(
          result.out().contains("lung cancer  [Which cancers spread where? / Lung]"),
          result::toString);
      assertTrue(
          result.out().contains("most often: adrenal glands, liver, bones, brain"),
          result::toString);
    }

    @Test
    void printsVersionedJsonThatProgramsCanRead() {
      Result result = Quiz.quiz().run("facts", "--format", "json");

      assertEquals(0, result.code(), result::toString);
      JsonNode root = JsonMapper.builder().build().readTree(result.out());
      assertEquals("quizkit-facts", root.get("format").asString());
      assertEquals(19, root.get("cancers").size());
      assertTrue(root.get("spread").size() > 50);
    }

    @Test
    void readsAnotherDatasetGivenWithTheOption() throws IOException {
      Path file =
          Files.writeString(
              dir.resolve("mine.yaml"),
              builtInText().replace("name: Where cancers spread", "name: My corrected facts"));

      Result result = Quiz.quiz().run("facts", "--dataset", file.toString());

      assertEquals(0, result.code(), result::toString);
      assertTrue(result.out().startsWith("My corrected facts"), result::toString);
    }
  }
}

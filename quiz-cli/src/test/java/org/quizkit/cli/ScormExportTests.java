package org.quizkit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quizkit.cli.Quiz.quiz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quizkit.cli.Quiz.Result;

/** {@code quiz export --format scorm2004 | scorm12} with {@code --pass}. */
class ScormExportTests {
  @TempDir Path dir;

  @Test
  void writesAScorm2004PackageWithThePassMarkAndTheSameBytesForTheSameSeed() throws IOException {
    Path first = dir.resolve("a.zip");
    Path second = dir.resolve("b.zip");
    Result result =
        quiz()
            .run(
                "export",
                "--format",
                "scorm2004",
                "--count",
                "6",
                "--pass",
                "0.65",
                "--seed",
                "3",
                "--out",
                first.toString());
    quiz()
        .run(
            "export",
            "--format",
            "scorm2004",
            "--count",
            "6",
            "--pass",
            "0.65",
            "--seed",
            "3",
            "--out",
            second.toString());

    assertEquals(0, result.code(), result::toString);
    assertEquals("wrote 6 questions to " + first + " (scorm2004)\n", result.out());
    assertTrue(result.err().contains("the answers are inside the package"), result::toString);
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    try (ZipFile zip = new ZipFile(first.toFile())) {
      String manifest =
          new String(
              zip.getInputStream(zip.getEntry("imsmanifest.xml")).readAllBytes(),
              StandardCharsets.UTF_8);
      assertTrue(manifest.contains("<schemaversion>2004 4th Edition</schemaversion>"), manifest);
      assertTrue(manifest.contains("<imsss:minNormalizedMeasure>0.65<"), manifest);
    }
  }

  @Test
  void writesAScorm12PackageWithTheDefaultPassMark() throws IOException {
    Path out = dir.resolve("chest.zip");
    Result result =
        quiz()
            .run(
                "export",
                "--format",
                "scorm12",
                "--count",
                "4",
                "--seed",
                "5",
                "--out",
                out.toString());

    assertEquals(0, result.code(), result::toString);
    try (ZipFile zip = new ZipFile(out.toFile())) {
      String manifest =
          new String(
              zip.getInputStream(zip.getEntry("imsmanifest.xml")).readAllBytes(),
              StandardCharsets.UTF_8);
      assertTrue(manifest.contains("<adlcp:masteryscore>80</adlcp:masteryscore>"), manifest);
    }
  }

  @Test
  void namesThePackageAndItsPlayerWithTheTitle() throws IOException {
    Path out = dir.resolve("t.zip");
    Result result =
        quiz()
            .run(
                "export",
                "--format",
                "scorm12",
                "--count",
                "3",
                "--title",
                "Where cancers spread",
                "--seed",
                "3",
                "--out",
                out.toString());
    assertEquals(0, result.code(), result::toString);
    try (ZipFile zip = new ZipFile(out.toFile())) {
      String manifest =
          new String(
              zip.getInputStream(zip.getEntry("imsmanifest.xml")).readAllBytes(),
              StandardCharsets.UTF_8);
      String index =
          new String(
              zip.getInputStream(zip.getEntry("index.html")).readAllBytes(),
              StandardCharsets.UTF_8);
      assertTrue(manifest.contains("<title>Where cancers spread</title>"), manifest);
      assertTrue(index.contains("<h1>Where cancers spread</h1>"), index);
    }
  }

  @Test
  void aPassMarkOutsideZeroToOneIsAUsageError() {
    Path out = dir.resolve("x.zip");
    Result result =
        quiz().run("export", "--format", "scorm2004", "--pass", "80", "--out", out.toString());

    assertEquals(2, result.code(), result::toString);
    assertTrue(
        result.err().contains("'80' is not a fraction from 0 to 1 (0.8 passes at 80 %)"),
        result::toString);
    assertFalse(Files.exists(out));
  }

  @Test
  void aPassMarkForAnotherFormatIsAUsageError() {
    Result result =
        quiz()
            .run(
                "export",
                "--format",
                "gift",
                "--pass",
                "0.5",
                "--out",
                dir.resolve("x").toString());

    assertEquals(2, result.code(), result::toString);
    assertTrue(
        result.err().contains("--pass is for the SCORM formats (scorm2004, scorm12), not gift"),
        result::toString);
  }
}

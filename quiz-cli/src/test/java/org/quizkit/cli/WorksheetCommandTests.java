package org.quizkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quizkit.cli.Quiz.quiz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quizkit.cli.Quiz.Result;

class WorksheetCommandTests {
  @TempDir Path dir;

  @Test
  void writesASheetAndAKeyPerVersionAndListsThem() throws IOException {
    Result result =
        quiz()
            .run(
                "worksheet",
                "--count",
                "6",
                "--versions",
                "3",
                "--seed",
                "5",
                "--format",
                "md",
                "--out",
                dir.toString());

    assertEquals(0, result.code(), result::toString);
    List<String> names;
    try (Stream<Path> files = Files.list(dir)) {
      names = files.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertEquals(
        List.of(
            "worksheet-A-key.md",
            "worksheet-A.md",
            "worksheet-B-key.md",
            "worksheet-B.md",
            "worksheet-C-key.md",
            "worksheet-C.md"),
        names);
    assertEquals(6, result.outLines().size(), result::toString);
    assertTrue(Files.readString(dir.resolve("worksheet-A.md")).contains("seed 5"));
  }

  @Test
  void givesTheSameSheetsForTheSameSeed() throws IOException {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    quiz()
        .run(
            "worksheet",
            "--count",
            "8",
            "--seed",
            "9",
            "--format",
            "html",
            "--out",
            first.toString());
    quiz()
        .run(
            "worksheet",
            "--count",
            "8",
            "--seed",
            "9",
            "--format",
            "html",
            "--out",
            second.toString());

    assertEquals(
        Files.readString(first.resolve("worksheet-A.html")),
        Files.readString(second.resolve("worksheet-A.html")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"101", "0", "ten"})
  void refusesVersionsOutsideTheLettersAsAUsageError(String versions) {
    Result result =
        quiz().run("worksheet", "--versions", versions, "--seed", "1", "--out", dir.toString());

    assertEquals(2, result.code(), result::toString);
    assertEquals(
        "quiz worksheet: invalid value for option '--versions': '"
            + versions
            + "' is not a number of versions from 1 to 100 (lettered A to Z, then AA to CV)",
        result.errLines().get(0));
  }

  @Test
  void refusesMoreVersionsThanLettersForAnExportToo() {
    Result result =
        quiz()
            .run(
                "export",
                "--format",
                "gift",
                "--versions",
                "101",
                "--seed",
                "1",
                "--out",
                dir.resolve("x.gift").toString());

    assertEquals(2, result.code(), result::toString);
    assertTrue(
        result
            .errLines()
            .get(0)
            .contains("'--versions': '101' is not a number of versions from 1 to 100"),
        result::toString);
  }

  @Test
  void printsWhatTheModuleHoldsAndSaysSoWhenItCannotFillTheSheet() throws IOException {
    Result result =
        quiz()
            .run(
                "worksheet",
                "--module",
                "steps",
                "--count",
                "500",
                "--seed",
                "1",
                "--format",
                "md",
                "--out",
                dir.toString());

    assertEquals(0, result.code(), result::toString);
    String note = result.errLines().get(0);
    assertTrue(
        note.matches(
            "quiz worksheet: only \\d+ questions? (match(es)? these options|can share a quiz"
                + " under the assembly rules .*), not 500"),
        note);
    int held = Integer.parseInt(note.replaceAll("\\D+", " ").strip().split(" ")[0]);
    String sheet = Files.readString(dir.resolve("worksheet-A.md"));
    assertTrue(sheet.contains("Version A · " + held + " question"), sheet);
    assertTrue(sheet.contains("## " + held + ". "), sheet);
    assertTrue(!sheet.contains("## " + (held + 1) + ". "), sheet);
  }

  @Test
  void refusesWhenNoQuestionMatches() {
    Result result =
        quiz()
            .run(
                "worksheet",
                "--module",
                "steps",
                "--kinds",
                "short-answer",
                "--seed",
                "1",
                "--out",
                dir.toString());

    assertEquals(1, result.code(), result::toString);
    assertEquals(List.of("quiz worksheet: no questions match these options"), result.errLines());
  }
}

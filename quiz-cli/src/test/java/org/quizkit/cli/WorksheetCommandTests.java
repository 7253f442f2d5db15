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
            "worksheet-C.md",
            "worksheet-keys.md"),
        names);
    assertEquals(7, result.outLines().size(), result::toString);
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
  void refusesMoreQuestionsThanMatchAndWritesNothing() throws IOException {
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
                dir.resolve("sheets").toString());

    assertEquals(1, result.code(), result::toString);
    assertEquals(1, result.errLines().size(), result::toString);
    assertTrue(
        result
            .errLines()
            .get(0)
            .matches(
                "quiz worksheet: --count 500 asks for more questions than match these options"
                    + " \\(\\d+\\); nothing written"),
        result::toString);
    assertTrue(Files.notExists(dir.resolve("sheets")));
  }

  @Test
  void printsPointsHeaderAndSourceAndRefusesAFolderOfAnotherRun() throws IOException {
    String[] args = {
      "worksheet",
      "--count",
      "8",
      "--versions",
      "2",
      "--seed",
      "4",
      "--format",
      "md",
      "--points",
      "multiple-response=2,matching=3",
      "--course",
      "Biology 2B",
      "--teacher",
      "Ms Okafor",
      "--time-allowed",
      "30 minutes",
      "--out",
      dir.toString()
    };
    assertEquals(0, quiz().run(args).code());
    String sheet = Files.readString(dir.resolve("worksheet-A.md"));
    assertTrue(sheet.contains("| Course | Biology 2B | Teacher | Ms Okafor |"), sheet);
    assertTrue(sheet.contains("| Time allowed | 30 minutes |"), sheet);
    assertTrue(sheet.matches("(?s).*\\*\\*Score: _+ / \\d+\\*\\*.*"), sheet);
    assertTrue(sheet.contains("Questions written from Metastatic Cancer"), sheet);
    String key = Files.readString(dir.resolve("worksheet-A-key.md"));
    assertTrue(key.contains("American Cancer Society. Last reviewed 2014-02-07."), key);
    assertTrue(key.contains("points multiple-response=2, matching=3"), key);

    Result again =
        quiz().run("worksheet", "--seed", "4", "--format", "md", "--out", dir.toString());
    assertEquals(1, again.code(), again::toString);
    assertTrue(again.errLines().get(0).contains("worksheet files of another run"), again::toString);
  }

  @Test
  void refusesABadWeightAsAUsageError() {
    Result result = quiz().run("worksheet", "--points", "matching=0", "--out", dir.toString());
    assertEquals(2, result.code(), result::toString);
    assertTrue(
        result.errLines().get(0).contains("points for matching is 0, must be from 1 to 100"),
        result::toString);
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

package org.quizkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertIterableEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quizkit.cli.Quiz.quiz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quizkit.cli.Quiz.Result;
import org.quizkit.content.QuizContent;
import org.quizkit.core.assembly.QuizSpec;
import org.quizkit.core.question.Question;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BankAndExportTests {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  @Nested
  class Bank {
    @Test
    void printsQuestionsOfEveryTemplateAsVersionedJson() {
      Result result = quiz().run("bank", "--format", "json", "--seed", "3");

      assertEquals(0, result.code(), result::toString);
      JsonNode root = JSON.readTree(result.out());
      assertEquals("quizkit-bank", root.get("format").asString());
      Set<String> templates = new TreeSet<>();
      root.get("questions").forEach(q -> templates.add(q.get("template").asString()));
      Set<String> expected = new TreeSet<>(QuizContent.builtIn().generators().templateIds());
      assertEquals(expected, templates);
    }

    @Test
    void drawsOnlyTheCountAskedFor() {
      Result result = quiz().run("bank", "--count", "5", "--seed", "3");

      assertEquals(0, result.code(), result::toString);
      assertEquals(5, JSON.readTree(result.out()).get("questions").size());
    }

    /**
     * Pinned against the library, not against a digest of the output: the bank's questions change
     * whenever a template is added or reworded, but {@code bank --seed S} must always print what
     * the library draws for seed S (ids, stems and every option in the order shown), and another
     * seed must draw other questions. A command that ignored {@code --seed} fails both checks.
     */
    @Test
    void printsTheQuestionsTheLibraryDrawsForTheGivenSeed() {
      Result ten = quiz().run("bank", "--count", "7", "--seed", "10");
      Result eleven = quiz().run("bank", "--count", "7", "--seed", "11");

      assertEquals(0, ten.code(), ten::toString);
      assertEquals(0, eleven.code(), eleven::toString);
      List<String> printed = shown(JSON.readTree(ten.out()));
      assertEquals(7, printed.size(), ten::toString);
      assertIterableEquals(
          shown(
              QuizContent.builtIn().quiz(QuizSpec.builder().count(7).seed(10).build()).questions()),
          printed);
      assertNotEquals(printed, shown(JSON.readTree(eleven.out())));
    }

    @Test
    void printsTheWholeBankWithTheDistractorsOfTheGivenSeed() {
      Result ten = quiz().run("bank", "--seed", "10");

      assertEquals(0, ten.code(), ten::toString);
      List<String> printed = shown(JSON.readTree(ten.out()));
      assertIterableEquals(shown(QuizContent.builtIn().bank(10)), printed);
      assertNotEquals(printed, shown(JSON.readTree(quiz().run("bank", "--seed", "11").out())));
    }
  }

  @Nested
  class Export {
    @Test
    void writesTheFileAndSaysHowManyQuestionsItHolds() throws IOException {
      Path out = dir.resolve("deep/bank.gift");

      Result result =
          quiz().run("export", "--format", "gift", "--out", out.toString(), "--seed", "2");

      assertEquals(0, result.code(), result::toString);
      // Every GIFT question starts with its title, "::id::", on a line of its own; a ':' inside
      // any text is escaped, so no other line starts with "::".
      long inFile = Files.readAllLines(out).stream().filter(line -> line.startsWith("::")).count();
      assertEquals(QuizContent.builtIn().bank(2).size(), inFile, "the whole bank is written");
      assertEquals(
          List.of("wrote " + inFile + " questions to " + out + " (gift)"),
          result.outLines(),
          result::toString);
    }

    @Test
    void reportsWhatAikenLeavesOutAndWhy() {
      Path out = dir.resolve("bank.txt");

      Result result =
          quiz().run("export", "--format", "aiken", "--out", out.toString(), "--seed", "2");

      assertEquals(0, result.code(), result::toString);
      assertTrue(result.out().contains("left out"), result::toString);
      assertTrue(
          result.err().contains("Aiken holds single-choice questions only"), result::toString);
    }

    @Test
    void takesOnlyTheChosenModule() throws IOException {
      Path out = dir.resolve("chest.json");

      Result result =
          quiz()
              .run(
                  "export",
                  "--format",
                  "json",
                  "--module",
                  "chest",
                  "--out",
                  out.toString(),
                  "--seed",
                  "2");

      assertEquals(0, result.code(), result::toString);
      JsonNode questions = JSON.readTree(Files.readString(out)).get("questions");
      assertTrue(questions.size() > 0);
      questions.forEach(
          q -> assertTrue(q.get("tags").toString().contains("module:chest"), q.toString()));
    }

    @Test
    void writesOneFilePerVersionEachDrawnAfreshWhenResampled() throws IOException {
      Path out = dir.resolve("quiz.json");

      Result result =
          quiz()
              .run(
                  "export",
                  "--format",
                  "json",
                  "--kinds",
                  "single-choice",
                  "--count",
                  "8",
                  "--versions",
                  "3",
                  "--variants",
                  "resample",
                  "--seed",
                  "5",
                  "--out",
                  out.toString());

      assertEquals(0, result.code(), result::toString);
      Set<String> versions = new TreeSet<>();
      for (String letter : List.of("A", "B", "C")) {
        JsonNode questions =
            JSON.readTree(Files.readString(dir.resolve("quiz-" + letter + ".json")))
                .get("questions");
        assertEquals(8, questions.size(), letter);
        questions.forEach(q -> assertEquals("single-choice", q.get("kind").asString()));
        versions.add(questions.toString());
      }
      assertEquals(3, versions.size(), "each version is its own draw");
    }

    @Test
    void saysWhenTheAssemblyRulesLeaveFewerQuestionsThanAsked() {
      // 54 single-choice questions match, but no template may hold more than a fifth of a quiz
      // and enemies may not share one, so far fewer can.
      Result result =
          quiz()
              .run(
                  "export",
                  "--format",
                  "json",
                  "--kinds",
                  "single-choice",
                  "--count",
                  "54",
                  "--seed",
                  "5",
                  "--out",
                  dir.resolve("sc.json").toString());

      assertEquals(0, result.code(), result::toString);
      assertTrue(
          result
              .errLines()
              .get(0)
              .matches(
                  "quiz export: only \\d+ questions can share a quiz under the assembly rules .*, not 54"),
          result::toString);
    }

    @Test
    void bankExportAndWorksheetGiveOneDrawForOneSeed() throws IOException {
      Result bank = quiz().run("bank", "--count", "20", "--seed", "10");
      Path json = dir.resolve("export.json");
      Result export =
          quiz()
              .run(
                  "export",
                  "--format",
                  "json",
                  "--count",
                  "20",
                  "--seed",
                  "10",
                  "--versions",
                  "30",
                  "--out",
                  json.toString());
      Path sheets = dir.resolve("sheets");
      Result worksheet =
          quiz()
              .run(
                  "worksheet",
                  "--count",
                  "20",
                  "--versions",
                  "30",
                  "--seed",
                  "10",
                  "--format",
                  "md",
                  "--out",
                  sheets.toString());

      assertEquals(0, bank.code() + export.code() + worksheet.code(), export + "\n" + worksheet);
      JsonNode fromBank = JSON.readTree(bank.out()).get("questions");
      for (int v = 0; v < 30; v++) {
        String letter = org.quizkit.worksheet.Version.label(v);
        JsonNode exported =
            JSON.readTree(Files.readString(dir.resolve("export-" + letter + ".json")))
                .get("questions");
        if (v == 0) {
          assertEquals(fromBank, exported, "bank --count and export version A");
        }
        String sheet = Files.readString(sheets.resolve("worksheet-" + letter + ".md"));
        int at = -1;
        for (JsonNode question : exported) {
          // The sheet prints the questions in the exported order.
          int next = sheet.indexOf(question.get("stem").asString().split("\n")[0], at + 1);
          assertTrue(next > at, letter + ": " + question.get("id"));
          at = next;
        }
      }
      assertTrue(Files.exists(sheets.resolve("worksheet-AD-key.md")));
    }

    @Test
    void writesNothingAndSaysSoWhenNoQuestionMatches() {
      Path out = dir.resolve("none.txt");

      Result result =
          quiz()
              .run(
                  "export",
                  "--format",
                  "aiken",
                  "--kinds",
                  "ordering",
                  "--module",
                  "chest",
                  "--out",
                  out.toString(),
                  "--seed",
                  "1");

      assertEquals(1, result.code(), result::toString);
      assertTrue(result.err().contains("no questions match these options"), result::toString);
      assertTrue(Files.notExists(out), "no empty file left behind");
    }

    @Test
    void leavesNoFileAndExitsOneWhenTheFormatHoldsNoneOfTheQuestions() throws IOException {
      Path out = dir.resolve("matching.txt");
      Files.writeString(out, "an older export");

      Result result =
          quiz()
              .run(
                  "export",
                  "--format",
                  "aiken",
                  "--kinds",
                  "matching",
                  "--out",
                  out.toString(),
                  "--seed",
                  "1");

      assertEquals(1, result.code(), result::toString);
      List<String> err = result.errLines();
      assertTrue(
          err.get(err.size() - 1)
              .matches(
                  "quiz export: wrote nothing to .*matching\\.txt: aiken cannot hold any of the"
                      + " \\d+ questions \\(each is listed above with the reason\\)"),
          result::toString);
      assertEquals("", result.out(), result::toString);
      assertEquals("an older export", Files.readString(out), "the file is left as it was");
      try (var files = Files.list(dir)) {
        assertEquals(List.of(out), files.toList(), "no temporary file is left behind");
      }
    }

    @Test
    void fillsAnAikenCountFromTheKindsAikenHolds() throws IOException {
      Path out = dir.resolve("twenty.txt");

      Result result =
          quiz()
              .run(
                  "export",
                  "--format",
                  "aiken",
                  "--count",
                  "20",
                  "--out",
                  out.toString(),
                  "--seed",
                  "1");

      assertEquals(0, result.code(), result::toString);
      assertEquals(
          20, Files.readAllLines(out).stream().filter(l -> l.startsWith("ANSWER: ")).count());
      assertEquals(
          List.of("wrote 20 questions to " + out + " (aiken)"),
          result.outLines(),
          result::toString);
      assertTrue(
          result
              .errLines()
              .get(0)
              .equals(
                  "quiz export: aiken holds only single-choice and true-false questions, so"
                      + " --count draws single-choice and true-false questions only"),
          result::toString);
    }

    @Test
    void treatsACountOfKindsTheFormatCannotHoldAsAUsageError() {
      Result result =
          quiz()
              .run(
                  "export",
                  "--format",
                  "aiken",
                  "--kinds",
                  "matching,ordering",
                  "--count",
                  "5",
                  "--out",
                  dir.resolve("x.txt").toString(),
                  "--seed",
                  "1");

      assertEquals(2, result.code(), result::toString);
      assertEquals(
          "quiz export: aiken holds only single-choice and true-false questions, not matching and"
              + " ordering (--kinds)",
          result.errLines().get(0),
          result::toString);
      assertTrue(Files.notExists(dir.resolve("x.txt")));
    }

    @Test
    void givesEveryMoodleVersionItsOwnCategoriesAndIdNumbers() throws IOException {
      Path out = dir.resolve("quiz.xml");

      Result result =
          quiz()
              .run(
                  "export",
                  "--format",
                  "moodle-xml",
                  "--count",
                  "6",
                  "--versions",
                  "2",
                  "--seed",
                  "3",
                  "--out",
                  out.toString());

      assertEquals(0, result.code(), result::toString);
      Set<String> idNumbers = new TreeSet<>();
      Set<String> categories = new TreeSet<>();
      int questions = 0;
      for (String letter : List.of("A", "B")) {
        String xml = Files.readString(dir.resolve("quiz-" + letter + ".xml"));
        var ids = java.util.regex.Pattern.compile("<idnumber>([^<]*)</idnumber>").matcher(xml);
        while (ids.find()) {
          questions++;
          assertTrue(idNumbers.add(ids.group(1)), ids.group(1) + " is in two versions");
        }
        var paths =
            java.util.regex.Pattern.compile("<text>(\\$course\\$[^<]*)</text>").matcher(xml);
        Set<String> own = new TreeSet<>();
        while (paths.find()) {
          own.add(paths.group(1));
        }
        assertTrue(own.stream().noneMatch(categories::contains), own + " in two versions");
        categories.addAll(own);
      }
      assertEquals(12, questions);
    }

    @Test
    void writesWhatMatchesAndSaysSoWhenFewerQuestionsMatchThanAsked() throws IOException {
      Path out = dir.resolve("steps.gift");

      Result result =
          quiz()
              .run(
                  "export",
                  "--format",
                  "gift",
                  "--module",
                  "steps",
                  "--count",
                  "500",
                  "--out",
                  out.toString(),
                  "--seed",
                  "1");

      assertEquals(0, result.code(), result::toString);
      String note = result.errLines().get(0);
      assertTrue(
          note.matches(
              "quiz export: only \\d+ questions? (match(es)? these options|can share a quiz"
                  + " under the assembly rules .*), not 500"),
          note);
      String held = note.replaceAll("\\D+", " ").strip().split(" ")[0];
      assertTrue(result.out().contains("wrote " + held + " question"), result::toString);
      assertTrue(Files.exists(out));
    }

    @Test
    void treatsAnEmptyOutputPathAsAUsageError() {
      Result result = quiz().run("export", "--format", "json", "--out", "", "--seed", "1");

      assertEquals(2, result.code(), result::toString);
      assertTrue(result.errLines().get(0).contains("'--out': must not be empty"), result::toString);
    }

    @Test
    void treatsAnUnknownModuleAsAUsageError() {
      Result result =
          quiz()
              .run(
                  "export",
                  "--format",
                  "json",
                  "--module",
                  "lungs",
                  "--out",
                  dir.resolve("x").toString(),
                  "--seed",
                  "2");

      assertEquals(2, result.code(), result::toString);
      assertTrue(
          result.errLines().get(0).contains("unknown module 'lungs' (known: travel"),
          result::toString);
    }
  }

  /** Each question as the learner sees it: id, stem and the options shown, in order. */
  private static List<String> shown(JsonNode bank) {
    List<String> questions = new ArrayList<>();
    for (JsonNode question : bank.get("questions")) {
      StringBuilder text = new StringBuilder();
      text.append(question.get("id").asString())
          .append(" | ")
          .append(question.get("stem").asString());
      for (String field : List.of("options", "items", "premises", "choices")) {
        if (question.has(field)) {
          question.get(field).forEach(o -> text.append(" | ").append(o.get("text").asString()));
        }
      }
      questions.add(text.toString());
    }
    return questions;
  }

  private static List<String> shown(List<Question> questions) {
    List<String> shown = new ArrayList<>();
    for (Question question : questions) {
      StringBuilder text = new StringBuilder();
      text.append(question.id()).append(" | ").append(question.stem());
      question.shownOptions().forEach(o -> text.append(" | ").append(o.text()));
      shown.add(text.toString());
    }
    return shown;
  }
}

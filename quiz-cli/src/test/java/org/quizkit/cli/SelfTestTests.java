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
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quizkit.cli.Quiz.Result;
import org.quizkit.content.QuizContent;
import org.quizkit.core.progress.Attempt;
import org.quizkit.core.progress.ProgressStore;
import org.quizkit.store.sqlite.SqliteStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SelfTestTests {
  private static final Pattern FEEDBACK = Pattern.compile("\\((\\d+(\\.\\d+)?) of 1 point\\)");

  @TempDir Path dir;

  private String dataDir() {
    return dir.toString();
  }

  private List<Attempt> attempts() {
    try (ProgressStore store = SqliteStore.open(dir.resolve("progress.db"))) {
      return store.attempts(LearnerOption.DEFAULT);
    }
  }

  private static int count(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    int found = 0;
    while (matcher.find()) {
      found++;
    }
    return found;
  }

  private static int count(String part, String text) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }

  private Result practice(Quiz quiz, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "practice",
                "--count",
                "5",
                "--kinds",
                "single-choice",
                "--seed",
                "3",
                "--plain",
                "--data-dir",
                dataDir()));
    args.addAll(List.of(more));
    return quiz.run(args.toArray(String[]::new));
  }

  @Nested
  class Practice {
    @Test
    void asksFiveNumberedQuestionsFromPipedAnswersAndSavesEachOne() {
      Result result = practice(quiz().withInput("a", "b", "c", "d", "a"));

      assertEquals(0, result.code(), result::toString);
      for (int n = 1; n <= 5; n++) {
        assertTrue(result.out().contains("Question " + n + " of 5\n"), result::toString);
        // The heading numbers the question; the stem does not repeat it.
        assertFalse(result.out().contains("of 5\n" + n + ". "), result::toString);
      }
      int feedback = count(FEEDBACK, result.out());
      assertTrue(feedback >= 4, result::toString);
      assertEquals(feedback, attempts().size());
      assertEquals(feedback, count("Correct answer: ", result.out().split("Summary")[0]));
      assertTrue(result.out().contains("Source: "), result::toString);
      assertTrue(result.out().contains("Score: "), result::toString);
      assertTrue(result.out().contains("Time: 0 s"), result::toString);
      assertTrue(
          result
              .out()
              .contains("Repeat this quiz: quiz practice --count 5 --kinds single-choice --seed 3"),
          result::toString);
    }

    @Test
    void recordsEveryAnswerWithItsFactsAndTheClocksTime() {
      Result result = practice(quiz().withInput("a", "a", "a", "a", "a"));

      assertEquals(5, count(FEEDBACK, result.out()), result::toString);
      List<Attempt> attempts = attempts();
      assertEquals(5, attempts.size());
      assertTrue(attempts.stream().allMatch(a -> a.at().equals(Quiz.START)));
      assertTrue(attempts.stream().allMatch(a -> !a.facts().isEmpty()), attempts::toString);
      assertTrue(result.out().contains("Done. Summary:"), result::toString);
    }

    @Test
    void aMissIsSavedOnlyAgainstTheFactsTheKeyDependsOn() {
      practice(quiz().withInput("a", "a", "a", "a", "a"));

      Map<String, org.quizkit.core.question.Question> bank = new java.util.HashMap<>();
      QuizContent.builtIn().bank(3).forEach(q -> bank.put(q.id(), q));
      int narrowed = 0;
      for (Attempt attempt : attempts()) {
        org.quizkit.core.question.QuestionInfo info = bank.get(attempt.questionId()).info();
        List<String> basis = info.basis().stream().distinct().toList();
        if (attempt.score() >= 1) {
          assertEquals(basis, attempt.facts());
        } else {
          assertTrue(basis.containsAll(attempt.facts()), attempt::toString);
          assertTrue(attempt.facts().stream().allMatch(info.tests()::contains), attempt::toString);
          narrowed += attempt.facts().size() < basis.size() ? 1 : 0;
        }
      }
      assertTrue(narrowed > 0, attempts()::toString);
    }

    @Test
    void givesAHintAndTheSameQuestionAgainForLinesThatAreNoAnswer() {
      Result result = practice(quiz().withInput("z", "", "banana", "a", "q"));

      assertTrue(result.out().contains("There is no option z."), result::toString);
      assertTrue(result.out().contains("Nothing was typed."), result::toString);
      assertEquals(1, count("Question 1 of 5", result.out()), result::toString);
      assertEquals(1, count(FEEDBACK, result.out()), result::toString);
      assertEquals(1, attempts().size());
    }

    @Test
    void helpsSkipsAndQuitsWithASummaryOfWhatWasAnswered() {
      Result result = practice(quiz().withInput("?", "a", "s", "q"));

      assertEquals(0, result.code(), result::toString);
      assertTrue(result.out().contains("Type ? for this help"), result::toString);
      assertTrue(result.out().contains("Skipped."), result::toString);
      assertTrue(result.out().contains("Stopped. Summary of what you answered:"), result::toString);
      assertTrue(result.out().contains("Not reached: 3 of 5"), result::toString);
      assertEquals(1, attempts().size());
    }

    @Test
    void endOfInputMidQuizEndsCleanlyKeepingTheAnswers() {
      Result result = practice(quiz().withInput("a", "b"));

      assertEquals(0, result.code(), result::toString);
      assertEquals("", result.err());
      assertTrue(result.out().contains("End of input."), result::toString);
      assertEquals(2, attempts().size());
    }

    @Test
    void printsNoEscapeCodesWhenPipedWithNoColorOrPlain() {
      Result noColor =
          quiz()
              .withEnv(Map.of("NO_COLOR", "1"))
              .withInput("a", "?", "s", "x", "b", "q")
              .run("practice", "--count", "3", "--seed", "5", "--data-dir", dataDir());
      Result piped =
          quiz()
              .withInput("a", "s", "b")
              .run("practice", "--count", "3", "--seed", "5", "--data-dir", dataDir());

      for (Result result : List.of(noColor, piped)) {
        assertEquals(0, result.code(), result::toString);
        assertFalse(result.out().contains("\u001b"), result::toString);
        assertTrue(result.out().chars().allMatch(c -> c < 128), result::toString);
      }
    }

    @Test
    void anUnknownModuleIsAUsageError() {
      Result result =
          quiz().run("practice", "--module", "lung", "--seed", "1", "--data-dir", dataDir());

      assertEquals(2, result.code(), result::toString);
      assertTrue(result.errLines().get(0).contains("unknown module 'lung'"), result::toString);
    }
  }

  @Nested
  class ForeignFile {
    @Test
    void refusesAFileThatIsNotAProgressDatabaseAndLeavesItAlone() throws IOException {
      Path database = dir.resolve("progress.db");
      byte[] content = "my shopping list\n".getBytes(StandardCharsets.UTF_8);
      Files.write(database, content);

      for (String[] args :
          List.of(
              new String[] {"practice", "--seed", "1", "--data-dir", dataDir()},
              new String[] {"learn", "--seed", "1", "--data-dir", dataDir()},
              new String[] {"review", "--seed", "1", "--data-dir", dataDir()},
              new String[] {"progress", "--data-dir", dataDir()},
              new String[] {"modules", "--data-dir", dataDir()})) {
        Result result = quiz().withInput("a").run(args);

        assertEquals(1, result.code(), result::toString);
        assertTrue(result.err().contains(database.toAbsolutePath().toString()), result::toString);
        assertArrayEquals(content, Files.readAllBytes(database));
      }
      try (var files = Files.list(dir)) {
        assertEquals(List.of(database), files.toList());
      }
    }
  }

  @Nested
  class Learn {
    @Test
    void showsTheLessonThenAsksUntilTheModuleIsMasteredAndSuggestsTheNext() {
      QuizContent content = QuizContent.builtIn();
      String[] answers =
          Keys.learnQuiz(content, "travel", 8).stream().map(Keys::typed).toArray(String[]::new);

      Result result =
          quiz().withInput(answers).run("learn", "travel", "--seed", "8", "--data-dir", dataDir());

      assertEquals(0, result.code(), result::toString);
      String title = content.catalog().module("travel").orElseThrow().title();
      assertTrue(result.out().startsWith(title + "\n"), result::toString);
      assertTrue(result.out().contains("You will be able to:"), result::toString);
      assertTrue(result.out().contains("Question 1 of " + answers.length), result::toString);
      assertTrue(result.out().contains("You have mastered this module."), result::toString);
      assertTrue(result.out().contains("Next: quiz learn steps"), result::toString);
      // Mastery is reached before the last question (seed 8), so the drill stops early.
      assertTrue(result.out().contains("That is enough for now."), result::toString);
      assertTrue(attempts().size() < answers.length, result::toString);
    }

    @Test
    void asksAgainAboutFactsNotMasteredAfterARoundEnds() {
      int size = Keys.learnQuiz(QuizContent.builtIn(), "travel", 1).size();
      String[] skips = new String[size + 1];
      java.util.Arrays.fill(skips, "s");

      Result result =
          quiz().withInput(skips).run("learn", "travel", "--seed", "1", "--data-dir", dataDir());

      assertEquals(0, result.code(), result::toString);
      assertTrue(
          result.out().contains("Round 2: the questions on facts not mastered yet."),
          result::toString);
      assertTrue(result.out().contains("Carry on with: quiz learn travel"), result::toString);
      assertEquals(0, attempts().size());
    }

    @Test
    void withoutAModuleTakesTheFirstNotMastered() {
      QuizContent content = QuizContent.builtIn();
      String[] answers =
          Keys.learnQuiz(content, "travel", 1).stream().map(Keys::typed).toArray(String[]::new);
      quiz().withInput(answers).run("learn", "travel", "--seed", "1", "--data-dir", dataDir());

      Result next = quiz().run("learn", "--seed", "1", "--data-dir", dataDir());

      String title = content.catalog().module("steps").orElseThrow().title();
      assertTrue(next.out().startsWith(title + "\n"), next::toString);
    }

    @Test
    void endOfInputBeforeTheQuestionsSavesNothing() {
      Result result = quiz().run("learn", "naming", "--seed", "1", "--data-dir", dataDir());

      assertEquals(0, result.code(), result::toString);
      assertTrue(result.out().contains("(naming 0 of "), result::toString);
      assertEquals(0, attempts().size());
    }
  }

  @Nested
  class Review {
    @Test
    void saysNothingWasStudiedOnAFreshDataDirectory() {
      Result result = quiz().run("review", "--seed", "1", "--data-dir", dataDir());

      assertEquals(0, result.code(), result::toString);
      assertTrue(result.out().contains("Nothing studied yet"), result::toString);
      assertFalse(Files.exists(dir.resolve("progress.db")));
    }

    @Test
    void asksAboutTheFactsOnceTheyFallDue() {
      practice(quiz().withInput("a", "a", "a", "a", "a"));
      int answered = attempts().size();

      Result now = quiz().run("review", "--seed", "1", "--data-dir", dataDir());
      assertTrue(
          now.out()
              .contains("Nothing is due for review now. The next fact is due " + "2026-11-24 09:"),
          now::toString);

      Clock later = Clock.fixed(Quiz.START.plus(Duration.ofDays(60)), ZoneOffset.UTC);
      // One valid form for every kind, cycled: an invalid line only asks the same question again.
      List<String> anyKind = new java.util.ArrayList<>();
      for (int i = 0; i < 12; i++) {
        anyKind.addAll(List.of("1a 2b 3c", "a", "t", "a b c", "bones"));
      }
      Result due =
          quiz()
              .withClock(later)
              .withInput(anyKind.toArray(String[]::new))
              .run("review", "--seed", "1", "--data-dir", dataDir(), "--plain");

      assertEquals(0, due.code(), due::toString);
      assertTrue(
          due.out().matches("(?s)\\d+ facts? (is|are) due for review: \\d+ questions?\\..*"),
          due::toString);
      assertTrue(due.out().contains("Question 1 of "), due::toString);
      // After the review, the mastery of the modules it asked about, as learn and modules count.
      assertTrue(
          Pattern.compile("(?m)^Mastery of the modules reviewed:\\n- \\S+ \\d+ of \\d+ facts?, ")
              .matcher(due.out())
              .find(),
          due::toString);
      assertTrue(attempts().size() > answered, due::toString);
      assertTrue(
          attempts().subList(answered, attempts().size()).stream()
              .allMatch(a -> a.at().equals(later.instant())));
    }
  }

  @Nested
  class ReviewClosesTheLoop {
    @Test
    void asksAMissAgainThenSaysWhatIsDueWhatIsComingAndWhatNext() {
      practice(quiz().withInput("a", "a", "a", "a", "a"));
      Clock later = Clock.fixed(Quiz.START.plus(Duration.ofDays(60)), ZoneOffset.UTC);
      List<String> lines = new java.util.ArrayList<>(List.of("s"));
      for (int i = 0; i < 6; i++) {
        lines.addAll(List.of("1a 2b 3c", "a", "t", "a b c", "bones"));
      }

      Result due =
          quiz()
              .withClock(later)
              .withInput(lines.toArray(String[]::new))
              .run("review", "--count", "1", "--seed", "1", "--data-dir", dataDir(), "--plain");

      assertEquals(0, due.code(), due::toString);
      assertTrue(
          due.out()
              .matches("(?s)\\d+ facts are due for review: 1 question of \\d+ \\(--count\\)\\..*"),
          due::toString);
      assertEquals(2, count("Question 1 of 1", due.out()), due::toString);
      assertTrue(due.out().contains("Once more, the question you missed:"), due::toString);
      assertTrue(
          Pattern.compile("(?m)^\\d+ facts? (is|are) due now\\.\\nComing up: \\d+ now")
              .matcher(due.out())
              .find(),
          due::toString);
      assertTrue(due.out().strip().endsWith("Next: quiz review"), due::toString);
    }

    @Test
    void nothingDueGivesTheForecastAndDrawsNoSeed() {
      practice(quiz().withInput("a", "a", "a", "a", "a"));

      Result now = quiz().run("review", "--data-dir", dataDir());

      assertEquals(0, now.code(), now::toString);
      assertTrue(now.out().contains("\nComing up: "), now::toString);
      assertFalse(now.out().contains("Seed"), now::toString);
    }
  }

  @Nested
  class History {
    @Test
    void progressShowsStudyDaysTheFactsKeptMissedAndEveryFactOnRequest() {
      for (int i = 0; i < 3; i++) {
        practice(quiz().withInput("a", "a", "a", "a", "a"));
      }

      Result text = quiz().run("progress", "--data-dir", dataDir());
      Result facts = quiz().run("progress", "--facts", "--data-dir", dataDir());

      assertEquals(0, text.code(), text::toString);
      assertTrue(
          text.out().contains("Study days: 1; 1 day in a row; 15 answers today."), text::toString);
      assertTrue(
          Pattern.compile("(?m)^Facts you keep missing:\\n- \\S+: missed 3 times; due ")
              .matcher(text.out())
              .find(),
          text::toString);
      assertTrue(
          text.out().contains("Every fact you studied, with when it is due: quiz progress --facts"),
          text::toString);
      assertTrue(facts.out().contains("Your facts (fact, state, missed, due):"), facts::toString);
      assertTrue(
          Pattern.compile("(?m)^- \\S+  (learning|relearning|review)  \\d+  2026-")
              .matcher(facts.out())
              .find(),
          facts::toString);
    }
  }

  @Nested
  class WeakFirst {
    @Test
    void practiceWeakAsksFirstAboutTheFactsLastMissed() {
      practice(quiz().withInput("a", "a", "a", "a", "a"));
      List<String> weak = org.quizkit.content.learner.Selections.weakFacts(attempts());
      assertFalse(weak.isEmpty(), attempts()::toString);

      Result result =
          quiz()
              .withInput("s", "s", "s")
              .run("practice", "--weak", "--count", "3", "--seed", "12", "--data-dir", dataDir());

      assertEquals(0, result.code(), result::toString);
      Map<String, org.quizkit.core.question.Question> bank = new java.util.HashMap<>();
      QuizContent.builtIn().bank(11).forEach(q -> bank.put(q.id(), q));
      long onWeak = result.out().lines().filter(l -> l.startsWith("Question ")).count();
      assertEquals(3, onWeak, result::toString);
      // Every question asked rests on a weak fact: the stems shown are those of such questions.
      long weakStems =
          bank.values().stream()
              .filter(q -> q.info().basis().stream().anyMatch(weak::contains))
              .filter(q -> result.out().contains(q.stem().strip().lines().findFirst().get()))
              .count();
      assertTrue(weakStems >= 3, result::toString);
      assertTrue(
          result.out().contains("quiz practice --count 3 --weak --seed 12"), result::toString);
    }

    @Test
    void weakFactsAreThoseLastMissedTheMostOftenMissedFirst() {
      java.time.Instant at = Quiz.START;
      org.quizkit.core.response.Response r = new org.quizkit.core.response.Response.Judgement(true);
      List<Attempt> attempts =
          List.of(
              new Attempt("me", "q1", List.of("a", "b"), r, 0.0, at),
              new Attempt("me", "q2", List.of("b", "c"), r, 0.0, at),
              new Attempt("me", "q3", List.of("c"), r, 1.0, at),
              new Attempt("me", "q4", List.of("d"), r, 0.5, at));

      assertEquals(
          List.of("b", "d", "a"), org.quizkit.content.learner.Selections.weakFacts(attempts));
    }
  }

  @Nested
  class ModulesAndProgress {
    @Test
    void listsTheModulesInOrderWithEmptyBarsOnAFreshDataDirectory() {
      Result result = quiz().run("modules", "--data-dir", dataDir());

      assertEquals(0, result.code(), result::toString);
      List<String> ids = QuizContent.builtIn().moduleIds();
      for (int i = 0; i < ids.size(); i++) {
        assertTrue(
            result.out().contains(String.format("%2d. %s ", i + 1, ids.get(i))), result::toString);
      }
      assertEquals(ids.size(), count("[----------]   0%", result.out()), result::toString);
      assertTrue(result.out().contains("Next: quiz learn " + ids.get(0)), result::toString);
      assertFalse(Files.exists(dir.resolve("progress.db")));
    }

    @Test
    void progressShowsMasteryAndDueFactsAsTextAndJson() {
      practice(quiz().withInput("a", "a", "a", "a", "a"));

      Result text = quiz().run("progress", "--data-dir", dataDir());
      assertEquals(0, text.code(), text::toString);
      assertTrue(text.out().contains("Mastery per module:"), text::toString);
      assertTrue(text.out().contains("Next due: 2026-11-24 09:"), text::toString);
      assertFalse(text.out().contains("\u001b"), text::toString);

      Result json =
          quiz()
              .withClock(Clock.fixed(Quiz.START.plus(Duration.ofDays(60)), ZoneOffset.UTC))
              .run("progress", "--format", "json", "--data-dir", dataDir());
      assertEquals(0, json.code(), json::toString);
      JsonNode root = JsonMapper.builder().build().readTree(json.out());
      assertEquals("quizkit-progress", root.get("format").asString());
      assertEquals(1, root.get("version").asInt());
      assertEquals(QuizContent.builtIn().moduleIds().size(), root.get("modules").size());
      int studied = root.get("facts").get("studied").asInt();
      assertTrue(studied > 0, json::toString);
      assertEquals(studied, root.get("facts").get("due").asInt(), json::toString);
      int mastered = 0;
      for (JsonNode module : root.get("modules")) {
        mastered += module.get("mastered").asInt();
      }
      assertTrue(mastered > 0, json::toString);
    }

    @Test
    void progressOnAFreshDataDirectorySaysNothingWasStudied() {
      Result json = quiz().run("progress", "--format", "json", "--data-dir", dataDir());

      JsonNode facts = JsonMapper.builder().build().readTree(json.out()).get("facts");
      assertEquals(0, facts.get("studied").asInt());
      assertTrue(facts.get("nextDue").isNull());
    }
  }
}

package org.quizkit.worksheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quizkit.core.diagnostic.Diagnostic;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.worksheet.WorksheetSpec.Variants;

class VersionsTests {
  static Set<String> ids(Version version) {
    return version.questions().stream().map(Question::id).collect(Collectors.toSet());
  }

  static List<String> order(Version version) {
    return version.questions().stream().map(Question::id).toList();
  }

  @Nested
  class Shuffle {
    @Test
    void labelsVersionsFromA() {
      List<Version> versions =
          Worksheets.versions(Banks.mixed(12), WorksheetSpec.defaults("T").withVersions(4));
      assertEquals(List.of("A", "B", "C", "D"), versions.stream().map(Version::label).toList());
    }

    @Test
    void givesEveryVersionTheSameQuestionsInAnotherOrder() {
      List<Version> versions =
          Worksheets.versions(
              Banks.mixed(40), WorksheetSpec.defaults("T").withCount(20).withVersions(3));
      for (Version version : versions) {
        assertEquals(20, version.questions().size());
        assertEquals(ids(versions.get(0)), ids(version));
      }
      assertNotEquals(order(versions.get(0)), order(versions.get(1)));
      assertNotEquals(order(versions.get(1)), order(versions.get(2)));
    }

    @Test
    void shufflesOptionsPerVersionButKeepsTheKey() {
      List<Question> bank = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        List<Option> options = new ArrayList<>();
        for (char c = 'a'; c <= 'e'; c++) {
          options.add(Option.of(String.valueOf(c), "Option " + c + i));
        }
        bank.add(new SingleChoice("q" + i, "Stem " + i, options, "c", Banks.info("q" + i, "", "")));
      }
      List<Version> versions =
          Worksheets.versions(bank, WorksheetSpec.defaults("T").withCount(8).withVersions(2));
      List<String> optionOrders = new ArrayList<>();
      for (Version version : versions) {
        for (Question question : version.questions()) {
          SingleChoice choice = (SingleChoice) question;
          assertEquals("c", choice.correct());
          optionOrders.add(
              question.id()
                  + choice.options().stream().map(Option::id).collect(Collectors.joining()));
        }
      }
      List<String> first = optionOrders.subList(0, 8).stream().sorted().toList();
      List<String> second = optionOrders.subList(8, 16).stream().sorted().toList();
      assertNotEquals(first, second, "versions A and B print options in the same order");
    }
  }

  @Nested
  class Filtering {
    @Test
    void drawsOnlyTheKindsAskedFor() {
      List<Version> versions =
          Worksheets.versions(
              Banks.mixed(30),
              WorksheetSpec.defaults("T")
                  .withCount(10)
                  .withKinds(List.of(Kind.TRUE_FALSE, Kind.MATCHING)));
      for (Question question : versions.get(0).questions()) {
        assertTrue(
            question.kind() == Kind.TRUE_FALSE || question.kind() == Kind.MATCHING, question.id());
      }
    }

    @Test
    void drawsOnlyQuestionsCarryingOneOfTheTags() {
      List<Version> versions =
          Worksheets.versions(
              Banks.blueprinted(4),
              WorksheetSpec.defaults("T")
                  .withCount(20)
                  .withTags(List.of("module:alpha", "module:gamma")));
      for (Question question : versions.get(0).questions()) {
        assertTrue(!question.id().startsWith("beta"), question.id());
      }
    }
  }

  @Nested
  class Problems {
    @Test
    void namesTheCountAndWhatTheFiltersLeft() {
      WorksheetException e =
          assertThrows(
              WorksheetException.class,
              () ->
                  Worksheets.versions(
                      Banks.small(),
                      WorksheetSpec.defaults("T").withCount(3).withKinds(List.of(Kind.ORDERING))));
      assertEquals(
          "worksheet: count is 3 but the bank has only 1 questions matching kinds ordering"
              + " (bank size 6)",
          e.getMessage());
    }

    @Test
    void reportsEveryProblemAtOnce() {
      List<Question> bank = new ArrayList<>(Banks.small());
      bank.addAll(Banks.small().subList(0, 2));
      WorksheetException e =
          assertThrows(
              WorksheetException.class,
              () -> Worksheets.versions(bank, WorksheetSpec.defaults("T").withCount(50)));
      List<Diagnostic> problems = e.diagnostics();
      assertEquals(3, problems.size(), e.getMessage());
      assertEquals(
          new Diagnostic("bank", 0, 0, "more than one question has the id 'planet'"),
          problems.get(0));
      assertTrue(problems.get(1).message().contains("'prime'"), e.getMessage());
      assertEquals("worksheet", problems.get(2).source(), e.getMessage());
      assertTrue(problems.get(2).message().contains("count is 50"), e.getMessage());
      assertTrue(e.getMessage().endsWith("\n3 problems"), e.getMessage());
    }

    @Test
    void refusesAQuestionWithMoreOptionsThanLetters() {
      List<Option> options = new ArrayList<>();
      for (int i = 0; i < 27; i++) {
        options.add(Option.of("o" + i, "Option " + i));
      }
      Question wide = new SingleChoice("wide", "Pick one", options, "o3", Banks.info("w", "", ""));
      WorksheetException e =
          assertThrows(
              WorksheetException.class,
              () -> Worksheets.versions(List.of(wide), WorksheetSpec.defaults("T").withCount(1)));
      assertEquals(
          "question 'wide': has 27 options, but a sheet letters at most 26 (A-Z)", e.getMessage());
    }
  }

  @Nested
  class Resample {
    @Test
    void reusesQuestionsOnlyWhenACellRunsOut() {
      // one question per cell: version B can only repeat version A's questions
      List<Version> versions =
          Worksheets.versions(
              Banks.blueprinted(1),
              WorksheetSpec.defaults("T")
                  .withCount(9)
                  .withVersions(2)
                  .withVariants(Variants.RESAMPLE));
      assertEquals(ids(versions.get(0)), ids(versions.get(1)));
    }

    @Test
    void drawsFreshQuestionsWhileTheBankHasThem() {
      // one cell of ten questions: two versions of five fit without a repeat
      List<Question> oneCell =
          Banks.blueprinted(10).stream().filter(q -> q.id().startsWith("alpha-most")).toList();
      List<Version> versions =
          Worksheets.versions(
              oneCell,
              WorksheetSpec.defaults("T")
                  .withCount(5)
                  .withVersions(2)
                  .withVariants(Variants.RESAMPLE));
      Set<String> overlap = ids(versions.get(0));
      overlap.retainAll(ids(versions.get(1)));
      assertEquals(Set.of(), overlap);
    }
  }
}

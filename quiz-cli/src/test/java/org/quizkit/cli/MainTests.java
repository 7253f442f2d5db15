package org.quizkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quizkit.cli.Quiz.quiz;

import java.io.StringWriter;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quizkit.cli.Quiz.CountingSeeds;
import org.quizkit.cli.Quiz.Result;
import org.quizkit.core.question.Kind;
import picocli.CommandLine;

class MainTests {
  /** Every command quiz offers, in the order help lists them, then picocli's help. */
  static final List<String> COMMANDS =
      List.of(
          "practice",
          "learn",
          "review",
          "progress",
          "modules",
          "facts",
          "bank",
          "dataset",
          "worksheet",
          "mark",
          "export",
          "serve",
          "help");

  /** The commands that draw questions and so take --seed. */
  static Stream<String> seededCommands() {
    return Stream.of(
        "bank",
        "worksheet --out target/test-out/sheets",
        "export --format gift --out target/test-out/bank.gift");
  }

  private static String[] words(String commandLine) {
    return commandLine.split(" ");
  }

  private static String[] words(String commandLine, String... more) {
    return Stream.concat(Stream.of(words(commandLine)), Stream.of(more)).toArray(String[]::new);
  }

  @Nested
  class Help {
    @Test
    void registersExactlyTheseCommandsInThisOrder() {
      CommandLine tree = Commands.tree(quiz().context(new StringWriter(), new StringWriter()));
      assertEquals(COMMANDS, List.copyOf(tree.getSubcommands().keySet()));
    }

    @Test
    void listsEveryCommandWithItsDescriptionOnOneLine() {
      Result result = quiz().run("--help");

      assertEquals(0, result.code(), result::toString);
      assertEquals("", result.err());
      // Written out here rather than read from the commands' annotations, so that a changed
      // description or a wrapped line shows up as a difference in this text.
      String commands =
          """
          Commands:
            practice   Answer a round of questions, with feedback after each.
            learn      Work through a learning module: lesson, then questions.
            review     Go over the facts that are due for review.
            progress   Show your progress in each module and what is due for review.
            modules    List the learning modules, with your mastery of each.
            facts      List the facts behind the questions, with their sources.
            bank       Print the generated question bank, with answers.
            dataset    Check dataset files (for authors of another dataset).
            worksheet  Write printable worksheets with answer keys.
            mark       Mark a class's answers to worksheets, with item statistics.
            export     Write questions for a learning management system (LMS).
            serve      Practise, learn and review in a web browser.
            help       Display help information about the specified command.
          """;
      assertTrue(result.out().contains("\n" + commands + "\n"), result::toString);
    }

    @Test
    void explainsTheExitCodes() {
      String out = quiz().run("--help").out();

      assertTrue(out.contains("0   success"), out);
      assertTrue(out.contains("1   data or runtime error"), out);
      assertTrue(out.contains("2   usage error"), out);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "practice",
          "learn",
          "review",
          "progress",
          "modules",
          "facts",
          "bank",
          "dataset",
          "dataset check",
          "worksheet",
          "export"
        })
    void everyCommandHasItsOwnHelp(String command) {
      Result result = quiz().run(words(command, "--help"));

      assertEquals(0, result.code(), result::toString);
      assertTrue(result.out().startsWith("Usage: quiz " + command + " "), result::toString);
      assertEquals("", result.err());
    }

    @Test
    void practiceHelpShowsEveryOptionAndKind() {
      String out = quiz().run("practice", "--help").out();

      for (String option :
          List.of(
              "--module=M",
              "--count=N",
              "--kinds=K",
              "--seed=S",
              "--plain",
              "--dataset=FILE",
              "--data-dir=DIR")) {
        assertTrue(out.contains(option), () -> option + " missing from\n" + out);
      }
      for (Kind kind : Kind.values()) {
        assertTrue(out.contains(kind.id()), () -> kind.id() + " missing from\n" + out);
      }
    }

    @Test
    void helpCommandShowsAnotherCommandsHelp() {
      Result viaCommand = quiz().run("help", "export");

      assertEquals(0, viaCommand.code());
      assertEquals(quiz().run("export", "--help").out(), viaCommand.out());
    }

    @Test
    void noCommandIsAUsageError() {
      Result result = quiz().run();

      assertEquals(2, result.code(), result::toString);
      assertEquals("quiz: missing command", result.errLines().get(0));
      assertTrue(result.errLines().get(1).startsWith("Usage: quiz"), result::toString);
      assertEquals("", result.out());
    }

    @Test
    void commandGroupWithoutSubcommandIsAUsageError() {
      Result result = quiz().run("dataset");

      assertEquals(2, result.code(), result::toString);
      assertEquals("quiz dataset: missing command", result.errLines().get(0));
      assertTrue(result.err().contains("check"), result::toString);
    }
  }

  @Nested
  class Version {
    private final Pattern quizLine = Pattern.compile("quiz \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");

    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V"})
    void printsQuizVersionFromTheBuildAndTheJavaItRunsOn(String option) {
      Result result = quiz().run(option);

      assertEquals(0, result.code(), result::toString);
      List<String> lines = result.outLines();
      assertEquals(2, lines.size(), result::toString);
      assertTrue(quizLine.matcher(lines.get(0)).matches(), result::toString);
      assertTrue(lines.get(1).startsWith("Java " + Runtime.version().feature()), result::toString);
      assertEquals("", result.err());
    }

    @Test
    void shortcutPrintsWhatPicocliWouldPrint() {
      // Main answers a lone --version without building the tree; the tree must agree.
      StringWriter out = new StringWriter();
      int code = Commands.tree(quiz().context(out, new StringWriter())).execute("--version");

      assertEquals(0, code);
      assertEquals(quiz().run("--version").out(), out.toString());
    }
  }

  @Nested
  class UsageErrors {
    @Test
    void unknownCommandGivesOneLineAndWhereHelpIs() {
      Result result = quiz().run("pratice");

      assertEquals(2, result.code(), result::toString);
      assertEquals(
          "quiz: unknown command 'pratice' (did you mean 'practice'?)", result.errLines().get(0));
      assertEquals(List.of("Help: quiz --help"), result.errLines().subList(1, 2), result::toString);
      assertEquals(2, result.errLines().size(), result::toString);
      assertEquals("", result.out());
    }

    @Test
    void unknownOptionGivesOneLineAndWhereTheCommandsHelpIs() {
      Result result = quiz().run("practice", "--colour");

      assertEquals(2, result.code(), result::toString);
      assertTrue(
          result.errLines().get(0).startsWith("quiz practice: unknown option '--colour'"),
          result::toString);
      assertEquals("Help: quiz practice --help", result.errLines().get(1), result::toString);
      assertEquals(2, result.errLines().size(), result::toString);
      assertEquals("", result.out());
    }

    @Test
    void unexpectedArgumentIsNamed() {
      Result result = quiz().run("modules", "lung");

      assertEquals(2, result.code(), result::toString);
      assertEquals("quiz modules: unexpected argument 'lung'", result.errLines().get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"practice", "worksheet --out target/test-out/sheets"})
    void unknownKindNamesTheValueAndTheKnownKinds(String command) {
      Result result = quiz().run(words(command, "--kinds", "true-false,essay"));

      assertEquals(2, result.code(), result::toString);
      String first = result.errLines().get(0);
      assertTrue(first.contains("'--kinds'"), first);
      assertTrue(first.contains("'essay'"), first);
      assertTrue(first.contains(Kind.knownIds()), first);
      assertTrue(result.errLines().get(1).startsWith("Help: quiz "), result::toString);
    }

    @ParameterizedTest
    @CsvSource({
      "practice, --count, 0",
      "practice, --count, ten",
      "bank, --count, -3",
      "worksheet --out sheets, --count, 0",
      "export --format gift --out f, --count, 0",
      "export --format gift --out f, --pool, -1",
      "export --format gift --out f, --pool, 99999999999",
    })
    void nonPositiveNumberNamesTheOptionAndTheValue(String command, String option, String value) {
      Result result = quiz().run(words(command, option, value));

      assertEquals(2, result.code(), result::toString);
      assertEquals(
          "quiz "
              + command.split(" ")[0]
              + ": invalid value for option '"
              + option
              + "': '"
              + value
              + "' is not a positive whole number (1 to 2147483647)",
          result.errLines().get(0));
    }

    @Test
    void countAndAllTogetherAreAUsageError() {
      Result result =
          quiz().run("export", "--format", "gift", "--out", "f", "--count", "3", "--all");

      assertEquals(2, result.code(), result::toString);
      assertEquals(
          "quiz export: --count=N, --all are mutually exclusive (specify only one)",
          result.errLines().get(0));
    }

    @Test
    void unknownFormatNamesTheValueAndTheKnownFormats() {
      Result result = quiz().run("export", "--format", "docx", "--out", "f");

      assertEquals(2, result.code(), result::toString);
      assertEquals(
          "quiz export: invalid value for option '--format': 'docx' is not one of: "
              + "qti21, qti3, canvas, moodle-xml, gift, aiken, json, scorm2004, scorm12",
          result.errLines().get(0));
    }

    @ParameterizedTest
    @CsvSource({
      "worksheet --out d, --format, docx",
      "worksheet --out d, --paper, a3",
      "worksheet --out d, --variants, mix",
      "progress, --format, yaml",
      "facts, --format, csv",
      "bank, --format, text",
    })
    void everyChoiceOptionRejectsUnknownValues(String command, String option, String value) {
      Result result = quiz().run(words(command, option, value));

      assertEquals(2, result.code(), result::toString);
      String first = result.errLines().get(0);
      assertTrue(first.contains("'" + option + "'") && first.contains("'" + value + "'"), first);
    }

    @Test
    void missingRequiredOptionsAreNamed() {
      Result result = quiz().run("export");

      assertEquals(2, result.code(), result::toString);
      assertEquals(
          "quiz export: missing required options: '--format=F', '--out=FILE'",
          result.errLines().get(0));
    }

    @Test
    void seedMustBeAWholeNumber() {
      Result result = quiz().run("practice", "--seed", "lucky");

      assertEquals(2, result.code(), result::toString);
      assertTrue(result.errLines().get(0).contains("'lucky'"), result::toString);
    }

    @Test
    void validValuesGetPastParsing() {
      // Upper case and a negative seed are fine; the run then reaches the command's body, which
      // finds no question of these kinds in the module.
      Result result =
          quiz()
              .run(
                  "practice",
                  "--kinds",
                  "TRUE-FALSE,matching",
                  "--kinds",
                  "ordering",
                  "--count",
                  "5",
                  "--seed",
                  "-5",
                  "--module",
                  "chest",
                  "--plain");

      assertTrue(result.out().contains("Question 1 of"), result::toString);
      assertTrue(result.out().contains("--seed -5"), result::toString);
    }

    @Test
    void choiceValuesIgnoreCase() {
      Result result =
          quiz()
              .run(
                  "export",
                  "--format",
                  "Moodle-XML",
                  "--out",
                  "target/test-out/f.xml",
                  "--seed",
                  "1");

      assertEquals(0, result.code(), result::toString);
      assertTrue(result.out().contains("(moodle-xml)"), result::toString);
    }
  }

  @Nested
  class Seeds {
    @ParameterizedTest
    @MethodSource("org.quizkit.cli.MainTests#seededCommands")
    void drawsAndPrintsASeedWhenNoneIsGiven(String command) {
      CountingSeeds seeds = new CountingSeeds(4242);
      Result result = quiz().withSeeds(seeds).run(words(command));

      assertEquals(1, seeds.calls);
      String name = command.split(" ")[0];
      assertEquals(
          "quiz " + name + ": using seed 4242 (repeat this run with --seed 4242)",
          result.errLines().get(0));
    }

    @ParameterizedTest
    @MethodSource("org.quizkit.cli.MainTests#seededCommands")
    void usesAGivenSeedWithoutDrawingOrPrinting(String command) {
      // quiz() fails the test if the seed source is asked.
      Result result = quiz().run(words(command, "--seed", "7"));

      assertFalse(result.err().contains("seed"), result::toString);
    }

    @Test
    void aPracticeSessionTellsItsDrawnSeedAtTheEndNotAboveTheQuestions() {
      CountingSeeds seeds = new CountingSeeds(4242);
      Result result = quiz().withSeeds(seeds).run("practice", "--count", "2");

      assertEquals(1, seeds.calls);
      assertFalse(result.err().contains("seed"), result::toString);
      assertTrue(
          result.out().strip().endsWith("Repeat this quiz: quiz practice --count 2 --seed 4242"),
          result::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"practice", "learn", "review"})
    void sessionsUseAGivenSeedWithoutDrawingOrPrintingIt(String command) {
      Result result = quiz().run(command, "--seed", "7");

      assertFalse(result.err().contains("seed"), result::toString);
    }

    @Test
    void printsTheSeedExactlyAsDrawnSoItCanBeTypedBack() {
      long seed = Long.MAX_VALUE;
      Result first = quiz().withSeeds(new CountingSeeds(seed)).run("bank");

      String typedBack = first.errLines().get(0).replaceAll(".*--seed (\\S+)\\)$", "$1");
      assertEquals(String.valueOf(seed), typedBack);
      Result again = quiz().run("bank", "--seed", typedBack);
      assertFalse(again.err().contains("using seed"), again::toString);
    }
  }
}

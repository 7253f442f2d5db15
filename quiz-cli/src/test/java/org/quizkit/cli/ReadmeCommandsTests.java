package org.quizkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quizkit.cli.Quiz.quiz;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The README's shell examples run as printed: its set-up gives the reader a {@code quiz} command,
 * and every {@code quiz ...} it shows is one that {@code quiz} accepts.
 */
class ReadmeCommandsTests {
  private static final Path README = Path.of("..", "README.md");

  @Test
  void everyQuizCommandInTheReadmesShellBlocksParses() throws IOException {
    List<List<String>> commands = quizCommands(shellLines(Files.readString(README)));

    // The set-up, the learner's, the teacher's and the integrator's examples at least.
    assertTrue(commands.size() >= 10, () -> "only these quiz commands found: " + commands);
    for (List<String> command : commands) {
      String[] args = command.subList(1, command.size()).toArray(String[]::new);
      Context context = quiz().context(new StringWriter(), new StringWriter());
      try {
        Commands.tree(context).parseArgs(args);
      } catch (CommandLine.ParameterException e) {
        fail("README: `" + String.join(" ", command) + "` is refused: " + e.getMessage());
      }
    }
  }

  @Test
  void theSetUpLeavesAQuizCommandOnThePathAndStartsPractice() throws IOException {
    List<String> setUp = shellLines(Files.readString(README)).get(0);

    assertEquals(1, setUp.size(), () -> "the set-up's first block is one command: " + setUp);
    String line = setUp.get(0);
    assertTrue(line.contains("bin:$PATH"), () -> "the set-up puts bin/ on the PATH: " + line);
    List<List<String>> quiz = quizCommands(List.of(setUp));
    assertEquals(List.of(List.of("quiz", "practice")), quiz, () -> "the set-up ends in: " + line);
  }

  @Test
  void noExampleRunsTheJarByHand() throws IOException {
    for (List<String> block : shellLines(Files.readString(README))) {
      for (String line : block) {
        assertTrue(
            !line.contains("java -jar quiz-cli/target/quiz.jar"),
            () -> "README: use the quiz command, not: " + line);
      }
    }
  }

  @Test
  void findsQuizCommandsAfterPipesAndAndsButNotInCommentsOrQuotes() {
    List<List<String>> found =
        quizCommands(
            List.of(
                List.of(
                    "./mvnw -q package && export PATH=\"$PWD/bin:$PATH\" && quiz practice",
                    "printf \"a | quiz x\\nb\\n\" | quiz practice --count 5 --seed 3",
                    "quiz modules            # quiz learn next",
                    "echo 'quiz learn'; quiz review")));

    assertEquals(
        List.of(
            List.of("quiz", "practice"),
            List.of("quiz", "practice", "--count", "5", "--seed", "3"),
            List.of("quiz", "modules"),
            List.of("quiz", "review")),
        found);
  }

  @Test
  void aCommandQuizRefusesIsReported() {
    List<String> args = quizCommands(List.of(List.of("quiz practice --count nine"))).get(0);
    Context context = quiz().context(new StringWriter(), new StringWriter());

    try {
      Commands.tree(context).parseArgs(args.subList(1, args.size()).toArray(String[]::new));
      fail("--count nine parsed");
    } catch (CommandLine.ParameterException expected) {
      // what the README check turns into a failure
    }
  }

  /**
   * The lines of each {@code ```sh} block, in order, without blank lines; a line that ends in a
   * backslash is joined to the next, as the shell does.
   */
  private static List<List<String>> shellLines(String markdown) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> block = null;
    for (String line : markdown.replace("\\\n", " ").lines().toList()) {
      if (block == null && line.strip().equals("```sh")) {
        block = new ArrayList<>();
      } else if (block != null && line.strip().equals("```")) {
        blocks.add(block);
        block = null;
      } else if (block != null && !line.isBlank()) {
        block.add(line);
      }
    }
    return blocks;
  }

  /**
   * Every simple command in these lines whose first word is {@code quiz}, as its words: lines are
   * split at unquoted {@code |}, {@code &&}, {@code ||} and {@code ;}, and end at an unquoted
   * {@code #} that starts a word.
   */
  private static List<List<String>> quizCommands(List<List<String>> blocks) {
    List<List<String>> commands = new ArrayList<>();
    for (List<String> block : blocks) {
      for (String line : block) {
        for (List<String> words : simpleCommands(line)) {
          if (!words.isEmpty() && words.get(0).equals("quiz")) {
            commands.add(words);
          }
        }
      }
    }
    return commands;
  }

  private static List<List<String>> simpleCommands(String line) {
    List<List<String>> commands = new ArrayList<>();
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (c == '#' && !inWord) {
        break;
      } else if (c == '|' || c == '&' || c == ';') {
        inWord = endWord(words, word, inWord);
        if (!words.isEmpty()) {
          commands.add(words);
          words = new ArrayList<>();
        }
      } else if (Character.isWhitespace(c)) {
        inWord = endWord(words, word, inWord);
      } else {
        word.append(c);
        inWord = true;
      }
    }
    endWord(words, word, inWord);
    if (!words.isEmpty()) {
      commands.add(words);
    }
    return commands;
  }

  private static boolean endWord(List<String> words, StringBuilder word, boolean inWord) {
    if (inWord) {
      words.add(word.toString());
      word.setLength(0);
    }
    return false;
  }
}

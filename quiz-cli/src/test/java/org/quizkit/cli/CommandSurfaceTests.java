package org.quizkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quizkit.cli.Quiz.quiz;

import java.io.StringWriter;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options each command offers, written out in full so that adding or dropping one is a
 * deliberate change.
 */
class CommandSurfaceTests {
  private static Map<String, String> optionsByCommand() {
    CommandLine tree = Commands.tree(quiz().context(new StringWriter(), new StringWriter()));
    Map<String, String> options = new TreeMap<>();
    collect(tree, options);
    return options;
  }

  private static void collect(CommandLine commandLine, Map<String, String> into) {
    CommandSpec spec = commandLine.getCommandSpec();
    if (!spec.qualifiedName().equals("quiz") && !spec.name().equals("help")) {
      into.put(
          spec.qualifiedName(),
          spec.options().stream()
              .map(OptionSpec::longestName)
              .filter(name -> !name.equals("--help"))
              .sorted()
              .collect(Collectors.joining(" ")));
    }
    commandLine.getSubcommands().values().forEach(sub -> collect(sub, into));
  }

  @Test
  void everyCommandOffersExactlyItsOptions() {
    Map<String, String> expected = new TreeMap<>();
    expected.put("quiz bank", "--count --dataset --format --seed");
    expected.put("quiz dataset", "");
    expected.put("quiz dataset check", "");
    expected.put(
        "quiz export",
        "--all --count --dataset --format --kinds --module --out --pass --pool --seed --title"
            + " --variants --versions");
    expected.put("quiz facts", "--dataset --format --plain");
    expected.put("quiz learn", "--data-dir --dataset --learner --plain --seed");
    expected.put("quiz modules", "--data-dir --dataset --learner --plain");
    expected.put(
        "quiz practice",
        "--count --data-dir --dataset --kinds --learner --module --plain --seed --weak");
    expected.put("quiz progress", "--data-dir --dataset --facts --format --learner --plain");
    expected.put("quiz review", "--count --data-dir --dataset --learner --plain --seed");
    expected.put("quiz serve", "--data-dir --dataset --host --learner --port --seed");
    expected.put(
        "quiz worksheet",
        "--count --course --dataset --format --kinds --module --out --paper --points --seed"
            + " --teacher --time-allowed --title --variants --versions");
    expected.put(
        "quiz mark",
        "--answers --count --dataset --kinds --module --out --points --seed --variants --versions");

    assertEquals(expected, optionsByCommand());
  }

  @Test
  void learnTakesAtMostOneModule() {
    assertEquals(
        "quiz learn: unknown module 'lung' (known: travel, steps, naming, why-there, chest, "
            + "digestive, urinary-reproductive, blood-lymph, brain-skin-head-neck)",
        quiz().run("learn", "lung", "--seed", "1").errLines().get(0));
    assertEquals(
        "quiz learn: unexpected argument 'bone'",
        quiz().run("learn", "lung", "bone", "--seed", "1").errLines().get(0));
  }

  @Test
  void datasetCheckNeedsTheFile() {
    Quiz.Result result = quiz().run("dataset", "check");

    assertEquals(2, result.code());
    assertEquals(
        "quiz dataset check: missing required parameter: 'FILE'", result.errLines().get(0));
  }
}

package org.quizkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quizkit.cli.Quiz.quiz;

import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class CommandsTests {
  private static Set<String> subcommands(String... args) {
    Context context = quiz().context(new StringWriter(), new StringWriter());
    return Commands.treeFor(context, args).getSubcommands().keySet();
  }

  @Nested
  class BuildingOnlyWhatARunNeeds {
    @ParameterizedTest
    @ValueSource(strings = {"practice", "bank", "dataset", "export"})
    void buildsOnlyTheNamedCommand(String command) {
      assertEquals(Set.of(command), subcommands(command, "--help"));
    }

    @Test
    void buildsTheWholeTreeForHelpNoCommandOrAnUnknownOne() {
      Set<String> all =
          Commands.tree(quiz().context(new StringWriter(), new StringWriter()))
              .getSubcommands()
              .keySet();

      for (List<String> args :
          List.<List<String>>of(
              List.of(), List.of("help"), List.of("--help"), List.of("pratice"))) {
        assertEquals(all, subcommands(args.toArray(String[]::new)), args::toString);
      }
    }

    @Test
    void keepsTheNestedCommandsOfTheNamedOne() {
      Context context = quiz().context(new StringWriter(), new StringWriter());
      CommandLine dataset =
          Commands.treeFor(context, "dataset", "check").getSubcommands().get("dataset");

      assertEquals(Set.of("check"), dataset.getSubcommands().keySet());
    }
  }
}

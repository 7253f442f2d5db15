package org.quizkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quizkit.cli.Quiz.quiz;

import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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

  @Nested
  class LoadingContentWhilePicocliParses {
    private Context counting(AtomicInteger loads, CountDownLatch loaded) {
      Context base = quiz().context(new StringWriter(), new StringWriter());
      return new Context(
          base.in(),
          base.out(),
          base.err(),
          base.env(),
          base.seeds(),
          base.ansi(),
          base.clock(),
          base.terminal(),
          () -> {
            loads.incrementAndGet();
            loaded.countDown();
            return null;
          });
    }

    @Test
    void startsLoadingTheBuiltInContentForACommandThatReadsIt() throws InterruptedException {
      AtomicInteger loads = new AtomicInteger();
      CountDownLatch loaded = new CountDownLatch(1);

      Commands.preloadFor(counting(loads, loaded), "practice", "--seed", "1");

      assertTrue(loaded.await(10, TimeUnit.SECONDS), "the content was never asked for");
      assertEquals(1, loads.get());
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "facts",
          "dataset check x.yaml",
          "help",
          "practice --dataset x.yaml",
          "practice --dataset=x.yaml",
          "export --help"
        })
    void leavesItAloneWhenTheCommandWillNotReadIt(String line) throws InterruptedException {
      AtomicInteger loads = new AtomicInteger();
      CountDownLatch loaded = new CountDownLatch(1);

      Commands.preloadFor(counting(loads, loaded), line.split(" "));

      assertFalse(loaded.await(200, TimeUnit.MILLISECONDS), line);
      assertEquals(0, loads.get());
    }

    @Test
    void preloadsOnlyForCommandsThatTakeADatasetFile() {
      CommandLine tree = Commands.tree(quiz().context(new StringWriter(), new StringWriter()));

      for (String name : Commands.READ_CONTENT) {
        CommandLine command = tree.getSubcommands().get(name);
        assertTrue(command != null, name + " is not a command");
        assertTrue(command.getCommandSpec().findOption("--dataset") != null, name);
      }
    }
  }
}

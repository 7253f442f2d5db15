package org.quizkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quizkit.cli.Quiz.quiz;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quizkit.cli.Quiz.Result;
import org.quizkit.content.QuizContent;
import org.quizkit.core.question.Question;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One module has one mastery figure: what {@code learn} reports at its end, what {@code modules}
 * lists and what {@code progress --format json} gives are the same, whatever seed {@code learn}
 * drew and whichever answers were given.
 */
class MasteryAgreementProperties {
  private static final QuizContent CONTENT = QuizContent.builtIn();
  private static final Pattern LEARN_END =
      Pattern.compile(
          "Mastery: \\[[#-]+\\] +(\\d+)% \\((\\S+) (\\d+) of (\\d+) facts?, \\d+% needed\\)");

  @TempDir Path dir;

  @Test
  void learnModulesAndProgressAgreeForEveryModuleAndSeed() {
    List<String> ids = CONTENT.moduleIds();
    qt().withExamples(18)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              String module = ids.get(Math.floorMod(seed, ids.size()));
              String data = dir.resolve(Long.toHexString(seed)).toString();
              SplittableRandom random = new SplittableRandom(seed);
              List<String> lines = new ArrayList<>();
              for (Question question : Keys.learnQuiz(CONTENT, module, seed)) {
                lines.add(random.nextInt(3) == 0 ? "s" : Keys.typed(question));
              }
              lines.add("q");

              Result learn =
                  quiz()
                      .withInput(lines.toArray(String[]::new))
                      .run("learn", module, "--seed", Long.toString(seed), "--data-dir", data);
              Matcher end = LEARN_END.matcher(learn.out());
              assertTrue(end.find(), learn::toString);
              assertEquals(module, end.group(2));
              int mastered = Integer.parseInt(end.group(3));
              int units = Integer.parseInt(end.group(4));

              if (lines.stream().anyMatch(l -> !l.equals("s") && !l.equals("q"))) {
                // Shown live after each answer, counted the same way.
                assertTrue(
                    Pattern.compile(
                            "(?m)^    "
                                + Pattern.quote(module)
                                + " \\d+ of "
                                + units
                                + " facts?, \\d+% needed$")
                        .matcher(learn.out())
                        .find(),
                    learn::toString);
              }

              Result progress = quiz().run("progress", "--format", "json", "--data-dir", data);
              JsonNode node = null;
              for (JsonNode each :
                  JsonMapper.builder().build().readTree(progress.out()).get("modules")) {
                if (each.get("id").asString().equals(module)) {
                  node = each;
                }
              }
              assertEquals(units, node.get("units").asInt(), progress::toString);
              assertEquals(mastered, node.get("mastered").asInt(), progress::toString);

              Result modules = quiz().run("modules", "--data-dir", data);
              Matcher line =
                  Pattern.compile("\\d+\\. " + Pattern.quote(module) + " +\\[[#-]+\\] +(\\d+)%")
                      .matcher(modules.out());
              assertTrue(line.find(), modules::toString);
              assertEquals(end.group(1), line.group(1), modules::toString);
            });
  }
}

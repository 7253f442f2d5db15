package org.quizkit.scorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quizkit.core.delivery.DeliveredQuiz;
import org.quizkit.core.delivery.QuizResult;
import org.quizkit.core.export.ExportOptions;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.RandomQuestions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The player scores in the browser (scoring.js) exactly as the engine scores on a server: for many
 * random answers to real questions of every kind and to random questions, the score of each
 * question and the total equal {@link DeliveredQuiz#scoreAll}'s. The script runs in Node.js on the
 * very data the package carries (each question's key unmasked from the player's data).
 */
class ScoringParityTests {
  private static final int QUIZZES = 60;

  @TempDir Path dir;

  @Test
  void thePlayerScoresEveryAnswerAsTheEngineDoes() throws Exception {
    ArrayNode quizzes = Fixtures.JSON.createArrayNode();
    List<QuizResult> results = new ArrayList<>();
    for (int n = 0; n < QUIZZES; n++) {
      long seed = 1000 + n;
      Random random = new Random(seed);
      List<Question> questions =
          n % 2 == 0
              ? Fixtures.everyKind(seed, 3)
              : RandomQuestions.sample(RandomQuestions.plain().banks(6, 12), seed, 1).get(0);
      ExportOptions options = ExportOptions.defaults().withSeed(seed);
      Map<String, byte[]> entries =
          Fixtures.unzip(Fixtures.write(Scorm.scorm2004(0.8), questions, options));
      ObjectNode data = Fixtures.data(entries);
      DeliveredQuiz delivered = Fixtures.delivered(questions, seed);
      ObjectNode all = Fixtures.JSON.createObjectNode();
      ObjectNode byId = all.putObject("responses");
      ObjectNode quiz = quizzes.addObject();
      ArrayNode keys = quiz.putArray("questions");
      ArrayNode responses = quiz.putArray("responses");
      for (JsonNode q : data.get("questions")) {
        String id = q.get("id").asString();
        keys.add(
            Fixtures.JSON
                .readTree(KeyCodec.unmask(id, q.get("key").asString()))
                .get("bank")
                .get("questions")
                .get(0));
        if (random.nextInt(6) == 0) {
          responses.addNull(); // unanswered
          continue;
        }
        ObjectNode response = Fixtures.randomResponse(delivered.question(id).orElseThrow(), random);
        byId.set(id, response);
        responses.add(response);
      }
      results.add(delivered.scoreAll(Fixtures.JSON.writeValueAsString(all)));
    }
    Path cases = dir.resolve("cases.json");
    Files.writeString(cases, Fixtures.JSON.writeValueAsString(quizzes));
    Path scoring = dir.resolve("scoring.js");
    Files.write(scoring, PackageWriter.resource(PackageWriter.SCORING));
    JsonNode got = node(scoring, cases);
    int answered = 0;
    int partial = 0;
    for (int n = 0; n < QUIZZES; n++) {
      QuizResult want = results.get(n);
      JsonNode scores = got.get(n).get("scores");
      for (int i = 0; i < want.questions().size(); i++) {
        QuizResult.Scored scored = want.questions().get(i);
        assertEquals(
            scored.score(),
            scores.get(i).asDouble(),
            "quiz " + n + " question " + (i + 1) + " (" + scored.question() + ")");
        answered += scored.feedback().isPresent() ? 1 : 0;
        partial += scored.score() > 0 && scored.score() < 1 ? 1 : 0;
      }
      assertEquals(want.total(), got.get(n).get("total").asDouble(), 1e-9, "total of quiz " + n);
    }
    assertTrue(
        answered > 500 && partial > 20, answered + " answered, " + partial + " partly right");
  }

  /** Runs scoring.js on every quiz of {@code cases}: per quiz its scores and total. */
  private JsonNode node(Path scoring, Path cases) throws IOException, InterruptedException {
    String program =
        "const s = require(process.argv[1]);"
            + "const quizzes = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));"
            + "console.log(JSON.stringify(quizzes.map(q => ({"
            + "scores: q.questions.map((x, i) => q.responses[i] == null ? 0 : s.score(x, q.responses[i])),"
            + "total: s.total(q.questions, q.responses)}))));";
    Process process =
        new ProcessBuilder("node", "-e", program, scoring.toString(), cases.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "node did not finish");
    assertEquals(0, process.exitValue(), "node failed: " + out);
    return Fixtures.JSON.readTree(out);
  }
}

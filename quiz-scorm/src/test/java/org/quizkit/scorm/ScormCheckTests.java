package org.quizkit.scorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quizkit.core.delivery.DeliveredQuiz;
import org.quizkit.core.export.ExportOptions;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Question;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the packages that lms-check/scorm.js plays in Chromium with scorm-again as the LMS
 * (target/scorm-check/NAME/: the unzipped package and runs.json), with what every value the player
 * sets must be, worked out here from the engine and the SCORM notations rather than from the
 * player's script.
 */
class ScormCheckTests {
  private static final Path DIR =
      Path.of(System.getProperty("scorm-check.dir", "target/scorm-check"));

  @Test
  void writesThePackagesTheBrowserCheckPlays() throws IOException {
    write("scorm2004-every-kind", Standard.SCORM_2004, 0.8, 21, 0.5);
    write("scorm12-every-kind", Standard.SCORM_12, 0.5, 23, 0.8);
    assertTrue(Files.exists(DIR.resolve("scorm12-every-kind/imsmanifest.xml")));
  }

  private static void write(String name, Standard standard, double pass, long seed, double keys)
      throws IOException {
    List<Question> questions = Fixtures.everyKind(seed, 2);
    ExportOptions options =
        ExportOptions.defaults().withSeed(seed).withTitle("Where cancers spread");
    Scorm scorm = standard == Standard.SCORM_2004 ? Scorm.scorm2004(pass) : Scorm.scorm12(pass);
    Map<String, byte[]> entries = Fixtures.unzip(Fixtures.write(scorm, questions, options));
    Path dir = DIR.resolve(name);
    Files.createDirectories(dir);
    for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
      Files.write(dir.resolve(entry.getKey()), entry.getValue());
    }
    DeliveredQuiz delivered = Fixtures.delivered(questions, seed);
    Random random = new Random(seed);
    ObjectNode run = Fixtures.JSON.createObjectNode();
    run.put("scorm", standard.version());
    run.put("pass", pass);
    run.put("resumeAfter", questions.size() / 2);
    ArrayNode runs = run.putArray("questions");
    double total = 0;
    int partial = 0;
    boolean is2004 = standard == Standard.SCORM_2004;
    for (String id : delivered.ids()) {
      Question question = delivered.question(id).orElseThrow();
      ObjectNode response =
          random.nextDouble() < keys
              ? Fixtures.keyResponse(question)
              : Fixtures.randomResponse(question, random);
      double score =
          delivered.score(id, Fixtures.JSON.writeValueAsString(response)).score().value();
      total += score;
      partial += score > 0 && score < 1 ? 1 : 0;
      ObjectNode q = runs.addObject();
      q.put("id", id);
      q.put("kind", question.kind().id());
      q.set("answer", response);
      q.put("score", score);
      q.put("type", type(question.kind()));
      q.put("learnerResponse", pattern(question.kind(), response, is2004));
      q.put("correctPattern", pattern(question.kind(), Fixtures.keyResponse(question), is2004));
      q.put(
          "result",
          score == 1
              ? "correct"
              : score == 0 ? (is2004 ? "incorrect" : "wrong") : Manifest.decimal(score));
      String explanation = question.info().explanation();
      ArrayNode secrets = q.putArray("secrets");
      ArrayNode shown = q.putArray("shownAfter");
      if (explanation.length() > 12) {
        secrets.add(explanation);
        shown.add(explanation);
      }
    }
    assertTrue(partial > 0, name + " has no partly right answer");
    int n = questions.size();
    ObjectNode expected = run.putObject("expected");
    expected.put("success", total / n >= pass ? "passed" : "failed");
    expected.put("scaled", total / n);
    expected.put("raw", is2004 ? total : 100 * total / n);
    Files.writeString(dir.resolve("runs.json"), Fixtures.JSON.writeValueAsString(run));
    assertEquals(n, runs.size());
  }

  private static String type(Kind kind) {
    return switch (kind) {
      case SINGLE_CHOICE, MULTIPLE_RESPONSE -> "choice";
      case TRUE_FALSE -> "true-false";
      case MATCHING -> "matching";
      case ORDERING -> "sequencing";
      case SHORT_ANSWER -> "fill-in";
    };
  }

  /** A response by labels in SCORM's notation: 2004 "a[,]b", "1[.]b"; 1.2 "a,b", "1.b", "t". */
  static String pattern(Kind kind, JsonNode response, boolean is2004) {
    String comma = is2004 ? "[,]" : ",";
    String dot = is2004 ? "[.]" : ".";
    return switch (kind) {
      case SINGLE_CHOICE, MULTIPLE_RESPONSE ->
          sorted(response.get("selected")).stream().collect(Collectors.joining(comma));
      case TRUE_FALSE ->
          is2004
              ? String.valueOf(response.get("answer").asBoolean())
              : response.get("answer").asBoolean() ? "t" : "f";
      case MATCHING -> {
        List<String> pairs = new ArrayList<>();
        Iterator<String> premises = response.get("pairs").propertyNames().iterator();
        List<String> names = new ArrayList<>();
        premises.forEachRemaining(names::add);
        names.sort((a, b) -> Integer.parseInt(a) - Integer.parseInt(b));
        for (String p : names) {
          pairs.add(p + dot + response.get("pairs").get(p).asString());
        }
        yield String.join(comma, pairs);
      }
      case ORDERING -> {
        List<String> order = new ArrayList<>();
        response.get("order").forEach(l -> order.add(l.asString()));
        yield String.join(comma, order);
      }
      case SHORT_ANSWER -> response.get("text").asString().strip().replaceAll("\\s+", " ");
    };
  }

  private static List<String> sorted(JsonNode labels) {
    List<String> list = new ArrayList<>();
    labels.forEach(l -> list.add(l.asString()));
    return list.stream().distinct().sorted().toList();
  }
}

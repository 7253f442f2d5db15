package org.quizkit.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quizkit.core.assembly.QuizSpec;
import org.quizkit.core.delivery.DeliveredQuiz;
import org.quizkit.core.question.Question;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schemas published in docs/schema hold for what the library really writes and reads
 * (every question of the bank, several seeds), checked by an independent validator, and refuse what
 * it would refuse.
 */
class PublishedSchemaTests {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Path SCHEMAS = Path.of("..", "docs", "schema");
  private static final QuizContent CONTENT = QuizContent.builtIn();
  private static final SchemaRegistry REGISTRY = registry();

  private static SchemaRegistry registry() {
    Map<String, String> byId = new LinkedHashMap<>();
    try (var files = Files.list(SCHEMAS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".schema.json")).toList()) {
        String text = Files.readString(file);
        byId.put(JSON.readTree(text).get("$id").asString(), text);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return SchemaRegistry.withDefaultDialect(
        SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(byId));
  }

  private static List<Error> errors(String schema, String json) {
    Schema checked = REGISTRY.getSchema(SchemaLocation.of("urn:quizkit:schema:" + schema + ":3"));
    return checked.validate(JSON.readTree(json));
  }

  private static void assertValid(String schema, String json) {
    List<Error> errors = errors(schema, json);
    assertTrue(errors.isEmpty(), () -> schema + ": " + errors + " in " + json);
  }

  private static void assertInvalid(String schema, String json) {
    assertFalse(errors(schema, json).isEmpty(), () -> schema + " accepts " + json);
  }

  /** Every question of the bank, delivered as one quiz. */
  private static DeliveredQuiz everything(long seed) {
    int size = CONTENT.bank(seed).size();
    return DeliveredQuiz.of(CONTENT.quiz(QuizSpec.builder().count(size).seed(seed).build()));
  }

  @Nested
  class HoldFor {
    @Test
    void theViewOfEveryQuestionOfTheBank() {
      for (long seed : new long[] {1, 2, 3}) {
        assertValid("delivery", everything(seed).json());
      }
    }

    @Test
    void theResponsesTheFeedbackAndTheResultOfAWholeQuiz() {
      DeliveredQuiz delivered = everything(4);
      Map<String, JsonNode> responses = new LinkedHashMap<>();
      List<String> ids = delivered.ids();
      for (int i = 0; i < ids.size(); i++) {
        Question question = delivered.question(ids.get(i)).orElseThrow();
        String response = DeliveredAnswers.right(question);
        assertValid("response", response);
        assertValid("feedback", delivered.scoreJson(ids.get(i), response));
        if (i % 3 != 0) {
          responses.put(ids.get(i), JSON.readTree(response));
        }
      }
      ObjectNode whole = JSON.createObjectNode();
      whole.putPOJO("responses", responses);
      String wholeJson = JSON.writeValueAsString(whole);

      assertValid("responses", wholeJson);
      String result = delivered.scoreAllJson(wholeJson);
      assertValid("result", result);
      JsonNode read = JSON.readTree(result);
      assertEquals(responses.size(), read.get("answered").asInt());
      assertEquals(responses.size(), read.get("total").asDouble());
      assertEquals(ids.size(), read.get("outOf").asInt());
    }

    @Test
    void wrongAndPartialResponses() {
      DeliveredQuiz delivered = everything(5);
      List<String> wrong =
          List.of(
              "{\"selected\": \"a\"}",
              "{\"selected\": [\"a\", \"b\"]}",
              "{\"answer\": false}",
              "{\"pairs\": {\"1\": \"a\"}}",
              "{\"order\": [\"b\", \"a\"]}",
              "{\"text\": \"not a place\"}");
      wrong.forEach(response -> assertValid("response", response));
      List<String> scored = new ArrayList<>();
      for (String id : delivered.ids()) {
        for (String response : wrong) {
          try {
            String feedback = delivered.scoreJson(id, response);
            assertValid("feedback", feedback);
            scored.add(feedback);
          } catch (org.quizkit.core.delivery.ResponseException wrongKind) {
            // a response of another kind: refused, as the schema cannot know the question's kind
          }
        }
      }
      assertTrue(scored.size() >= delivered.ids().size(), () -> "scored " + scored.size());
    }
  }

  @Nested
  class Refuse {
    @Test
    void aViewThatShowsTheDifficultyOrARealId() {
      ObjectNode view = (ObjectNode) JSON.readTree(everything(1).json());
      ObjectNode first = (ObjectNode) view.get("questions").get(0);
      first.put("difficulty", "easy");
      assertInvalid("delivery", JSON.writeValueAsString(view));
      first.remove("difficulty");
      first.put("id", "tier-statement.breast.bone");
      assertInvalid("delivery", JSON.writeValueAsString(view));
    }

    @Test
    void responsesInTheWrongShape() {
      assertInvalid("response", "{\"selected\": [\"A\"]}");
      assertInvalid("response", "{\"answer\": \"true\"}");
      assertInvalid("response", "{\"pairs\": {\"one\": \"a\"}}");
      assertInvalid("response", "{\"text\": \"bones\", \"answer\": true}");
      assertInvalid("responses", "{\"responses\": {\"nope\": {\"answer\": true}}}");
    }
  }
}

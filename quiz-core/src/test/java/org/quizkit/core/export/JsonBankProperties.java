package org.quizkit.core.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.quizkit.core.assembly.Quiz;
import org.quizkit.core.assembly.QuizSpec;
import org.quizkit.core.delivery.DeliveredQuiz;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.quizkit.core.question.Question;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonBankProperties {
  /** Fields that carry the key or what is shown only after answering. */
  private static final Set<String> KEY_FIELDS =
      Set.of(
          "correct", "answer", "pairs", "order", "accepted", "rivals", "explanation", "feedback",
          "claim", "basis", "refers", "section", "tags");

  @Provide
  Arbitrary<List<Question>> banks() {
    return Banks.bank();
  }

  @Property(tries = 200)
  void readsBackEqualQuestions(@ForAll("banks") List<Question> bank) throws IOException {
    byte[] json = write(Exporters.json(), bank, 0L);
    assertEquals(bank, Exporters.readJson(new ByteArrayInputStream(json), "bank.json"));
  }

  @Property(tries = 200)
  void deliveryViewHasNoKeyMaterial(@ForAll("banks") List<Question> bank, @ForAll long seed) {
    int asked = Math.max(1, bank.size());
    DeliveredQuiz delivered =
        DeliveredQuiz.of(new Quiz(QuizSpec.of(asked, seed), bank, asked - bank.size()));
    JsonNode root = JsonMapper.builder().build().readTree(delivered.json());
    assertEquals(bank.size(), root.get("questions").size());
    for (JsonNode question : root.get("questions")) {
      List<String> names = new ArrayList<>();
      collectNames(question, names);
      assertTrue(names.stream().noneMatch(KEY_FIELDS::contains), "key material in " + question);
    }
  }

  @Property(tries = 100)
  void writesTheSameBytesForTheSameInput(@ForAll("banks") List<Question> bank, @ForAll long seed)
      throws IOException {
    assertArrayEquals(write(Exporters.json(), bank, seed), write(Exporters.json(), bank, seed));
  }

  private static void collectNames(JsonNode node, List<String> names) {
    for (var property : node.properties()) {
      names.add(property.getKey());
      collectNames(property.getValue(), names);
    }
    for (JsonNode element : node.isArray() ? node.values() : List.<JsonNode>of()) {
      collectNames(element, names);
    }
  }

  static byte[] write(Exporter exporter, List<Question> bank, long seed) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.write(bank, ExportOptions.defaults().withSeed(seed), out);
    return out.toByteArray();
  }
}

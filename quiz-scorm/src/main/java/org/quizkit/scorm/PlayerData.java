package org.quizkit.scorm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.quizkit.core.delivery.DeliveredQuiz;
import org.quizkit.core.export.ExportOptions;
import org.quizkit.core.export.Exporters;
import org.quizkit.core.question.Question;
import org.quizkit.core.scoring.Feedback;
import org.quizkit.core.scoring.Scorer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code quiz-data.js}: what the player needs, as {@code window.QUIZKIT_SCORM = {...};}. Per
 * question its view id, number, kind, the form of quiz-web's pages (built from the delivery view,
 * so holding no key) and the masked key ({@link KeyCodec}): the question as bank JSON with its
 * options in the order shown, the key in words, the explanation and the source section.
 */
final class PlayerData {
  static final String FORMAT = "quizkit-scorm";
  static final int VERSION = 1;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private PlayerData() {}

  static String script(
      Standard standard, ExportOptions options, double pass, DeliveredQuiz delivered) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    root.put("scorm", standard.version());
    root.put("title", options.title());
    root.put("pass", pass);
    root.put("partialCredit", DeliveredQuiz.PARTIAL_CREDIT);
    ArrayNode questions = root.putArray("questions");
    List<String> ids = delivered.ids();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      Question question = delivered.question(id).orElseThrow();
      ObjectNode node = questions.addObject();
      node.put("id", id);
      node.put("number", i + 1);
      node.put("kind", question.kind().id());
      node.put("form", PlayerPages.form(delivered, id));
      node.put("key", KeyCodec.mask(id, JSON.writeValueAsString(key(question, options))));
    }
    return "window.QUIZKIT_SCORM = " + JSON.writeValueAsString(root) + ";\n";
  }

  /** What is masked: all the player needs to score and give feedback. */
  static ObjectNode key(Question question, ExportOptions options) {
    ObjectNode key = JSON.createObjectNode();
    key.set("bank", bank(question, options));
    Feedback told = Scorer.feedback(question, Scorer.keyResponse(question));
    ArrayNode lines = key.putArray("correctAnswer");
    told.correctAnswer().forEach(lines::add);
    key.put("explanation", told.explanation());
    key.put("section", told.section());
    return key;
  }

  private static JsonNode bank(Question question, ExportOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Exporters.json().write(List.of(question), options, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return JSON.readTree(out.toString(StandardCharsets.UTF_8));
  }
}

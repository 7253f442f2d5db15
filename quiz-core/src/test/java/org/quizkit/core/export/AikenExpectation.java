package org.quizkit.core.export;

import java.util.List;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What aiken-to-moodlexml should make of a question: its stem and options on one line each, and
 * which option is right, worked out from the question and docs/formats.md.
 */
final class AikenExpectation {
  private AikenExpectation() {}

  static ObjectNode of(Question question) {
    ObjectNode node = JsonMapper.builder().build().createObjectNode();
    node.put("id", question.id());
    node.put("stem", oneLine(question.stem()));
    List<Option> options;
    String right;
    if (question instanceof SingleChoice choice) {
      options = choice.options();
      right = choice.correct();
    } else if (question instanceof TrueFalse judgement) {
      options = List.of(Option.of("true", "True"), Option.of("false", "False"));
      right = judgement.answer() ? "true" : "false";
    } else {
      throw new IllegalArgumentException("Aiken writes no " + question.kind().id());
    }
    ArrayNode texts = node.putArray("options");
    for (int i = 0; i < options.size(); i++) {
      texts.add(oneLine(options.get(i).text()));
      if (options.get(i).id().equals(right)) {
        node.put("answer", i);
      }
    }
    return node;
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\r\\n|[\\r\\n\\u000B\\u000C\\u0085\\u2028\\u2029]", " ").strip();
  }
}

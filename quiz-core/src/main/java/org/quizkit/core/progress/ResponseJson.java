package org.quizkit.core.progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.quizkit.core.response.Response;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Responses and id lists as JSON text, so that the database stays readable with any tool. */
final class ResponseJson {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private ResponseJson() {}

  static String write(Response response) {
    ObjectNode node = MAPPER.createObjectNode();
    if (response instanceof Response.Choice choice) {
      node.put("kind", "choice");
      ArrayNode ids = node.putArray("selected");
      choice.selected().forEach(ids::add);
    } else if (response instanceof Response.Judgement judgement) {
      node.put("kind", "judgement");
      node.put("value", judgement.value());
    } else if (response instanceof Response.Pairs pairs) {
      node.put("kind", "pairs");
      ObjectNode map = node.putObject("pairs");
      pairs.pairs().forEach(map::put);
    } else if (response instanceof Response.Sequence sequence) {
      node.put("kind", "sequence");
      ArrayNode ids = node.putArray("order");
      sequence.order().forEach(ids::add);
    } else {
      node.put("kind", "text");
      node.put("text", ((Response.Text) response).text());
    }
    return MAPPER.writeValueAsString(node);
  }

  static Response read(String json) {
    JsonNode node = MAPPER.readTree(json);
    String kind = node.path("kind").asString("");
    switch (kind) {
      case "choice":
        return new Response.Choice(new LinkedHashSet<>(strings(node.path("selected"))));
      case "judgement":
        return new Response.Judgement(node.path("value").asBoolean());
      case "pairs":
        Map<String, String> pairs = new LinkedHashMap<>();
        node.path("pairs")
            .properties()
            .forEach(e -> pairs.put(e.getKey(), e.getValue().asString()));
        return new Response.Pairs(pairs);
      case "sequence":
        return new Response.Sequence(strings(node.path("order")));
      case "text":
        return new Response.Text(node.path("text").asString());
      default:
        throw new IllegalArgumentException("unknown response kind '" + kind + "' in " + json);
    }
  }

  static String writeIds(List<String> ids) {
    ArrayNode array = MAPPER.createArrayNode();
    ids.forEach(array::add);
    return MAPPER.writeValueAsString(array);
  }

  static List<String> readIds(String json) {
    return strings(MAPPER.readTree(json));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(item -> out.add(item.asString()));
    return List.copyOf(out);
  }
}

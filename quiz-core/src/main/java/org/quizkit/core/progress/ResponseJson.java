package org.quizkit.core.progress;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.quizkit.core.response.Response;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Responses and id lists as JSON text, so that the database stays readable with any tool. */
final class ResponseJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  // Built on first read only: reading is for progress reports, not for saving answers.
  private static final class Reader {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
  }

  private ResponseJson() {}

  // Written with the streaming generator, not the mapper: saving the first answer of a session
  // then loads jackson-core's writer only, not the 400-odd classes of jackson-databind.
  static String write(Response response) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(ObjectWriteContext.empty(), text)) {
      json.writeStartObject();
      response.accept(new Fields(json));
      json.writeEndObject();
    }
    return text.toString();
  }

  /** Writes the kind and fields of one response into an open object. */
  private static final class Fields implements Response.Cases<Void> {
    private final JsonGenerator json;

    Fields(JsonGenerator json) {
      this.json = json;
    }

    @Override
    public Void choice(Response.Choice choice) {
      json.writeStringProperty("kind", "choice");
      json.writeName("selected");
      strings(json, choice.selected());
      return null;
    }

    @Override
    public Void judgement(Response.Judgement judgement) {
      json.writeStringProperty("kind", "judgement");
      json.writeBooleanProperty("value", judgement.value());
      return null;
    }

    @Override
    public Void pairs(Response.Pairs pairs) {
      json.writeStringProperty("kind", "pairs");
      json.writeName("pairs");
      json.writeStartObject();
      for (Map.Entry<String, String> pair : pairs.pairs().entrySet()) {
        json.writeStringProperty(pair.getKey(), pair.getValue());
      }
      json.writeEndObject();
      return null;
    }

    @Override
    public Void sequence(Response.Sequence sequence) {
      json.writeStringProperty("kind", "sequence");
      json.writeName("order");
      strings(json, sequence.order());
      return null;
    }

    @Override
    public Void text(Response.Text text) {
      json.writeStringProperty("kind", "text");
      json.writeStringProperty("text", text.text());
      return null;
    }
  }

  static Response read(String json) {
    JsonNode node = Reader.MAPPER.readTree(json);
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
    StringWriter text = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(ObjectWriteContext.empty(), text)) {
      strings(json, ids);
    }
    return text.toString();
  }

  private static void strings(JsonGenerator json, Collection<String> values) {
    json.writeStartArray();
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  static List<String> readIds(String json) {
    return strings(Reader.MAPPER.readTree(json));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(item -> out.add(item.asString()));
    return List.copyOf(out);
  }
}

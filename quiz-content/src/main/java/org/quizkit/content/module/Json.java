package org.quizkit.content.module;

import java.io.StringWriter;
import java.math.BigInteger;
import org.quizkit.content.dataset.Node;
import org.quizkit.content.dataset.Node.Entry;
import org.quizkit.content.dataset.Node.ListNode;
import org.quizkit.content.dataset.Node.MapNode;
import org.quizkit.content.dataset.Node.ScalarNode;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A value of a module file written as compact JSON, the way module messages have always quoted a
 * wrong value ({@code ["a","b"]}, {@code "0.8"}, {@code null}). Jackson's streaming generator does
 * the escaping; only reached when there is a problem to report.
 */
final class Json {
  private Json() {}

  static String of(Node node) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator =
        new JsonFactory().createGenerator(ObjectWriteContext.empty(), out)) {
      write(node, generator);
    }
    return out.toString();
  }

  private static void write(Node node, JsonGenerator generator) {
    if (node instanceof MapNode map) {
      generator.writeStartObject();
      for (Entry entry : map.entries()) {
        generator.writeName(entry.key());
        write(entry.value(), generator);
      }
      generator.writeEndObject();
    } else if (node instanceof ListNode list) {
      generator.writeStartArray();
      for (Node item : list.items()) {
        write(item, generator);
      }
      generator.writeEndArray();
    } else {
      ScalarNode scalar = (ScalarNode) node;
      switch (scalar.kind()) {
        case INTEGER -> generator.writeNumber(new BigInteger(scalar.text()));
        case DECIMAL -> generator.writeNumber(Double.parseDouble(scalar.text()));
        case BOOLEAN -> generator.writeBoolean(Boolean.parseBoolean(scalar.text()));
        case NULL -> generator.writeNull();
        case TEXT -> generator.writeString(scalar.text());
      }
    }
  }
}

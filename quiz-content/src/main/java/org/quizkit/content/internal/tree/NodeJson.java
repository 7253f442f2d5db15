package org.quizkit.content.internal.tree;

import java.io.StringWriter;
import org.quizkit.content.internal.tree.Node.Entry;
import org.quizkit.content.internal.tree.Node.ListNode;
import org.quizkit.content.internal.tree.Node.MapNode;
import org.quizkit.content.internal.tree.Node.ScalarNode;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A {@link Node} tree as compact JSON, each scalar with the kind the file gave it: the form the
 * build writes the bundled files in, and the way messages quote a wrong value ({@code ["a","b"]},
 * {@code "0.8"}, {@code null}). Numbers are written as the tree holds them, in plain decimal form,
 * so reading the JSON back gives the same tree. Jackson's streaming generator does the escaping.
 *
 * <p>Public only for the learning modules' messages; not part of the API for integrators.
 */
public final class NodeJson {
  private NodeJson() {}

  /** The tree as one line of JSON. */
  public static String of(Node node) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(ObjectWriteContext.empty(), out)) {
      write(node, json);
    }
    return out.toString();
  }

  private static void write(Node node, JsonGenerator json) {
    if (node instanceof MapNode map) {
      json.writeStartObject();
      for (Entry entry : map.entries()) {
        json.writeName(entry.key());
        write(entry.value(), json);
      }
      json.writeEndObject();
    } else if (node instanceof ListNode list) {
      json.writeStartArray();
      for (Node item : list.items()) {
        write(item, json);
      }
      json.writeEndArray();
    } else {
      ScalarNode scalar = (ScalarNode) node;
      switch (scalar.kind()) {
        case TEXT -> json.writeString(scalar.text());
        case INTEGER, DECIMAL -> json.writeNumber(scalar.text());
        case BOOLEAN -> json.writeBoolean(Boolean.parseBoolean(scalar.text()));
        case NULL -> json.writeNull();
      }
    }
  }
}

package org.quizkit.content.dataset;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quizkit.content.dataset.Node.Entry;
import org.quizkit.content.dataset.Node.Kind;
import org.quizkit.content.dataset.Node.ListNode;
import org.quizkit.content.dataset.Node.MapNode;
import org.quizkit.content.dataset.Node.ScalarNode;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;

/**
 * Reads YAML or JSON text into a {@link Node} tree that remembers where each value starts. Turns
 * every way the bytes can fail to be a document (binary, not UTF-8, empty, bad syntax) into a
 * diagnostic instead of an exception.
 */
final class TreeReader {
  /** The two syntaxes a dataset may be written in; the schema is the same. */
  enum Format {
    YAML,
    JSON
  }

  private static final Pattern YAML_PLACE = Pattern.compile("line (\\d+), column (\\d+)");

  private final Problems problems;

  TreeReader(Problems problems) {
    this.problems = problems;
  }

  /** The document's root, or empty after reporting why there is none. */
  Optional<Node> read(byte[] bytes, Format format) {
    Optional<String> text = decode(bytes);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    // A bare token-stream factory: a whole mapper costs far more to build (it dominated start-up)
    // and only the parser is needed.
    TokenStreamFactory factory = format == Format.JSON ? new JsonFactory() : new YAMLFactory();
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), text.get())) {
      if (parser.nextToken() == null) {
        problems.file("the file is empty; a dataset is a mapping that starts with 'schema: 1'");
        return Optional.empty();
      }
      Node root = value(parser);
      if (parser.nextToken() != null) {
        TokenStreamLocation at = parser.currentTokenLocation();
        problems.at(line(at), column(at), "a dataset file holds one document; found more after it");
      }
      return Optional.of(root);
    } catch (StreamReadException e) {
      syntaxError(e);
      return Optional.empty();
    } catch (JacksonException e) {
      problems.file("cannot read the file: " + firstLine(e.getOriginalMessage()));
      return Optional.empty();
    }
  }

  private Optional<String> decode(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        problems.file("not a text file (it contains binary data); a dataset is YAML or JSON text");
        return Optional.empty();
      }
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      // A byte-order mark is harmless but would otherwise be read as part of the first key.
      return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (CharacterCodingException e) {
      problems.file("not UTF-8 text; save the dataset as UTF-8");
      return Optional.empty();
    }
  }

  private static Node value(JsonParser parser) {
    TokenStreamLocation at = parser.currentTokenLocation();
    int line = line(at);
    int column = column(at);
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        List<Entry> entries = new ArrayList<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          TokenStreamLocation keyAt = parser.currentTokenLocation();
          String key = parser.currentName();
          parser.nextToken();
          entries.add(new Entry(key, line(keyAt), column(keyAt), value(parser)));
        }
        return new MapNode(line, column, entries);
      case START_ARRAY:
        List<Node> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(value(parser));
        }
        return new ListNode(line, column, items);
      case VALUE_NUMBER_INT:
        return new ScalarNode(line, column, Kind.INTEGER, parser.getString());
      case VALUE_NUMBER_FLOAT:
        return new ScalarNode(line, column, Kind.DECIMAL, parser.getString());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new ScalarNode(line, column, Kind.BOOLEAN, parser.getString());
      case VALUE_NULL:
        return new ScalarNode(line, column, Kind.NULL, null);
      default:
        return new ScalarNode(line, column, Kind.TEXT, parser.getString());
    }
  }

  private static int line(TokenStreamLocation at) {
    return at == null ? 0 : Math.max(0, at.getLineNr());
  }

  private static int column(TokenStreamLocation at) {
    return at == null ? 0 : Math.max(0, at.getColumnNr());
  }

  // The YAML parser's message spans several lines: what it was doing, what it found, and each
  // place quoted with a caret. Keep the two statements on one line, and take the position of the
  // last place quoted (where the parser gave up), which is more exact than the exception's own.
  private void syntaxError(StreamReadException e) {
    String raw = e.getOriginalMessage() == null ? "unreadable input" : e.getOriginalMessage();
    TokenStreamLocation at = e.getLocation();
    int line = line(at);
    int column = column(at);
    Matcher place = YAML_PLACE.matcher(raw);
    while (place.find()) {
      line = Integer.parseInt(place.group(1));
      column = Integer.parseInt(place.group(2));
    }
    List<String> doing = new ArrayList<>();
    List<String> found = new ArrayList<>();
    for (String text : raw.split("\n")) {
      if (text.isBlank() || text.startsWith(" ") || text.startsWith("\t")) {
        continue;
      }
      (text.startsWith("while ") ? doing : found).add(text.strip());
    }
    String message =
        found.isEmpty()
            ? String.join("; ", doing)
            : String.join("; ", found) + (doing.isEmpty() ? "" : " (" + String.join("; ", doing) + ")");
    problems.at(line, column, "syntax error: " + message);
  }

  private static String firstLine(String message) {
    String text = message == null ? "unreadable input" : message.strip();
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end).strip();
  }
}

package org.quizkit.content.internal.tree;

import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quizkit.content.internal.tree.Node.Entry;
import org.quizkit.content.internal.tree.Node.Kind;
import org.quizkit.content.internal.tree.Node.ListNode;
import org.quizkit.content.internal.tree.Node.MapNode;
import org.quizkit.content.internal.tree.Node.ScalarNode;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLSchema;

/**
 * Reads YAML or JSON text into a {@link Node} tree that remembers where each value starts. Turns
 * every way the bytes can fail to be a document (binary, not UTF-8, empty, bad syntax) into a
 * diagnostic instead of an exception.
 *
 * <p>YAML is read with the YAML 1.2 core schema, so {@code ~}, {@code Null} and {@code NULL} are
 * nulls like {@code null}, as a YAML user expects (quoted, they stay text).
 *
 * <p>Public only so that the learning modules read {@code modules.yaml} the same way, without a
 * second, databind-based reader; not part of the library's API for integrators.
 */
public final class TreeReader {
  /** The two syntaxes a dataset may be written in; the schema is the same. */
  public enum Format {
    YAML,
    JSON
  }

  /**
   * What the diagnostics about a file as a whole say, so each kind of file can name itself.
   *
   * @param empty the whole message for a file that holds no document
   * @param more the whole message for a second document after the first
   * @param syntax what starts the message for a syntax error, such as {@code "syntax error: "}
   */
  public record Wording(String empty, String more, String syntax) {
    /** Checks that every message is given. */
    public Wording {
      checkNotNull(empty, "empty");
      checkNotNull(more, "more");
      checkNotNull(syntax, "syntax");
    }
  }

  private static final Wording DATASET =
      new Wording(
          "the file is empty; a dataset is a mapping that starts with 'schema: 1'",
          "a dataset file holds one document; found more after it",
          "syntax error: ");

  /** Below the YAML parser's own limit (3,145,728 code points), so that ours speaks first. */
  public static final int MAX_CHARACTERS = 3_000_000;

  /**
   * The most bytes a file is read to: UTF-8 spends at most three bytes on each UTF-16 character, so
   * a larger file holds more than {@link #MAX_CHARACTERS} for certain.
   */
  public static final int MAX_BYTES = 3 * MAX_CHARACTERS;

  private static final String ALIASES = "aliases (*name) and anchors (&name) are not supported";

  /** Past this many, a file full of control characters gets one line saying how many more. */
  private static final int MAX_REPORTED_CHARACTERS = 20;

  private static final Pattern YAML_PLACE = Pattern.compile("line (\\d+), column (\\d+)");

  private final Problems problems;
  private final Wording wording;

  public TreeReader(Problems problems) {
    this(problems, DATASET);
  }

  /** A reader that reports into {@code problems} in the given wording. */
  public TreeReader(Problems problems, Wording wording) {
    this.problems = checkNotNull(problems, "problems");
    this.wording = checkNotNull(wording, "wording");
  }

  /** The document's root, or empty after reporting why there is none. */
  public Optional<Node> read(byte[] bytes, Format format) {
    return decode(bytes).flatMap(text -> parse(text, format));
  }

  /**
   * The root of one YAML document, or empty after reporting why there is none.
   *
   * @param yaml the text, with or without a byte-order mark
   */
  public Optional<Node> readYaml(String yaml) {
    checkNotNull(yaml, "yaml");
    return parse(yaml.startsWith("\uFEFF") ? yaml.substring(1) : yaml, Format.YAML);
  }

  /**
   * The root of one JSON document, or empty after reporting why there is none. The bundled files
   * are read this way: the build writes their JSON form beside them (see {@code Precompiled}).
   */
  public Optional<Node> readJson(String json) {
    checkNotNull(json, "json");
    return parse(json, Format.JSON);
  }

  private Optional<Node> parse(String text, Format format) {
    if (text.length() > MAX_CHARACTERS) {
      // Said here, in our words: the YAML parser would stop at its own limit with its own wording.
      problems.file(
          String.format(
              Locale.ROOT,
              "the file holds %,d characters; a file may hold at most %,d",
              text.length(),
              MAX_CHARACTERS));
      return Optional.empty();
    }
    String readable = blankForbidden(text);
    // A bare token-stream factory: a whole mapper costs far more to build (it dominated start-up)
    // and only the parser is needed.
    TokenStreamFactory factory;
    if (format == Format.JSON) {
      factory = new JsonFactory();
    } else {
      try {
        factory = Yaml.factory();
      } catch (NoClassDefFoundError missing) {
        problems.file(
            "reading YAML needs tools.jackson.dataformat:jackson-dataformat-yaml on the class path"
                + " (an optional dependency of quiz-content); add it, or give the file as JSON");
        return Optional.empty();
      }
    }
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), readable)) {
      try {
        if (parser.nextToken() == null) {
          problems.file(wording.empty());
          return Optional.empty();
        }
        Node root = value(parser, new Source(readable, format));
        if (parser.nextToken() != null) {
          TokenStreamLocation at = parser.currentTokenLocation();
          problems.at(line(at), column(at), wording.more());
        }
        return Optional.of(root);
      } catch (StreamConstraintsException e) {
        TokenStreamLocation at = parser.currentTokenLocation();
        problems.at(
            line(at),
            column(at),
            "lists and mappings nest more than "
                + factory.streamReadConstraints().getMaxNestingDepth()
                + " levels deep here; the schema nests them only a few levels deep");
        return Optional.empty();
      }
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

  /**
   * The text with each character a dataset may not hold (see {@link ForbiddenCharacters}) reported
   * where it stands and replaced by a space, so that the parser goes on and the file's other
   * problems are found too; a YAML parser would stop at the first, saying only "special characters
   * are not allowed" at the start of the file.
   */
  private String blankForbidden(String text) {
    StringBuilder readable = null;
    int reported = 0;
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      Optional<String> problem = ForbiddenCharacters.problemAt(text, i, false);
      if (problem.isPresent()) {
        if (reported++ < MAX_REPORTED_CHARACTERS) {
          problems.at(line, column, problem.get());
        }
        if (readable == null) {
          readable = new StringBuilder(text);
        }
        readable.setCharAt(i, ' ');
      }
      boolean lineBreak =
          c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
      if (lineBreak) {
        line++;
        column = 1;
      } else if (!Character.isHighSurrogate(c) || problem.isPresent()) {
        // Columns count characters as the YAML parser does: a pair of halves is one.
        column++;
      }
    }
    if (reported > MAX_REPORTED_CHARACTERS) {
      problems.file(
          String.format(
              Locale.ROOT,
              "%,d more characters that a dataset may not hold, not listed one by one",
              reported - MAX_REPORTED_CHARACTERS));
    }
    return readable == null ? text : readable.toString();
  }

  private Node value(JsonParser parser, Source source) {
    TokenStreamLocation at = parser.currentTokenLocation();
    int line = line(at);
    int column = column(at);
    refuseAnchorAndAlias(parser, source, line, column);
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        List<Entry> entries = new ArrayList<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          TokenStreamLocation keyAt = parser.currentTokenLocation();
          String key = parser.currentName();
          refuseAnchorAndAlias(parser, source, line(keyAt), column(keyAt));
          refuseForbidden(key, line(keyAt), column(keyAt));
          parser.nextToken();
          entries.add(new Entry(key, line(keyAt), column(keyAt), value(parser, source)));
        }
        return new MapNode(line, column, entries);
      case START_ARRAY:
        List<Node> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(value(parser, source));
        }
        return new ListNode(line, column, items);
      // Numbers in their plain decimal form: the core schema also reads 0x1F, 0o17, +1 and .5.
      case VALUE_NUMBER_INT:
        return new ScalarNode(line, column, Kind.INTEGER, parser.getNumberValue().toString());
      case VALUE_NUMBER_FLOAT:
        return new ScalarNode(line, column, Kind.DECIMAL, String.valueOf(parser.getDoubleValue()));
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new ScalarNode(line, column, Kind.BOOLEAN, parser.getString());
      case VALUE_NULL:
        return new ScalarNode(line, column, Kind.NULL, null);
      default:
        String text = parser.getString();
        refuseForbidden(text, line, column);
        return new ScalarNode(line, column, Kind.TEXT, text);
    }
  }

  // Written as an escape in quoted text (YAML's backslash-x or backslash-u forms, JSON's
  // backslash-u), such a character is only seen once the text is read, so it is reported where the
  // text starts.
  private void refuseForbidden(String text, int line, int column) {
    ForbiddenCharacters.firstProblem(text, true)
        .ifPresent(problem -> problems.at(line, column, problem));
  }

  // The parser hands an alias over as text holding the anchor's name, which would pass for the
  // value: "reach_note: *anyorgan" would read as "anyorgan". Resolving them is more than the
  // schema needs, so both are refused. A node starts at its anchor or alias, so the character
  // there tells; the parser itself names the anchor of a mapping or list only.
  private void refuseAnchorAndAlias(JsonParser parser, Source source, int line, int column) {
    if (source.format != Format.YAML) {
      return;
    }
    String start = source.wordAt(line, column);
    if (start.startsWith("*")) {
      problems.at(line, column, ALIASES + "; write the value out in full in place of " + start);
    } else if (start.startsWith("&")) {
      problems.at(line, column, ALIASES + "; remove the anchor " + start);
    } else if (parser.getObjectId() != null) {
      problems.at(line, column, ALIASES + "; remove the anchor &" + parser.getObjectId());
    }
  }

  /** The text being parsed, to look at where the parser says a node starts. */
  private static final class Source {
    private final String text;
    private final Format format;
    private final List<Integer> lineStarts = new ArrayList<>();

    Source(String text, Format format) {
      this.text = text;
      this.format = format;
      lineStarts.add(0);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
          lineStarts.add(i + 1);
        }
      }
    }

    /**
     * The run of characters from a 1-based line and column (counted as the YAML parser counts, a
     * pair of surrogate halves as one) up to the next space or flow punctuation; empty when the
     * place is outside the text.
     */
    String wordAt(int line, int column) {
      if (line < 1 || line > lineStarts.size() || column < 1) {
        return "";
      }
      int lineStart = lineStarts.get(line - 1);
      int lineEnd = line < lineStarts.size() ? lineStarts.get(line) : text.length();
      int start;
      try {
        start = text.offsetByCodePoints(lineStart, column - 1);
      } catch (IndexOutOfBoundsException e) {
        return "";
      }
      int end = start;
      while (end < lineEnd && " \t\r\n,[]{}".indexOf(text.charAt(end)) < 0) {
        end++;
      }
      return start < lineEnd ? text.substring(start, end) : "";
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
            : String.join("; ", found)
                + (doing.isEmpty() ? "" : " (" + String.join("; ", doing) + ")");
    problems.at(line, column, wording.syntax() + message);
  }

  private static String firstLine(String message) {
    String text = message == null ? "unreadable input" : message.strip();
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end).strip();
  }

  /**
   * The YAML parser, in a class of its own so that it loads only when YAML is read: it is an
   * optional dependency, and the built-in content is read from JSON.
   */
  private static final class Yaml {
    private Yaml() {}

    static TokenStreamFactory factory() {
      return YAMLFactory.builder().yamlSchema(YAMLSchema.CORE).build();
    }
  }
}

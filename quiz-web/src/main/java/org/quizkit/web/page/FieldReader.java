package org.quizkit.web.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.quizkit.web.page.Shown.Labelled;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the fields a browser posted for one question into response JSON, or finds the first thing a
 * learner must fix and says so, naming the item and the value. Never throws on any fields.
 */
final class FieldReader {
  /** The longest typed answer read, in characters (the text input's {@code maxlength}). */
  static final int MAX_TEXT = 1000;

  private static final int QUOTE_LIMIT = 30;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Shown shown;
  private final Map<String, List<String>> fields;

  FieldReader(Shown shown, Map<String, List<String>> fields) {
    this.shown = shown;
    this.fields = fields;
  }

  Posted read() {
    switch (shown.kind()) {
      case SINGLE_CHOICE:
        return choice(true);
      case MULTIPLE_RESPONSE:
        return choice(false);
      case TRUE_FALSE:
        return trueFalse();
      case MATCHING:
        return matching();
      case ORDERING:
        return ordering();
      case SHORT_ANSWER:
        return shortAnswer();
    }
    throw new AssertionError(shown.kind());
  }

  private List<String> values(String name) {
    List<String> values = fields.get(name);
    return values == null ? List.of() : values.stream().filter(v -> v != null).toList();
  }

  private Posted choice(boolean one) {
    Set<String> chosen = new LinkedHashSet<>();
    for (String value : values("selected")) {
      Optional<Labelled> option = find(shown.options(), value);
      if (option.isEmpty()) {
        return hint(
            "There is no option " + quote(value) + " here. " + FormHtml.instructions(shown));
      }
      chosen.add(option.get().label());
    }
    if (chosen.isEmpty()) {
      return hint(one ? "Choose one option." : "Choose every option that applies: none is chosen.");
    }
    if (one && chosen.size() > 1) {
      return hint("Choose only one option: " + chosen.size() + " are chosen.");
    }
    ObjectNode root = JSON.createObjectNode();
    ArrayNode selected = root.putArray("selected");
    chosen.forEach(selected::add);
    return answer(root);
  }

  private Posted trueFalse() {
    List<String> values = values("answer");
    if (values.isEmpty()) {
      return hint("Choose true or false.");
    }
    if (values.size() > 1) {
      return hint("Choose only one of true and false.");
    }
    String value = values.get(0);
    if (!value.equals("true") && !value.equals("false")) {
      return hint(quote(value) + " is neither true nor false. Choose true or false.");
    }
    ObjectNode root = JSON.createObjectNode();
    root.put("answer", Boolean.parseBoolean(value));
    return answer(root);
  }

  private Posted matching() {
    Map<String, String> pairs = new LinkedHashMap<>();
    Map<String, String> usedBy = new LinkedHashMap<>();
    for (Labelled premise : shown.premises()) {
      String value = single("pair." + premise.label());
      if (value.isEmpty()) {
        return hint("Give every item a match: " + named(premise) + " has none.");
      }
      Optional<Labelled> choice = find(shown.choices(), value);
      if (choice.isEmpty()) {
        return hint(
            "There is no match "
                + quote(value)
                + " for "
                + named(premise)
                + ": choose one of the list.");
      }
      String before = usedBy.put(value, premise.label());
      if (before != null) {
        return hint(
            "Each match once: "
                + named(choice.get())
                + " is given to "
                + before
                + " and "
                + premise.label()
                + ".");
      }
      pairs.put(premise.label(), value);
    }
    ObjectNode root = JSON.createObjectNode();
    ObjectNode node = root.putObject("pairs");
    pairs.forEach(node::put);
    return answer(root);
  }

  private Posted ordering() {
    List<Labelled> items = shown.items();
    Map<Integer, String> byPlace = new TreeMap<>();
    for (Labelled item : items) {
      String value = single("place." + item.label());
      if (value.isEmpty()) {
        return hint("Give every item a place: " + named(item) + " has none.");
      }
      int place = place(value);
      if (place < 1 || place > items.size()) {
        return hint(
            "There is no place "
                + quote(value)
                + " for "
                + named(item)
                + ": places go from 1 to "
                + items.size()
                + ".");
      }
      String before = byPlace.put(place, item.label());
      if (before != null) {
        return hint(
            "Each place once: " + place + " is given to " + before + " and " + item.label() + ".");
      }
    }
    ObjectNode root = JSON.createObjectNode();
    ArrayNode order = root.putArray("order");
    byPlace.values().forEach(order::add);
    return answer(root);
  }

  private Posted shortAnswer() {
    String text = single("text");
    if (text.isBlank()) {
      return hint("Type your answer.");
    }
    if (text.length() > MAX_TEXT) {
      return hint(
          "Your answer is "
              + text.length()
              + " characters long; type at most "
              + MAX_TEXT
              + ", a word or a few.");
    }
    ObjectNode root = JSON.createObjectNode();
    root.put("text", text);
    return answer(root);
  }

  /** The one value posted under {@code name}, or empty when none (or only empty ones) is. */
  private String single(String name) {
    List<String> values = new ArrayList<>(values(name));
    values.removeIf(String::isEmpty);
    return values.isEmpty() ? "" : values.get(0);
  }

  private static int place(String value) {
    if (value.isEmpty() || value.length() > 6 || !value.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static Optional<Labelled> find(List<Labelled> options, String label) {
    return options.stream().filter(o -> o.label().equals(label)).findFirst();
  }

  /** An item by its label and the start of its text: {@code c (“The lungs”)}. */
  private static String named(Labelled item) {
    return item.label() + " (" + quote(item.text()) + ")";
  }

  /** A fragment for a hint, cut short, with control characters made visible. */
  static String quote(String text) {
    int length = text.codePointCount(0, text.length());
    String cut =
        length > QUOTE_LIMIT
            ? text.substring(0, text.offsetByCodePoints(0, QUOTE_LIMIT)) + "\u2026"
            : text;
    StringBuilder out = new StringBuilder();
    cut.codePoints()
        .forEach(
            c ->
                out.append(
                    Character.isISOControl(c)
                        ? String.format("U+%04X", c)
                        : Character.toString(c)));
    return "\u201c" + out + "\u201d";
  }

  private static Posted hint(String message) {
    return new Posted.Hint(message);
  }

  private static Posted answer(ObjectNode root) {
    return new Posted.Answer(JSON.writeValueAsString(root));
  }
}

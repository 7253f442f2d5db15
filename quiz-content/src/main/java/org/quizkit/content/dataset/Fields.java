package org.quizkit.content.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.quizkit.content.internal.tree.Node;
import org.quizkit.content.internal.tree.Node.Entry;
import org.quizkit.content.internal.tree.Node.Kind;
import org.quizkit.content.internal.tree.Node.ListNode;
import org.quizkit.content.internal.tree.Node.MapNode;
import org.quizkit.content.internal.tree.Node.ScalarNode;
import org.quizkit.content.internal.tree.Problems;

/**
 * The keys of one mapping in a dataset file, checked against the keys its kind of entry allows.
 * Reports unknown, duplicate and missing keys when made, and wrong value types as each value is
 * read; remembers whether anything failed so the entry is left out of the dataset rather than built
 * half-valid.
 */
final class Fields {
  private final MapNode map;
  private final String what;
  private final Problems problems;
  private final Map<String, Entry> byKey = new LinkedHashMap<>();
  private boolean failed;

  private Fields(MapNode map, String what, Problems problems) {
    this.map = map;
    this.what = what;
    this.problems = problems;
  }

  /**
   * Reads a mapping of the given kind, or reports that the value is not a mapping.
   *
   * @param noun what the entry is, such as "site"
   * @param index its place in its list (from 1), or 0 when it is not in a list
   * @param naming the keys whose values name the entry in messages, such as "id"
   */
  static Optional<Fields> of(
      Node node,
      String noun,
      int index,
      List<String> naming,
      List<String> required,
      List<String> optional,
      Problems problems) {
    String where = index > 0 ? noun + " #" + index : noun;
    if (!(node instanceof MapNode map)) {
      problems.at(node, "expected " + where + " to be a mapping of keys, found " + node.describe());
      return Optional.empty();
    }
    Fields fields = new Fields(map, name(map, noun, index, naming), problems);
    fields.checkKeys(required, optional);
    return Optional.of(fields);
  }

  // NameMatching the entry by its id (or cancer>site) so a message says which one, not just where.
  private static String name(MapNode map, String noun, int index, List<String> naming) {
    List<String> parts = new ArrayList<>();
    for (String key : naming) {
      map.entries().stream()
          .filter(e -> e.key().equals(key))
          .findFirst()
          .map(Entry::value)
          .filter(v -> v instanceof ScalarNode s && s.kind() == Kind.TEXT)
          .ifPresent(v -> parts.add(((ScalarNode) v).text()));
    }
    if (parts.size() == naming.size() && !naming.isEmpty()) {
      return noun + " '" + String.join(">", parts) + "'";
    }
    return index > 0 ? noun + " #" + index : noun;
  }

  private void checkKeys(List<String> required, List<String> optional) {
    List<String> allowed = Stream.concat(required.stream(), optional.stream()).toList();
    for (Entry entry : map.entries()) {
      Entry first = byKey.get(entry.key());
      if (first != null) {
        problems.at(
            entry.line(),
            entry.column(),
            "duplicate key '"
                + entry.key()
                + "' in "
                + what
                + " (first on line "
                + first.line()
                + ")");
        failed = true;
      } else if (!allowed.contains(entry.key())) {
        String hint =
            NameMatching.closest(entry.key(), allowed)
                .map(k -> "; did you mean '" + k + "'?")
                .orElse("");
        problems.at(
            entry.line(),
            entry.column(),
            "unknown key '"
                + entry.key()
                + "' in "
                + what
                + " (allowed: "
                + String.join(", ", allowed)
                + ")"
                + hint);
        failed = true;
      } else {
        byKey.put(entry.key(), entry);
      }
    }
    for (String key : required) {
      Entry entry = byKey.get(key);
      if (entry == null) {
        problems.at(map, what + " is missing required key '" + key + "'");
        failed = true;
      } else if (entry.value() instanceof ScalarNode s && s.kind() == Kind.NULL) {
        problems.at(entry.value(), "required key '" + key + "' of " + what + " has no value");
        failed = true;
      }
    }
  }

  /** What the entry is called in messages, such as {@code site 'bone'}. */
  String what() {
    return what;
  }

  /** The mapping itself, for problems about the entry as a whole. */
  Node node() {
    return map;
  }

  /** True once any key or value of this entry was reported. */
  boolean failed() {
    return failed;
  }

  /** Reports a problem that makes this entry unusable. */
  void fail(Node at, String message) {
    problems.at(at, message);
    failed = true;
  }

  /** The raw value of a key that is present and not null. */
  Optional<Node> value(String key) {
    Entry entry = byKey.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    if (entry.value() instanceof ScalarNode s && s.kind() == Kind.NULL) {
      return Optional.empty();
    }
    return Optional.of(entry.value());
  }

  /** True when the key is present, even with an empty value. */
  boolean has(String key) {
    return byKey.containsKey(key);
  }

  /** A text value that must not be blank; empty when missing (already reported) or wrong. */
  Optional<ScalarNode> text(String key) {
    Optional<ScalarNode> text = value(key).flatMap(v -> asText(key, v));
    if (text.isPresent() && text.get().text().isBlank()) {
      fail(text.get(), "'" + key + "' of " + what + " is empty");
      return Optional.empty();
    }
    return text;
  }

  /** Marks the entry unusable for a problem already reported elsewhere. */
  void markFailed() {
    failed = true;
  }

  /** A text value that may be left out, given as "" then. */
  String optionalText(String key) {
    return value(key).flatMap(v -> asText(key, v)).map(ScalarNode::text).orElse("");
  }

  private Optional<ScalarNode> asText(String key, Node value) {
    if (value instanceof ScalarNode s && s.kind() == Kind.TEXT) {
      return Optional.of(s);
    }
    fail(value, "expected text for '" + key + "' of " + what + ", found " + value.describe());
    return Optional.empty();
  }

  /** A true/false value; empty when missing (already reported if required) or of the wrong type. */
  Optional<Boolean> bool(String key) {
    return value(key)
        .flatMap(
            v -> {
              if (v instanceof ScalarNode s && s.kind() == Kind.BOOLEAN) {
                return Optional.of(Boolean.parseBoolean(s.text()));
              }
              fail(
                  v,
                  "expected true or false for '"
                      + key
                      + "' of "
                      + what
                      + ", found "
                      + v.describe());
              return Optional.empty();
            });
  }

  /** A whole number value. */
  Optional<Integer> integer(String key) {
    return value(key)
        .flatMap(
            v -> {
              if (v instanceof ScalarNode s && s.kind() == Kind.INTEGER) {
                try {
                  return Optional.of(Integer.parseInt(s.text()));
                } catch (NumberFormatException e) {
                  fail(v, "'" + key + "' of " + what + " is out of range: " + s.text());
                  return Optional.empty();
                }
              }
              fail(
                  v,
                  "expected a whole number for '"
                      + key
                      + "' of "
                      + what
                      + ", found "
                      + v.describe());
              return Optional.empty();
            });
  }

  /** A list, whatever it holds; empty when missing or not a list (the latter reported). */
  Optional<List<Node>> list(String key) {
    return value(key)
        .flatMap(
            v -> {
              if (v instanceof ListNode l) {
                return Optional.of(l.items());
              }
              fail(v, "expected a list for '" + key + "' of " + what + ", found " + v.describe());
              return Optional.empty();
            });
  }

  /**
   * A list of non-blank texts; an absent list is an empty one. Bad items are reported and left out.
   */
  List<ScalarNode> texts(String key) {
    List<ScalarNode> out = new ArrayList<>();
    for (Node item : list(key).orElse(List.of())) {
      if (item instanceof ScalarNode s && s.kind() == Kind.TEXT && !s.text().isBlank()) {
        out.add(s);
      } else {
        fail(
            item,
            "expected non-empty text in '" + key + "' of " + what + ", found " + item.describe());
      }
    }
    return out;
  }
}

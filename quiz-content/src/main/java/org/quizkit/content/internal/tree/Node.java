package org.quizkit.content.internal.tree;

import java.util.List;

/**
 * A value read from a YAML or JSON file together with where it starts, so every diagnostic can
 * point at the exact line and column. A plain JSON tree forgets positions, hence this small tree.
 *
 * <p>Public only so that the learning modules can read {@code modules.yaml} through the same {@link
 * TreeReader} as the dataset: one located reader instead of two. Not part of the library's API for
 * integrators; it may change with any release. Immutable.
 */
public sealed interface Node permits Node.MapNode, Node.ListNode, Node.ScalarNode {
  /** 1-based line where the value starts. */
  int line();

  /** 1-based column where the value starts. */
  int column();

  /** What kind of value this is, for messages such as "expected text, found a list". */
  String describe();

  /** A mapping, keys in file order (duplicates kept so the binder can report them). */
  record MapNode(int line, int column, List<Entry> entries) implements Node {
    /** Copies the entries, so the tree cannot change under a reader. */
    public MapNode {
      entries = List.copyOf(entries);
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** One key of a mapping with the key's own position. */
  record Entry(String key, int line, int column, Node value) {}

  /** A list. */
  record ListNode(int line, int column, List<Node> items) implements Node {
    /** Copies the items, so the tree cannot change under a reader. */
    public ListNode {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /**
   * A scalar; {@code kind} says how the file typed it. {@code text} is null only for NULL; for a
   * number it is the number's plain decimal form ({@code 0x1F} reads as {@code 31}, {@code .5} as
   * {@code 0.5}) so that it parses with {@link Integer#parseInt} or {@link Double#parseDouble}.
   */
  record ScalarNode(int line, int column, Kind kind, String text) implements Node {
    @Override
    public String describe() {
      return switch (kind) {
        case TEXT -> "text '" + text + "'";
        case INTEGER, DECIMAL -> "the number " + text;
        case BOOLEAN -> "the value " + text;
        case NULL -> "nothing";
      };
    }
  }

  /** How a scalar was typed in the file. */
  enum Kind {
    TEXT,
    INTEGER,
    DECIMAL,
    BOOLEAN,
    NULL
  }
}

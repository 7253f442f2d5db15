package org.quizkit.content.oracle;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A parsed claim such as {@code most(lung,?)}: a relation and its arguments, where {@code ?} is a
 * hole an option's {@code refers} fills. Parsing is strict: an unknown relation, a wrong number of
 * arguments or a malformed argument throws, so a typo can never pass as an undecided claim.
 *
 * @param args ids, or {@link #HOLE}
 */
record Assertion(Relation relation, List<String> args) {
  /** The placeholder an option's {@code refers} replaces. */
  static final String HOLE = "?";

  private static final Pattern SHAPE = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\((.*)\\)");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");

  Assertion {
    checkNotNull(relation, "relation");
    args = List.copyOf(args);
    checkArgument(
        args.size() == relation.positions().size(),
        "claim %s(%s) has %s arguments, but %s takes %s",
        relation.id(),
        String.join(",", args),
        args.size(),
        relation.id(),
        relation.positions().size());
    for (String arg : args) {
      checkArgument(
          arg.equals(HOLE) || ID.matcher(arg).matches(),
          "claim %s(%s) has a malformed argument '%s' (want an id or ?)",
          relation.id(),
          String.join(",", args),
          arg);
    }
  }

  /**
   * Reads a claim written as in {@code docs/claims.md}.
   *
   * @throws IllegalArgumentException naming the claim when it is malformed or its relation unknown
   */
  static Assertion parse(String text) {
    checkNotNull(text, "claim");
    Matcher matcher = SHAPE.matcher(text.strip());
    checkArgument(
        matcher.matches(),
        "claim '%s' is malformed (want relation(arg,...), e.g. most(lung,?))",
        text);
    String name = matcher.group(1);
    Relation relation =
        Relation.fromId(name)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "claim '"
                            + text
                            + "' has unknown relation '"
                            + name
                            + "' (known: "
                            + Relation.knownIds()
                            + ")"));
    String inside = matcher.group(2);
    List<String> args = new ArrayList<>();
    if (!inside.isBlank()) {
      // split with a negative limit keeps empty trailing parts, so most(lung,) is rejected
      for (String part : inside.split(",", -1)) {
        args.add(part.strip());
      }
    }
    try {
      return new Assertion(relation, args);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("claim '" + text + "': " + e.getMessage(), e);
    }
  }

  /** The positions of the holes, in argument order. */
  List<Integer> holes() {
    return IntStream.range(0, args.size()).filter(i -> args.get(i).equals(HOLE)).boxed().toList();
  }

  /** What each hole names, in hole order. */
  List<Thing> holeKinds() {
    return holes().stream().map(i -> relation.positions().get(i)).toList();
  }

  /** True when the claim has no hole. */
  boolean isClosed() {
    return holes().isEmpty();
  }

  /**
   * The claim with its holes filled by these values, in hole order.
   *
   * @throws IllegalArgumentException when the count differs or a value is not an id
   */
  Assertion fill(List<String> values) {
    List<Integer> holes = holes();
    checkArgument(
        values.size() == holes.size(),
        "claim %s has %s holes, given %s values %s",
        this,
        holes.size(),
        values.size(),
        values);
    List<String> filled = new ArrayList<>(args);
    for (int i = 0; i < holes.size(); i++) {
      String value = values.get(i);
      checkArgument(!value.equals(HOLE), "claim %s cannot be filled with '?'", this);
      filled.set(holes.get(i), value);
    }
    return new Assertion(relation, filled);
  }

  /** Fills a claim with one hole. */
  Assertion fill(String value) {
    return fill(List.of(value));
  }

  @Override
  public String toString() {
    return relation.id() + "(" + String.join(",", args) + ")";
  }
}

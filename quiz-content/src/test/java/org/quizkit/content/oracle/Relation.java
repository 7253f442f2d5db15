package org.quizkit.content.oracle;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The relations of the claim grammar in {@code docs/claims.md}, each with the kind of thing every
 * argument position names. Typing the positions lets the checker tell a site option from a cancer
 * option without guessing from the id (an id such as {@code bone} could name both).
 */
enum Relation {
  MOST("most", Thing.CANCER, Thing.SITE),
  STATED("stated", Thing.CANCER, Thing.SITE),
  ALSO("also", Thing.CANCER, Thing.SITE),
  LESS("less", Thing.CANCER, Thing.SITE),
  RARE("rare", Thing.CANCER, Thing.SITE),
  LOCAL("local", Thing.CANCER, Thing.SITE),
  NAMED("named", Thing.CANCER, Thing.SITE, Thing.CANCER),
  CLAIM("claim", Thing.CLAIM),
  CAUSE("cause", Thing.DOWNSTREAM, Thing.DOWNSTREAM),
  ORDER("order"),
  STATEMENT("statement", Thing.STATEMENT),
  CLUE("clue", Thing.CANCER, Thing.CLUE),
  MEANS("means", Thing.TERM, Thing.TERM),
  SEQUENCE("sequence", Thing.SEQUENCE),
  REACH("reach", Thing.CANCER, Thing.REACH);

  private final String id;
  private final List<Thing> positions;

  Relation(String id, Thing... positions) {
    this.id = id;
    this.positions = List.of(positions);
  }

  /** The name written in claims, such as {@code most}. */
  String id() {
    return id;
  }

  /** What each argument names, in argument order; its size is the arity. */
  List<Thing> positions() {
    return positions;
  }

  static Optional<Relation> fromId(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
  }

  static String knownIds() {
    return Arrays.stream(values()).map(Relation::id).collect(Collectors.joining(", "));
  }
}

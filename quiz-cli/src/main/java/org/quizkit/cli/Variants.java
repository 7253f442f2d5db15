package org.quizkit.cli;

/** How the versions of a worksheet differ: same questions reordered, or fresh questions. */
enum Variants {
  SHUFFLE("shuffle"),
  RESAMPLE("resample");

  private final String id;

  Variants(String id) {
    this.id = id;
  }

  /** The value as written on the command line. */
  String id() {
    return id;
  }

  /** Reads the value by its id; as an {@code Iterable}, lists the ids for help. */
  static final class Converter extends IdConverter<Variants> {
    Converter() {
      super(values(), Variants::id);
    }
  }
}

package org.quizkit.cli;

/** The paper size a PDF worksheet is laid out for. */
enum Paper {
  A4("a4"),
  LETTER("letter");

  private final String id;

  Paper(String id) {
    this.id = id;
  }

  /** The value as written on the command line. */
  String id() {
    return id;
  }

  /** Reads the value by its id; as an {@code Iterable}, lists the ids for help. */
  static final class Converter extends IdConverter<Paper> {
    Converter() {
      super(values(), Paper::id);
    }
  }
}

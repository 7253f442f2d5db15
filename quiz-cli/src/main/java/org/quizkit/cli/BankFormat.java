package org.quizkit.cli;

/** How {@code bank} prints the question bank. */
enum BankFormat {
  JSON("json");

  private final String id;

  BankFormat(String id) {
    this.id = id;
  }

  /** The value as written on the command line. */
  String id() {
    return id;
  }

  /** Reads the value by its id; as an {@code Iterable}, lists the ids for help. */
  static final class Converter extends IdConverter<BankFormat> {
    Converter() {
      super(values(), BankFormat::id);
    }
  }
}

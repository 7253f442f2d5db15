package org.quizkit.cli;

/** How {@code progress} and {@code facts} print: for people or for programs. */
enum ReportFormat {
  TEXT("text"),
  JSON("json");

  private final String id;

  ReportFormat(String id) {
    this.id = id;
  }

  /** The value as written on the command line. */
  String id() {
    return id;
  }

  /** Reads the value by its id; as an {@code Iterable}, lists the ids for help. */
  static final class Converter extends IdConverter<ReportFormat> {
    Converter() {
      super(values(), ReportFormat::id);
    }
  }
}

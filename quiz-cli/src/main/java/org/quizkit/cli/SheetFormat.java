package org.quizkit.cli;

/** The file format of a worksheet. */
enum SheetFormat {
  PDF("pdf"),
  HTML("html"),
  MD("md");

  private final String id;

  SheetFormat(String id) {
    this.id = id;
  }

  /** The value as written on the command line. */
  String id() {
    return id;
  }

  /** Reads the value by its id; as an {@code Iterable}, lists the ids for help. */
  static final class Converter extends IdConverter<SheetFormat> {
    Converter() {
      super(values(), SheetFormat::id);
    }
  }
}

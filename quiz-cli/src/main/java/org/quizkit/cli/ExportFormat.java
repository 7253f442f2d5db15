package org.quizkit.cli;

/** The formats a learning management system imports. */
enum ExportFormat {
  QTI21("qti21"),
  QTI3("qti3"),
  CANVAS("canvas"),
  MOODLE_XML("moodle-xml"),
  GIFT("gift"),
  AIKEN("aiken"),
  JSON("json"),
  SCORM2004("scorm2004"),
  SCORM12("scorm12");

  private final String id;

  ExportFormat(String id) {
    this.id = id;
  }

  /** The value as written on the command line. */
  String id() {
    return id;
  }

  /** Whether this is a SCORM package (quiz-scorm), which takes {@code --pass}. */
  boolean scorm() {
    return this == SCORM2004 || this == SCORM12;
  }

  /** Reads the value by its id; as an {@code Iterable}, lists the ids for help. */
  static final class Converter extends IdConverter<ExportFormat> {
    Converter() {
      super(values(), ExportFormat::id);
    }
  }
}

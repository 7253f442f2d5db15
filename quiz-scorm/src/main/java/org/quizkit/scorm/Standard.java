package org.quizkit.scorm;

/** The two SCORM versions a package is written for. */
enum Standard {
  /** SCORM 2004 4th edition: the API object {@code API_1484_11}. */
  SCORM_2004("scorm2004", "2004"),
  /** SCORM 1.2: the API object {@code API}. */
  SCORM_12("scorm12", "1.2");

  private final String format;
  private final String version;

  Standard(String format, String version) {
    this.format = format;
    this.version = version;
  }

  /** The format's name on the command line, such as {@code scorm2004}. */
  String format() {
    return format;
  }

  /** The version the player script reads: {@code 2004} or {@code 1.2}. */
  String version() {
    return version;
  }
}

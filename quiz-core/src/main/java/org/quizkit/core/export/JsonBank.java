package org.quizkit.core.export;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Names and settings of the quizkit JSON formats (see docs/formats.md), shared by writer and
 * reader.
 */
final class JsonBank {
  static final String BANK_FORMAT = "quizkit-bank";

  /**
   * The version written: 2 added each question's {@code tests} and {@code reveals}, and {@code
   * keyed} and {@code notes} to short answers.
   */
  static final int VERSION = 2;

  /** The oldest version the reader still reads (no facts, no short-answer notes). */
  static final int OLDEST_VERSION = 1;

  /** The first version whose questions carry {@code tests} and {@code reveals}. */
  static final int FACTS_SINCE = 2;

  private JsonBank() {}

  /**
   * A writer that indents with two spaces and {@code \n} on every platform (Jackson's default uses
   * the platform line separator, which would make output differ between machines) and leaves the
   * caller's stream open.
   */
  static ObjectWriter writer() {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    return JsonMapper.builder()
        .build()
        .writer()
        .with(printer)
        .without(StreamWriteFeature.AUTO_CLOSE_TARGET);
  }

  static ObjectReader reader() {
    return JsonMapper.builder()
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build()
        .reader();
  }

  static void header(JsonGenerator json, String format) {
    json.writeStartObject();
    json.writeStringProperty("format", format);
    json.writeNumberProperty("version", VERSION);
    json.writeName("questions");
    json.writeStartArray();
  }
}

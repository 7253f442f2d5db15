package org.quizkit.core.export;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.quizkit.core.question.Question;

/**
 * The front door to exporting a question bank to files other systems import, and to reading the
 * quizkit JSON bank back. The formats are described in {@code docs/formats.md}.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("bank.gift"))) {
 *   ExportReport report = Exporters.gift().write(questions, ExportOptions.defaults(), out);
 *   report.skipped().forEach(System.err::println);
 * }
 * }</pre>
 *
 * <p>Every exporter is immutable and thread-safe.
 */
public final class Exporters {
  private Exporters() {}

  /** The whole bank, key included, as versioned JSON ({@code quizkit-bank} version 1). */
  public static Exporter json() {
    return new JsonBankExporter();
  }

  /**
   * Moodle GIFT: categories from modules, every special character escaped, per-option and general
   * feedback, partial credit for multiple response, ordering written as matching.
   */
  public static Exporter gift() {
    return new GiftExporter();
  }

  /**
   * Aiken: single-choice questions (and true/false as a choice of True or False) only; the report
   * lists every other question as skipped with its kind. Line breaks become spaces.
   */
  public static Exporter aiken() {
    return new AikenExporter();
  }

  /**
   * An IMS QTI 2.1 content package (zip): {@code imsmanifest.xml}, one item per question and an
   * {@code assessmentTest} with one section per module; a pool size makes each section draw that
   * many items and shuffle them.
   */
  public static Exporter qti21() {
    return new QtiPackageExporter(QtiDialect.QTI21);
  }

  /**
   * An IMS QTI 3.0 content package: the same items, test and package as {@link #qti21()}, in QTI
   * 3.0's names, namespaces and resource types.
   */
  public static Exporter qti3() {
    return new QtiPackageExporter(QtiDialect.QTI30);
  }

  /**
   * Moodle XML: categories from modules, HTML text, per-option and general feedback, Moodle-grade
   * partial credit for multiple response, ordering written as matching, tags and id numbers.
   */
  public static Exporter moodleXml() {
    return new MoodleXmlExporter();
  }

  /**
   * QTI 1.2 as Canvas (classic quizzes) imports it, in a zip with {@code imsmanifest.xml}; a pool
   * size makes each module a question group that draws that many questions.
   */
  public static Exporter canvas() {
    return new CanvasExporter();
  }

  /**
   * Reads a bank written by {@link #json()} back into equal questions.
   *
   * @param source names the stream in diagnostics, for example a file name
   * @throws BankReadException listing every problem found, with line and column
   */
  public static List<Question> readJson(InputStream in, String source) {
    return JsonBankReader.read(in, source);
  }

  /** Every format name {@link #byName(String)} accepts, in order of preference. */
  public static List<String> names() {
    return all().stream().map(Exporter::format).toList();
  }

  /**
   * The exporter for a format name, ignoring case.
   *
   * @throws IllegalArgumentException naming the value and the known formats
   */
  public static Exporter byName(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    return all().stream()
        .filter(exporter -> exporter.format().equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown export format '"
                        + name
                        + "' (known: "
                        + names().stream().collect(Collectors.joining(", "))
                        + ")"));
  }

  private static List<Exporter> all() {
    List<Supplier<Exporter>> factories =
        List.of(
            Exporters::json,
            Exporters::gift,
            Exporters::aiken,
            Exporters::qti21,
            Exporters::moodleXml,
            Exporters::canvas,
            Exporters::qti3);
    return factories.stream().map(Supplier::get).toList();
  }
}

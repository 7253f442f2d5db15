package org.quizkit.worksheet;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.quizkit.core.diagnostic.Diagnostic;
import org.quizkit.core.question.Question;
import org.quizkit.worksheet.WorksheetSpec.Format;

/**
 * Printed worksheets for teachers: several versions of a test drawn from a question bank, each with
 * a student sheet and an answer key, as HTML, Markdown or PDF.
 *
 * <p>Everything follows from the bank and the {@link WorksheetSpec}: the same bank and spec give
 * byte-identical files. Stateless and thread-safe.
 *
 * <pre>{@code
 * WorksheetSpec spec = WorksheetSpec.defaults("Where cancers spread")
 *     .withCount(20).withVersions(3).withSeed(42).withFormat(Format.PDF);
 * List<Path> files = Worksheets.write(bank, spec, Path.of("out"));
 * // out/worksheet-A.pdf, out/worksheet-A-key.pdf, out/worksheet-B.pdf, ...
 * }</pre>
 */
public final class Worksheets {
  /** The names of files a worksheet run writes, in any of its formats. */
  private static final Pattern STRAY =
      Pattern.compile(
          "worksheet-[A-Z]{1,2}(-key)?\\.(html|md|pdf)|" + Overview.NAME + "\\.(html|md|pdf)");

  private Worksheets() {}

  /**
   * Draws the versions a spec asks for, without printing them.
   *
   * @throws WorksheetException listing every reason the bank cannot serve the spec
   */
  public static List<Version> versions(List<Question> bank, WorksheetSpec spec) {
    checkNotNull(bank, "bank");
    checkNotNull(spec, "spec");
    List<Version> versions = Draw.versions(List.copyOf(bank), spec);
    List<Diagnostic> problems = new ArrayList<>();
    for (Question question : used(versions)) {
      int options = Texts.lettered(question).size();
      if (options > Answers.MAX_OPTIONS) {
        problems.add(
            WorksheetException.problem(
                "question '" + question.id() + "'",
                "has "
                    + options
                    + " options, but a sheet letters at most "
                    + Answers.MAX_OPTIONS
                    + " (A-Z)"));
      }
    }
    if (!problems.isEmpty()) {
      throw new WorksheetException(problems);
    }
    return versions;
  }

  /**
   * Writes a student sheet and an answer key for every version into {@code directory} (created when
   * missing): {@code worksheet-A.html}, {@code worksheet-A-key.html}, {@code worksheet-B.html}, ...
   * with the spec's format's extension, and with two or more versions {@code worksheet-keys.html},
   * the keys of every version side by side. Files of the same name are replaced, each written to a
   * temporary file first and then renamed, so none is ever half-written.
   *
   * @return the files written, in version order, each sheet before its key, the all-versions keys
   *     last
   * @throws WorksheetException listing every reason the bank cannot serve the spec, or naming the
   *     worksheet files of another run that the directory holds (which would sit beside this run's
   *     and mix two sets), before any file is written
   * @throws IOException when a file cannot be written
   */
  public static List<Path> write(List<Question> bank, WorksheetSpec spec, Path directory)
      throws IOException {
    checkNotNull(directory, "directory");
    Map<String, byte[]> files = render(bank, spec);
    List<String> strays = strays(directory, files.keySet());
    if (!strays.isEmpty()) {
      throw WorksheetException.of(
          directory.toString(),
          "holds "
              + (strays.size() == 1 ? "a worksheet file" : strays.size() + " worksheet files")
              + " of another run ("
              + String.join(", ", strays.subList(0, Math.min(6, strays.size())))
              + (strays.size() > 6 ? ", ..." : "")
              + "); remove "
              + (strays.size() == 1 ? "it" : "them")
              + " or choose an empty folder, so that one folder holds one set");
    }
    Files.createDirectories(directory);
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path path = directory.resolve(file.getKey());
      Path temporary = directory.resolve("." + file.getKey() + ".tmp");
      Files.write(temporary, file.getValue());
      try {
        Files.move(
            temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
      }
      written.add(path);
    }
    return List.copyOf(written);
  }

  /** Worksheet files in the directory, in any format, that this run would not write. */
  private static List<String> strays(Path directory, Set<String> names) throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> listed = Files.list(directory)) {
      return listed
          .map(p -> p.getFileName().toString())
          .filter(n -> STRAY.matcher(n).matches() && !names.contains(n))
          .sorted()
          .toList();
    }
  }

  /** Every file's name and content, in the order {@link #write} writes them. */
  static Map<String, byte[]> render(List<Question> bank, WorksheetSpec spec) {
    List<Version> versions = versions(bank, spec);
    Map<String, byte[]> files = new LinkedHashMap<>();
    String extension = "." + spec.format().extension();
    PdfPrinter printer = spec.format() == Format.PDF ? pdfPrinter(spec, versions) : null;
    for (Version version : versions) {
      String sheet = "worksheet-" + version.label();
      String key = sheet + "-key";
      if (spec.format() == Format.MARKDOWN) {
        files.put(sheet + extension, utf8(MarkdownSheet.render(spec, version)));
        files.put(key + extension, utf8(MarkdownKey.render(spec, version)));
      } else if (printer == null) {
        files.put(sheet + extension, utf8(HtmlSheet.render(spec, version)));
        files.put(key + extension, utf8(HtmlKey.render(spec, version)));
      } else {
        files.put(sheet + extension, pdf(printer, HtmlSheet.render(spec, version), sheet, spec));
        files.put(key + extension, pdf(printer, HtmlKey.render(spec, version), key, spec));
      }
    }
    if (versions.size() > 1) {
      String name = Overview.NAME;
      if (spec.format() == Format.MARKDOWN) {
        files.put(name + extension, utf8(Overview.markdown(spec, versions)));
      } else if (printer == null) {
        files.put(name + extension, utf8(Overview.html(spec, versions)));
      } else {
        files.put(name + extension, pdf(printer, Overview.html(spec, versions), name, spec));
      }
    }
    return files;
  }

  /** A printer, once every printed character is known to be in the embedded font. */
  private static PdfPrinter pdfPrinter(WorksheetSpec spec, List<Version> versions) {
    EmbeddedFont font = EmbeddedFont.load();
    List<Diagnostic> problems = new ArrayList<>();
    SortedSet<Integer> inTitle = font.missing(spec.title());
    if (!inTitle.isEmpty()) {
      problems.add(WorksheetException.problem("title", "has " + describe(inTitle)));
    }
    Header header = spec.header();
    SortedSet<Integer> inHeader =
        font.missing(header.course() + header.teacher() + header.timeAllowed());
    spec.citation().ifPresent(c -> inHeader.addAll(font.missing(c.reference())));
    if (!inHeader.isEmpty()) {
      problems.add(WorksheetException.problem("header or citation", "has " + describe(inHeader)));
    }
    for (Question question : used(versions)) {
      SortedSet<Integer> missing = new TreeSet<>();
      Texts.printed(question).forEach(text -> missing.addAll(font.missing(text)));
      if (!missing.isEmpty()) {
        problems.add(
            WorksheetException.problem(
                "question '" + question.id() + "'", "has " + describe(missing)));
      }
    }
    if (!problems.isEmpty()) {
      throw new WorksheetException(problems);
    }
    return new PdfPrinter(font);
  }

  private static String describe(SortedSet<Integer> missing) {
    return "characters the PDF font "
        + EmbeddedFont.FAMILY
        + " cannot draw: "
        + missing.stream()
            .map(c -> String.format("U+%04X '%s'", c, new String(Character.toChars(c))))
            .collect(Collectors.joining(", "))
        + " (HTML and Markdown can still show them)";
  }

  private static byte[] pdf(PdfPrinter printer, String html, String name, WorksheetSpec spec) {
    try {
      return printer.print(html, name, spec.seed());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render " + name + " to PDF", e);
    }
  }

  /** The distinct questions of all versions, in the order they first appear. */
  private static List<Question> used(List<Version> versions) {
    Map<String, Question> byId = new LinkedHashMap<>();
    versions.forEach(v -> v.questions().forEach(q -> byId.putIfAbsent(q.id(), q)));
    return List.copyOf(byId.values());
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}

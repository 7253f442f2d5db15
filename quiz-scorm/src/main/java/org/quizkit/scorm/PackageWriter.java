package org.quizkit.scorm;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.io.Resources;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.quizkit.core.assembly.Quiz;
import org.quizkit.core.assembly.QuizSpec;
import org.quizkit.core.delivery.DeliveredQuiz;
import org.quizkit.core.export.ExportOptions;
import org.quizkit.core.export.ExportReport;
import org.quizkit.core.export.Exporters;
import org.quizkit.core.question.Question;

/** Writes one package: the questions delivered, the player's data and pages, the manifest. */
final class PackageWriter {
  /** Every entry's time, so that the same input gives the same bytes. */
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  static final String MANIFEST = "imsmanifest.xml";
  static final String INDEX = "index.html";
  static final String STYLESHEET = org.quizkit.web.page.Pages.STYLESHEET_FILE;
  static final String SCRIPT = org.quizkit.web.page.Pages.SCRIPT_FILE;
  static final String SCORING = "scoring.js";
  static final String PLAYER = "player.js";
  static final String DATA = "quiz-data.js";

  private final Standard standard;
  private final double pass;
  private final ExportOptions options;

  PackageWriter(Standard standard, double pass, ExportOptions options) {
    this.standard = standard;
    this.pass = pass;
    this.options = options;
  }

  ExportReport write(List<? extends Question> questions, OutputStream out) throws IOException {
    Set<String> ids = new HashSet<>();
    for (Question question : questions) {
      checkArgument(ids.add(question.id()), "two questions share the id '%s'", question.id());
    }
    List<Question> kept = new ArrayList<>();
    List<ExportReport.Note> skipped = new ArrayList<>();
    for (Question question : questions) {
      // The player's data carries each question as bank JSON, which cannot hold every text.
      ExportReport bank =
          Exporters.json().write(List.of(question), options, OutputStream.nullOutputStream());
      if (bank.written() == 1) {
        kept.add(question);
      } else {
        skipped.addAll(bank.skipped());
      }
    }
    if (kept.isEmpty()) {
      return new ExportReport(standard.format(), 0, List.of(), skipped);
    }
    Quiz quiz =
        new Quiz(QuizSpec.builder().count(kept.size()).seed(options.seed()).build(), kept, 0);
    DeliveredQuiz delivered = DeliveredQuiz.of(quiz);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(INDEX, utf8(PlayerPages.index(options.title())));
    files.put(STYLESHEET, utf8(PlayerPages.stylesheet()));
    files.put(SCRIPT, utf8(PlayerPages.script()));
    files.put(SCORING, resource(SCORING));
    files.put(PLAYER, resource(PLAYER));
    files.put(DATA, utf8(PlayerData.script(standard, options, pass, delivered)));
    String manifest =
        Manifest.write(
            standard,
            "quizkit-" + Long.toHexString(options.seed()),
            options.title(),
            pass,
            List.copyOf(files.keySet()));
    try (ZipOutputStream zip = new ZipOutputStream(new NonClosing(out), StandardCharsets.UTF_8)) {
      entry(zip, MANIFEST, utf8(manifest));
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        entry(zip, file.getKey(), file.getValue());
      }
    }
    out.flush();
    return new ExportReport(standard.format(), kept.size(), List.of(), skipped);
  }

  private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(ENTRY_TIME);
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] resource(String name) {
    try {
      return Resources.toByteArray(Resources.getResource(PackageWriter.class, name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lets the zip finish without closing the caller's stream (exporters never close it). */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}

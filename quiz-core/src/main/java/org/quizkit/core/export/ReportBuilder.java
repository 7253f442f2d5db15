package org.quizkit.core.export;

import java.util.ArrayList;
import java.util.List;

/** Collects what happened to each question during one export. Not thread-safe: one per export. */
final class ReportBuilder {
  private final String format;
  private final List<ExportReport.Note> converted = new ArrayList<>();
  private final List<ExportReport.Note> skipped = new ArrayList<>();
  private int written;

  ReportBuilder(String format) {
    this.format = format;
  }

  void written() {
    written++;
  }

  void converted(String questionId, String reason) {
    converted.add(new ExportReport.Note(questionId, reason));
  }

  void skipped(String questionId, String reason) {
    skipped.add(new ExportReport.Note(questionId, reason));
  }

  ExportReport build() {
    return new ExportReport(format, written, converted, skipped);
  }
}

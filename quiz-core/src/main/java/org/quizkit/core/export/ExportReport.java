package org.quizkit.core.export;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * What an export did with each question it could not write as it stands.
 *
 * <p>Immutable and thread-safe.
 *
 * @param format the exporter's format name, such as {@code gift}
 * @param written how many questions the output holds
 * @param converted questions written in another form (for example ordering written as matching),
 *     each with what changed
 * @param skipped questions left out, each with the reason
 */
public record ExportReport(String format, int written, List<Note> converted, List<Note> skipped) {
  public ExportReport {
    checkNotNull(format, "format");
    checkArgument(written >= 0, "written is %s", written);
    converted = List.copyOf(converted);
    skipped = List.copyOf(skipped);
  }

  /** Whether every question was written unchanged. */
  public boolean isComplete() {
    return converted.isEmpty() && skipped.isEmpty();
  }

  /**
   * One question and what happened to it.
   *
   * @param questionId the id of the question
   * @param reason why it was converted or skipped, naming the offending value
   */
  public record Note(String questionId, String reason) {
    public Note {
      checkNotNull(questionId, "question id");
      checkNotNull(reason, "reason");
    }

    @Override
    public String toString() {
      return questionId + ": " + reason;
    }
  }
}

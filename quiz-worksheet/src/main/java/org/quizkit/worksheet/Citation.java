package org.quizkit.worksheet;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;

/**
 * The source the questions are written from, cited in full on every answer key and credited in one
 * line on every sheet.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title the source's title; never blank
 * @param publisher who published it; never blank
 * @param reviewed the date of its last review (for a medical article, the last medical review)
 */
public record Citation(String title, String publisher, LocalDate reviewed) {
  /** Checks every part is present. */
  public Citation {
    checkNotNull(title, "title");
    checkNotNull(publisher, "publisher");
    checkNotNull(reviewed, "reviewed");
    checkArgument(!title.isBlank(), "citation title is blank");
    checkArgument(!publisher.isBlank(), "citation publisher is blank");
  }

  /** The full reference for the key. */
  String reference() {
    return title + ". " + publisher + ". Last reviewed " + reviewed + ".";
  }

  /** The one-line credit for the sheet. */
  String credit() {
    return "Questions written from " + title + " (" + publisher + ", reviewed " + reviewed + ").";
  }
}

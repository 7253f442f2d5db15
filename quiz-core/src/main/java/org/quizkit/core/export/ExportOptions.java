package org.quizkit.core.export;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * What an exporter needs besides the questions.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title the name of the bank, quiz or test in the target system; never blank
 * @param poolSize how many questions each category (module) should draw when the format can select
 *     at delivery time (QTI 2.1 {@code selection}); {@code 0} means every question
 * @param seed the seed for anything the export shuffles (for example the option order of the
 *     delivery view), so that the same input always gives the same bytes
 */
public record ExportOptions(String title, int poolSize, long seed) {
  public ExportOptions {
    checkNotNull(title, "title");
    checkArgument(!title.isBlank(), "export title is blank");
    checkArgument(poolSize >= 0, "pool size is %s, must be 0 (all) or more", poolSize);
  }

  /** Title {@code quizkit}, every question, seed 0. */
  public static ExportOptions defaults() {
    return new ExportOptions("quizkit", 0, 0L);
  }

  /** A copy with this title. */
  public ExportOptions withTitle(String newTitle) {
    return new ExportOptions(newTitle, poolSize, seed);
  }

  /** A copy with this pool size ({@code 0}: every question). */
  public ExportOptions withPoolSize(int newPoolSize) {
    return new ExportOptions(title, newPoolSize, seed);
  }

  /** A copy with this seed. */
  public ExportOptions withSeed(long newSeed) {
    return new ExportOptions(title, poolSize, newSeed);
  }
}

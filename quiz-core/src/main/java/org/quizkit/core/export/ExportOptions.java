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
 * @param version the letters of this version ({@code A}, {@code B}, ..., {@code AA}) when one bank
 *     is written in several versions that may be imported side by side, or empty: the Moodle
 *     formats then end every id number with {@code @} and the letters, so that no two versions
 *     share an id number (give each version its own title too, and each gets its own categories)
 */
public record ExportOptions(String title, int poolSize, long seed, String version) {
  public ExportOptions {
    checkNotNull(title, "title");
    checkNotNull(version, "version");
    checkArgument(!title.isBlank(), "export title is blank");
    checkArgument(poolSize >= 0, "pool size is %s, must be 0 (all) or more", poolSize);
    checkArgument(
        version.matches("[A-Z]*"),
        "version '%s' is not a version's letters (A to Z, AA, AB, ...)",
        version);
  }

  /** Options for a bank written in one version. */
  public ExportOptions(String title, int poolSize, long seed) {
    this(title, poolSize, seed, "");
  }

  /** Title {@code quizkit}, every question, seed 0, one version. */
  public static ExportOptions defaults() {
    return new ExportOptions("quizkit", 0, 0L);
  }

  /** A copy with this title. */
  public ExportOptions withTitle(String newTitle) {
    return new ExportOptions(newTitle, poolSize, seed, version);
  }

  /** A copy with this pool size ({@code 0}: every question). */
  public ExportOptions withPoolSize(int newPoolSize) {
    return new ExportOptions(title, newPoolSize, seed, version);
  }

  /** A copy with this seed. */
  public ExportOptions withSeed(long newSeed) {
    return new ExportOptions(title, poolSize, newSeed, version);
  }

  /** A copy for the version with these letters ({@code ""}: the only version). */
  public ExportOptions withVersion(String newVersion) {
    return new ExportOptions(title, poolSize, seed, newVersion);
  }
}

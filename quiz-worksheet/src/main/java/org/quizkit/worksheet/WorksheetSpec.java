package org.quizkit.worksheet;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Question;

/**
 * What a teacher asks for: how many questions, how many versions, how they differ, and how they are
 * printed. The same spec and bank always give the same files.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title printed at the top of every sheet and key; never blank
 * @param count questions on each version, at least 1
 * @param versions how many versions, labelled A, B, ..., Z, AA, AB, ...; from 1 to 100
 * @param variants how the versions differ
 * @param seed every random choice follows from it; printed in the footer so the sheets can be made
 *     again
 * @param format the file format written
 * @param paper the paper size the pages are laid out for (HTML print and PDF)
 * @param kinds only questions of these kinds are drawn; empty means every kind
 * @param tags only questions carrying at least one of these tags are drawn (for example {@code
 *     module:lung}); empty means no tag filter
 * @param points what each question is worth, by kind
 * @param header what the sheet's header fills in (course, teacher, time allowed)
 * @param citation the source the questions come from, cited on keys and credited on sheets; empty
 *     when unknown
 */
public record WorksheetSpec(
    String title,
    int count,
    int versions,
    Variants variants,
    long seed,
    Format format,
    Paper paper,
    Set<Kind> kinds,
    Set<String> tags,
    Points points,
    Header header,
    Optional<Citation> citation) {

  /** The most versions a spec may ask for: A to Z, then AA to CV. */
  public static final int MAX_VERSIONS = 100;

  /** How the versions of one worksheet differ from each other. */
  public enum Variants {
    /** Every version has the same questions; question order and option order differ. */
    SHUFFLE,
    /**
     * Each version draws its own questions with the same count per template and per module tag as
     * version A, preferring questions no earlier version used.
     */
    RESAMPLE
  }

  /** The file format written; each sheet and each key is one file. */
  public enum Format {
    /** A self-contained HTML file with inline print CSS. */
    HTML("html"),
    /** Markdown for editing or for conversion with pandoc. */
    MARKDOWN("md"),
    /** PDF rendered from the HTML, with an embedded font. */
    PDF("pdf");

    private final String extension;

    Format(String extension) {
      this.extension = extension;
    }

    /** The file name extension, without the dot. */
    public String extension() {
      return extension;
    }
  }

  /** Paper sizes for printing. */
  public enum Paper {
    /** ISO A4, 210 mm by 297 mm. */
    A4("A4"),
    /** US Letter, 8.5 in by 11 in. */
    LETTER("letter");

    private final String cssSize;

    Paper(String cssSize) {
      this.cssSize = cssSize;
    }

    /** The value of the CSS {@code @page size} property. */
    String cssSize() {
      return cssSize;
    }
  }

  /** Validates and copies the filters into sorted immutable sets. */
  public WorksheetSpec {
    checkNotNull(title, "title");
    checkNotNull(variants, "variants");
    checkNotNull(format, "format");
    checkNotNull(paper, "paper");
    checkNotNull(kinds, "kinds");
    checkNotNull(tags, "tags");
    checkNotNull(points, "points");
    checkNotNull(header, "header");
    checkNotNull(citation, "citation");
    checkArgument(!title.isBlank(), "worksheet title is blank");
    checkArgument(count >= 1, "worksheet count is %s, must be at least 1", count);
    checkArgument(
        versions >= 1 && versions <= MAX_VERSIONS,
        "worksheet versions is %s, must be from 1 to %s",
        versions,
        MAX_VERSIONS);
    kinds = kinds.isEmpty() ? Set.of() : Sets.immutableEnumSet(kinds);
    tags = ImmutableSortedSet.copyOf(tags);
    checkArgument(tags.stream().noneMatch(String::isBlank), "worksheet tag filter has a blank tag");
  }

  /**
   * A one-version HTML worksheet of 10 questions on A4, seed 1, every kind, no tag filter; change
   * parts with the {@code with...} methods.
   */
  public static WorksheetSpec defaults(String title) {
    return new WorksheetSpec(
        title,
        10,
        1,
        Variants.SHUFFLE,
        1L,
        Format.HTML,
        Paper.A4,
        Set.of(),
        Set.of(),
        Points.oneEach(),
        Header.blank(),
        Optional.empty());
  }

  /** A copy with another title. */
  public WorksheetSpec withTitle(String newTitle) {
    return new WorksheetSpec(
        newTitle, count, versions, variants, seed, format, paper, kinds, tags, points, header,
        citation);
  }

  /** A copy with another number of questions per version. */
  public WorksheetSpec withCount(int newCount) {
    return new WorksheetSpec(
        title, newCount, versions, variants, seed, format, paper, kinds, tags, points, header,
        citation);
  }

  /** A copy with another number of versions. */
  public WorksheetSpec withVersions(int newVersions) {
    return new WorksheetSpec(
        title,
        count,
        newVersions,
        variants,
        seed,
        format,
        paper,
        kinds,
        tags,
        points,
        header,
        citation);
  }

  /** A copy with another way for versions to differ. */
  public WorksheetSpec withVariants(Variants newVariants) {
    return new WorksheetSpec(
        title,
        count,
        versions,
        newVariants,
        seed,
        format,
        paper,
        kinds,
        tags,
        points,
        header,
        citation);
  }

  /** A copy with another seed. */
  public WorksheetSpec withSeed(long newSeed) {
    return new WorksheetSpec(
        title, count, versions, variants, newSeed, format, paper, kinds, tags, points, header,
        citation);
  }

  /** A copy with another file format. */
  public WorksheetSpec withFormat(Format newFormat) {
    return new WorksheetSpec(
        title, count, versions, variants, seed, newFormat, paper, kinds, tags, points, header,
        citation);
  }

  /** A copy with another paper size. */
  public WorksheetSpec withPaper(Paper newPaper) {
    return new WorksheetSpec(
        title, count, versions, variants, seed, format, newPaper, kinds, tags, points, header,
        citation);
  }

  /** A copy that draws only questions of these kinds (empty: every kind). */
  public WorksheetSpec withKinds(Collection<Kind> newKinds) {
    return new WorksheetSpec(
        title,
        count,
        versions,
        variants,
        seed,
        format,
        paper,
        Set.copyOf(newKinds),
        tags,
        points,
        header,
        citation);
  }

  /** A copy that draws only questions carrying at least one of these tags (empty: any). */
  public WorksheetSpec withTags(Collection<String> newTags) {
    return new WorksheetSpec(
        title,
        count,
        versions,
        variants,
        seed,
        format,
        paper,
        kinds,
        Set.copyOf(newTags),
        points,
        header,
        citation);
  }

  /** A copy with other points per kind. */
  public WorksheetSpec withPoints(Points newPoints) {
    return new WorksheetSpec(
        title, count, versions, variants, seed, format, paper, kinds, tags, newPoints, header,
        citation);
  }

  /** A copy with another header (course, teacher, time allowed). */
  public WorksheetSpec withHeader(Header newHeader) {
    return new WorksheetSpec(
        title, count, versions, variants, seed, format, paper, kinds, tags, points, newHeader,
        citation);
  }

  /** A copy that cites this source on keys and credits it on sheets. */
  public WorksheetSpec withCitation(Citation newCitation) {
    return new WorksheetSpec(
        title,
        count,
        versions,
        variants,
        seed,
        format,
        paper,
        kinds,
        tags,
        points,
        header,
        Optional.of(newCitation));
  }

  /**
   * Whether a question may be drawn for these sheets: of one of the {@link #kinds} (any when empty)
   * and carrying one of the {@link #tags} (any when empty).
   */
  public boolean matches(Question question) {
    return (kinds.isEmpty() || kinds.contains(question.kind()))
        && (tags.isEmpty() || question.info().tags().stream().anyMatch(tags::contains));
  }

  /** The settings that, with the same bank, give the same sheets, in one line for the key. */
  String settings() {
    StringBuilder line = new StringBuilder();
    line.append(count)
        .append(count == 1 ? " question; " : " questions; ")
        .append(versions)
        .append(versions == 1 ? " version; " : " versions; ")
        .append(variants.name().toLowerCase(Locale.ROOT))
        .append("; seed ")
        .append(seed);
    if (!kinds.isEmpty()) {
      line.append("; kinds ").append(String.join(", ", kinds.stream().map(Kind::id).toList()));
    }
    if (!tags.isEmpty()) {
      line.append("; tags ").append(String.join(", ", List.copyOf(tags)));
    }
    if (!points.weights().isEmpty()) {
      line.append("; points ").append(points.describe());
    }
    return line.toString();
  }
}

package org.quizkit.content.dataset;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;

/**
 * The article a dataset's facts come from, as its {@code source} entry gives it, so that sheets and
 * keys can cite it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title the article's title
 * @param publisher who published it
 * @param reviewed the date of its last medical review
 */
public record SourceArticle(String title, String publisher, LocalDate reviewed) {
  /** Checks every part is present. */
  public SourceArticle {
    checkNotNull(title, "title");
    checkNotNull(publisher, "publisher");
    checkNotNull(reviewed, "reviewed");
  }
}

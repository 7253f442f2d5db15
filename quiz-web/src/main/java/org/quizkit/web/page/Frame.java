package org.quizkit.web.page;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * What {@link Pages#document} puts around a page's main content.
 *
 * @param title the page's title, used in {@code <title>} and as its one {@code <h1>}; not blank
 * @param assets the URL path the stylesheet and script are served under: empty (next to the page,
 *     as in the SCORM package) or ending in {@code /} (such as {@code /assets/}); the files are
 *     {@link Pages#STYLESHEET_FILE} and {@link Pages#SCRIPT_FILE}
 * @param nav the links of the header's navigation, in order; empty leaves the navigation out
 */
public record Frame(String title, String assets, List<Frame.Link> nav) {
  public Frame {
    checkNotNull(title, "title");
    checkArgument(!title.isBlank(), "a page needs a title");
    checkNotNull(assets, "assets");
    checkArgument(
        assets.isEmpty() || assets.endsWith("/"),
        "assets '%s' must be empty or end in '/'",
        assets);
    nav = List.copyOf(nav);
  }

  /**
   * One link of the header's navigation.
   *
   * @param href where it goes
   * @param label its words
   * @param current whether it is the page shown ({@code aria-current="page"})
   */
  public record Link(String href, String label, boolean current) {
    public Link {
      checkNotNull(href, "href");
      checkNotNull(label, "label");
      checkArgument(!label.isBlank(), "the link to '%s' has no words", href);
    }
  }
}

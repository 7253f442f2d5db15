package org.quizkit.worksheet;

/** Escaping of dataset text for Markdown read by people, CommonMark tools and pandoc. */
final class Markdown {
  /**
   * Punctuation that can start markup somewhere inline in CommonMark or pandoc's Markdown:
   * emphasis, code, links, raw HTML and entities, table cells, heading ends, attributes, math,
   * super- and subscript, citations. Other punctuation is left alone so the file stays easy to
   * edit; dataset text never starts a line, so block markers need no escape.
   */
  private static final String SPECIAL = "\\`*_{}[]<>#|~^$@&!";

  private Markdown() {}

  /**
   * Text on one line with every markup character backslash-escaped. Line breaks become spaces,
   * because a line break inside an item or a table cell would end it; other control characters
   * become U+FFFD, as in the HTML.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    String flat = text.replaceAll("\\R", " ").strip();
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      if (SPECIAL.indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else if (Character.isISOControl(c) && c != '\t') {
        out.append('\ufffd');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}

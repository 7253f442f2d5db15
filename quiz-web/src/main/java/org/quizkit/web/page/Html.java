package org.quizkit.web.page;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;

/** Builds HTML text; every text and attribute value goes through Guava's HTML escaper. */
final class Html {
  private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();

  private final StringBuilder out = new StringBuilder();

  /** {@code text} escaped for an element's content or a quoted attribute value. */
  static String escape(String text) {
    return ESCAPER.escape(text);
  }

  /** Markup written as it is: only ever literal strings of this package. */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Text, escaped. */
  Html text(String text) {
    out.append(escape(text));
    return this;
  }

  /** {@code name="value"}, with a space before it and the value escaped. */
  Html attr(String name, String value) {
    out.append(' ').append(name).append("=\"").append(escape(value)).append('"');
    return this;
  }

  /** A boolean attribute such as {@code checked}, when {@code on}. */
  Html flag(String name, boolean on) {
    if (on) {
      out.append(' ').append(name);
    }
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}

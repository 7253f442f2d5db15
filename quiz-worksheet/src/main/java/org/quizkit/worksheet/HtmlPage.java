package org.quizkit.worksheet;

import com.google.common.escape.Escaper;
import com.google.common.io.Resources;
import com.google.common.xml.XmlEscapers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The frame every HTML sheet shares: head, inline print CSS, footer. Output is well-formed XHTML as
 * well as HTML5, because the PDF renderer parses it as XML.
 */
final class HtmlPage {
  /** A middle dot with spaces, between footer parts. */
  static final String DOT = " \u00b7 ";

  /*
   * The attribute escaper also escapes quotes and replaces characters XML forbids (most C0
   * controls), so dataset text is never interpreted, in content or in attributes, and the page
   * always parses as XML.
   */
  private static final Escaper ESCAPER = XmlEscapers.xmlAttributeEscaper();
  private static final String CSS = load("worksheet.css");

  private HtmlPage() {}

  /** Dataset text made safe for HTML content and attribute values. */
  static String escape(String text) {
    return ESCAPER.escape(text);
  }

  /**
   * A complete page.
   *
   * @param title the document title (the browser tab and PDF title)
   * @param which names the sheet in the footer, such as {@code Version A}
   * @param body the page's body, already escaped
   */
  static String page(WorksheetSpec spec, String title, String which, String body) {
    String seed = "seed " + spec.seed();
    String footer =
        cssString(which + DOT + "page ")
            + " counter(page) "
            + cssString(" of ")
            + " counter(pages) "
            + cssString(DOT + seed);
    String css = CSS.replace("{{size}}", spec.paper().cssSize()).replace("{{footer}}", footer);
    return "<!DOCTYPE html>\n"
        + "<html lang=\"en\" xmlns=\"http://www.w3.org/1999/xhtml\">\n"
        + "<head>\n"
        + "<meta charset=\"utf-8\"/>\n"
        + "<meta name=\"generator\" content=\"quizkit worksheet\"/>\n"
        + "<title>"
        + escape(title)
        + "</title>\n"
        + "<style>\n"
        + css
        + "</style>\n"
        + "</head>\n"
        + "<body>\n"
        + body
        + "<footer class=\"sheet-footer\"><p>"
        + escape(which + DOT + seed)
        + "</p></footer>\n"
        + "</body>\n"
        + "</html>\n";
  }

  /**
   * A CSS string literal. Everything but plain letters, digits and a few marks is written as a
   * six-digit escape, so no text can end the string or the rule.
   */
  static String cssString(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.codePoints()
        .forEach(
            c -> {
              if ((c >= 'a' && c <= 'z')
                  || (c >= 'A' && c <= 'Z')
                  || (c >= '0' && c <= '9')
                  || c == ' '
                  || c == ','
                  || c == '.'
                  || c == '-') {
                out.appendCodePoint(c);
              } else {
                // CSS eats one space after a hex escape, so always write one to be eaten.
                out.append('\\').append(String.format("%06X ", c));
              }
            });
    return out.append('"').toString();
  }

  private static String load(String name) {
    try {
      return Resources.toString(
          Resources.getResource(HtmlPage.class, name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read worksheet resource " + name, e);
    }
  }
}

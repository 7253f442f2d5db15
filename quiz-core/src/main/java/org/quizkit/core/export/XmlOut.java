package org.quizkit.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.UnaryOperator;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin indenting layer over the JDK's StAX writer, which does the escaping. Elements hold either
 * child elements (indented, two spaces a level, {@code \n} on every platform) or text; text with
 * line breaks is written with {@code <br/>} between the lines. Callers must first check that the
 * text holds only characters XML 1.0 allows ({@link #firstInvalid(String)}).
 */
final class XmlOut implements AutoCloseable {
  private final XMLStreamWriter xml;
  private final UnaryOperator<String> elementName;
  private final UnaryOperator<String> attributeName;

  /** For each open element: whether it has child elements yet. */
  private final Deque<boolean[]> open = new ArrayDeque<>();

  XmlOut(OutputStream out) {
    this(out, UnaryOperator.identity(), UnaryOperator.identity());
  }

  /**
   * A writer that renames every element and attribute as it writes it, so that one writer can serve
   * two dialects of a format (QTI 2.1 {@code choiceInteraction}, QTI 3 {@code
   * qti-choice-interaction}).
   */
  XmlOut(OutputStream out, UnaryOperator<String> elementName, UnaryOperator<String> attributeName) {
    this.elementName = elementName;
    this.attributeName = attributeName;
    try {
      // the JDK's own writer, whatever StAX implementation the class path offers, so that the
      // bytes do not depend on the class path
      xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  /** An I/O failure underneath as {@link UncheckedIOException}, anything else as a bug. */
  private static RuntimeException failure(XMLStreamException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException io) {
        return new UncheckedIOException(io);
      }
      if (cause instanceof XMLStreamException stream
          && stream.getNestedException() instanceof IOException io) {
        return new UncheckedIOException(io);
      }
    }
    return new IllegalStateException(e);
  }

  /** An export that writes through {@link XmlOut}, which reports I/O failures unchecked. */
  interface Export {
    ExportReport run() throws IOException;
  }

  /** Runs {@code export}, giving back the writer's I/O failure as the checked one it wraps. */
  static ExportReport unwrapping(Export export) throws IOException {
    try {
      return export.run();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Refuses a title XML 1.0 cannot hold, naming the character. */
  static void checkTitle(String title) {
    int bad = firstInvalid(title);
    if (bad >= 0) {
      throw new IllegalArgumentException(
          String.format("export title '%s' holds U+%04X, which XML 1.0 cannot", title, bad));
    }
  }

  /** The first character XML 1.0 cannot hold, as a code point, or -1 when there is none. */
  static int firstInvalid(String text) {
    return text.codePoints()
        .filter(
            cp ->
                !(cp == 0x9
                    || cp == 0xA
                    || cp == 0xD
                    || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD)
                    || (cp >= 0x10000 && cp <= 0x10FFFF)))
        .findFirst()
        .orElse(-1);
  }

  /** Opens the document element with its default namespace and schema location. */
  XmlOut root(String name, String namespace, String schemaLocation, String... attributes) {
    try {
      xml.writeCharacters("\n");
      xml.setDefaultNamespace(namespace);
      xml.writeStartElement(namespace, elementName.apply(name));
      xml.writeDefaultNamespace(namespace);
      xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
      xml.writeAttribute(
          "xsi", "http://www.w3.org/2001/XMLSchema-instance", "schemaLocation", schemaLocation);
      attributes(attributes);
      open.push(new boolean[1]);
      return this;
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  /** Opens a document element without a namespace. */
  XmlOut plainRoot(String name) {
    try {
      xml.writeCharacters("\n");
      xml.writeStartElement(elementName.apply(name));
      open.push(new boolean[1]);
      return this;
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  /**
   * An element holding {@code text} exactly as given, on one line. A carriage return is written as
   * {@code &#13;}, because an XML parser turns a literal one into a line feed.
   */
  XmlOut text(String name, String text, String... attributes) {
    try {
      indent();
      xml.writeStartElement(elementName.apply(name));
      attributes(attributes);
      String[] parts = text.split("\r", -1);
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          xml.writeEntityRef("#13");
        }
        xml.writeCharacters(parts[i]);
      }
      xml.writeEndElement();
      return this;
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  /**
   * As {@link #text}, but text holding a character XML escapes ({@code & < > " '}) goes in CDATA
   * sections, as Moodle's own exporter writes it: Moodle's XML reader drops every whitespace-only
   * piece of text, and an entity reference is a piece of its own, so {@code a &amp; &lt;b} would
   * lose its space. A {@code ]]>} is split across two sections.
   */
  XmlOut cdata(String name, String text, String... attributes) {
    if (text.chars().noneMatch(c -> "&<>\"'".indexOf(c) >= 0)) {
      return text(name, text, attributes);
    }
    try {
      indent();
      xml.writeStartElement(elementName.apply(name));
      attributes(attributes);
      String[] parts = text.split("\r", -1);
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          xml.writeEntityRef("#13");
        }
        if (!parts[i].isEmpty()) {
          xml.writeCData(parts[i].replace("]]>", "]]]]><![CDATA[>"));
        }
      }
      xml.writeEndElement();
      return this;
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  /** Opens an element that will hold child elements; attributes are name, value pairs. */
  XmlOut start(String name, String... attributes) {
    try {
      indent();
      xml.writeStartElement(elementName.apply(name));
      attributes(attributes);
      open.push(new boolean[1]);
      return this;
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  /** Closes the innermost open element. */
  XmlOut end() {
    try {
      boolean[] children = open.pop();
      if (children[0]) {
        xml.writeCharacters("\n" + "  ".repeat(open.size()));
      }
      xml.writeEndElement();
      return this;
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  /** An element without content. */
  XmlOut empty(String name, String... attributes) {
    try {
      indent();
      xml.writeEmptyElement(elementName.apply(name));
      attributes(attributes);
      return this;
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  /** An element holding only {@code text}, on one line. */
  XmlOut leaf(String name, String text, String... attributes) {
    try {
      indent();
      xml.writeStartElement(elementName.apply(name));
      attributes(attributes);
      lines(text);
      xml.writeEndElement();
      return this;
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  /** Finishes the document. The underlying stream stays open. */
  @Override
  public void close() {
    try {
      while (!open.isEmpty()) {
        end();
      }
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  private void lines(String text) throws XMLStreamException {
    String[] lines = text.split("\\r\\n|\\r|\\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        xml.writeEmptyElement(elementName.apply("br"));
      }
      xml.writeCharacters(lines[i]);
    }
  }

  private void indent() throws XMLStreamException {
    if (!open.isEmpty()) {
      open.peek()[0] = true;
    }
    xml.writeCharacters("\n" + "  ".repeat(open.size()));
  }

  /**
   * Writes attributes. A tab or line break in a value is written as the space every XML parser
   * reads it as (attribute value normalization), so the file says what readers will see.
   */
  private void attributes(String... attributes) throws XMLStreamException {
    for (int i = 0; i < attributes.length; i += 2) {
      String value = attributes[i + 1].replaceAll("\\r\\n|[\\t\\r\\n]", " ");
      xml.writeAttribute(attributeName.apply(attributes[i]), value);
    }
  }
}

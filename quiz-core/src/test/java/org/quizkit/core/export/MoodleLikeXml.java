package org.quizkit.core.export;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Reads XML the way Moodle's XML import sees the text in it, so that tests find what Moodle would
 * lose.
 *
 * <p>What it mimics: Moodle parses with PHP's binding of expat ({@code lib/xmlize.php}), and its
 * character-data handler keeps a piece of text only if PHP's {@code trim()} leaves something of it
 * ({@code trim($data) != ""}): a piece that is only spaces, tabs, line feeds, carriage returns, NUL
 * or vertical tabs is dropped. Expat hands text over in pieces: each entity or character reference
 * is a piece of its own ({@code &amp;} gives {@code "&"}), each line break is a piece of its own,
 * and a CDATA section starts and ends pieces. So {@code a &amp; &lt;b} reaches Moodle as {@code "a
 * "}, {@code "&"}, {@code " "}, {@code "<"}, {@code "b"}, the lone space is dropped, and Moodle
 * reads {@code a &<b}; a line feed anywhere is dropped.
 *
 * <p>How: the JDK's SAX parser with Xerces' features that report built-in entity and character
 * references through {@code startEntity}/{@code endEntity}. The handler joins the parser's own
 * chunks of text (their size depends on its buffer), cuts the text again where expat does (at each
 * reference, line break, CDATA boundary and tag), and drops each piece that PHP's {@code trim}
 * empties. What is left is joined, as Moodle joins it.
 */
final class MoodleLikeXml {
  private MoodleLikeXml() {}

  /** An element: its name, attributes, child elements and the text Moodle keeps of its content. */
  record Node(
      String name, Map<String, String> attributes, List<Node> children, StringBuilder content) {
    List<Node> all(String childName) {
      return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    Node child(String childName) {
      List<Node> found = all(childName);
      return found.isEmpty() ? null : found.get(0);
    }

    String text() {
      return content.toString();
    }
  }

  /** The characters PHP's {@code trim()} removes. */
  private static final String PHP_WHITESPACE = " \t\n\r\0\u000B";

  /** {@code text} without what PHP's {@code trim()} removes at either end. */
  static String phpTrim(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && PHP_WHITESPACE.indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && PHP_WHITESPACE.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(start, end);
  }

  static Node parse(byte[] xml) throws Exception {
    SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
    factory.setNamespaceAware(false);
    factory.setFeature("http://apache.org/xml/features/scanner/notify-builtin-refs", true);
    factory.setFeature("http://apache.org/xml/features/scanner/notify-char-refs", true);
    SAXParser parser = factory.newSAXParser();
    Handler handler = new Handler();
    parser.setProperty("http://xml.org/sax/properties/lexical-handler", handler);
    parser.parse(new ByteArrayInputStream(xml), handler);
    return handler.root;
  }

  private static final class Handler extends DefaultHandler2 {
    private final Deque<Node> open = new ArrayDeque<>();
    private final StringBuilder run = new StringBuilder();
    private final StringBuilder reference = new StringBuilder();
    private int inReference;
    private Node root;

    @Override
    public void startElement(String uri, String local, String name, Attributes attributes) {
      endPiece();
      Map<String, String> map = new LinkedHashMap<>();
      for (int i = 0; i < attributes.getLength(); i++) {
        map.put(attributes.getQName(i), attributes.getValue(i));
      }
      Node node = new Node(name, map, new ArrayList<>(), new StringBuilder());
      if (open.isEmpty()) {
        root = node;
      } else {
        open.peek().children().add(node);
      }
      open.push(node);
    }

    @Override
    public void endElement(String uri, String local, String name) {
      endPiece();
      open.pop();
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inReference > 0) {
        reference.append(ch, start, length);
        return;
      }
      for (int i = start; i < start + length; i++) {
        if (ch[i] == '\n') {
          endPiece();
          piece("\n");
        } else {
          run.append(ch[i]);
        }
      }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
      characters(ch, start, length);
    }

    @Override
    public void startEntity(String name) {
      endPiece();
      inReference++;
    }

    @Override
    public void endEntity(String name) {
      inReference--;
      if (inReference == 0) {
        piece(reference.toString());
        reference.setLength(0);
      }
    }

    @Override
    public void startCDATA() {
      endPiece();
    }

    @Override
    public void endCDATA() {
      endPiece();
    }

    private void endPiece() {
      if (!run.isEmpty()) {
        piece(run.toString());
        run.setLength(0);
      }
    }

    /** Moodle's {@code characterdata}: a piece PHP's trim() empties is dropped. */
    private void piece(String text) {
      if (!open.isEmpty() && !phpTrim(text).isEmpty()) {
        open.peek().content().append(text);
      }
    }
  }
}

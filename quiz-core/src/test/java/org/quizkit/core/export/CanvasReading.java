package org.quizkit.core.export;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads a Canvas QTI 1.2 file back the way Canvas's importer does: each item's question type, the
 * stem and feedback as shown (HTML read with jsoup), the options of each drop-down or choice list,
 * and which options the response processing counts as right.
 */
final class CanvasReading {
  private CanvasReading() {}

  /**
   * @param premises the text beside each drop-down (matching), else empty
   * @param options the options of the first choice list, or of every drop-down (matching)
   * @param right the text of each right option: for matching, one per premise; for short answer,
   *     the accepted answers
   */
  record Read(
      String type,
      String title,
      String stem,
      String feedback,
      List<String> premises,
      List<String> options,
      List<String> right) {}

  static List<Read> read(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    List<Read> read = new ArrayList<>();
    for (Element item : all(doc.getDocumentElement(), "item")) {
      String type = null;
      for (Element field : all(item, "qtimetadatafield")) {
        if (text(first(field, "fieldlabel")).equals("question_type")) {
          type = text(first(field, "fieldentry"));
        }
      }
      Element presentation = first(item, "presentation");
      String stem = MoodleXmlReading.html(text(first(first(presentation, "material"), "mattext")));
      List<String> premises = new ArrayList<>();
      Map<String, String> labels = new LinkedHashMap<>();
      for (Element lid : all(presentation, "response_lid")) {
        Element material = child(lid, "material");
        if (material != null) {
          premises.add(text(first(material, "mattext")));
        }
        for (Element label : all(lid, "response_label")) {
          labels.put(label.getAttribute("ident"), text(first(label, "mattext")));
        }
      }
      List<String> right = new ArrayList<>();
      for (Element condition : all(item, "respcondition")) {
        Element setvar = child(condition, "setvar");
        if (setvar == null) {
          continue;
        }
        for (Element equal : all(condition, "varequal")) {
          boolean negated =
              equal.getParentNode() instanceof Element parent
                  && parent.getLocalName().equals("not");
          if (!negated) {
            right.add(labels.getOrDefault(text(equal), text(equal)));
          }
        }
      }
      String feedback = "";
      for (Element itemFeedback : all(item, "itemfeedback")) {
        if (itemFeedback.getAttribute("ident").equals("general_fb")) {
          feedback = MoodleXmlReading.html(text(first(itemFeedback, "mattext")));
        }
      }
      read.add(
          new Read(
              type,
              item.getAttribute("title"),
              stem,
              feedback,
              premises,
              new ArrayList<>(labels.values()),
              right));
    }
    return read;
  }

  private static String text(Element element) {
    return element.getTextContent();
  }

  private static Element first(Element parent, String name) {
    return all(parent, name).get(0);
  }

  private static Element child(Element parent, String name) {
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element element && element.getLocalName().equals(name)) {
        return element;
      }
    }
    return null;
  }

  private static List<Element> all(Element parent, String name) {
    NodeList nodes = parent.getElementsByTagNameNS("*", name);
    List<Element> found = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }
}

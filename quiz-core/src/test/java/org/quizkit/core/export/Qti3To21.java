package org.quizkit.core.export;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Renames a QTI 3.0 item or test back into QTI 2.1 by the rules QTI 3.0 used to rename 2.1 ({@code
 * qti-choice-interaction} to {@code choiceInteraction}, {@code max-choices} to {@code maxChoices},
 * {@code qti-content-body} unwrapped, template addresses mapped), so that JQTI+, which reads only
 * QTI 2.x, can validate and run what a QTI 3 file says. No QTI 3.0 item schema or engine was
 * available offline; this shows the QTI 3 file is the QTI 2.1 item in QTI 3 names.
 */
final class Qti3To21 {
  private static final String QTI3 = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
  private static final String QTI21 = "http://www.imsglobal.org/xsd/imsqti_v2p1";

  private Qti3To21() {}

  static void convert(Path qti3, Path qti21) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    Document source = factory.newDocumentBuilder().parse(qti3.toFile());
    if (!QTI3.equals(source.getDocumentElement().getNamespaceURI())) {
      throw new IllegalArgumentException(qti3 + " is not in the QTI 3.0 namespace");
    }
    Document target = factory.newDocumentBuilder().newDocument();
    Element root = (Element) copy(source.getDocumentElement(), target);
    root.setAttributeNS(
        "http://www.w3.org/2001/XMLSchema-instance",
        "xsi:schemaLocation",
        QTI21 + " http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd");
    target.appendChild(root);
    Files.createDirectories(qti21.getParent());
    TransformerFactory.newDefaultInstance()
        .newTransformer()
        .transform(new DOMSource(target), new StreamResult(qti21.toFile()));
  }

  private static void copyChildren(Node from, Node to, Document target) {
    NodeList children = from.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      if (child instanceof Element element && element.getLocalName().equals("qti-content-body")) {
        copyChildren(element, to, target);
        continue;
      }
      Node copied = copy(child, target);
      if (copied != null) {
        to.appendChild(copied);
      }
    }
  }

  private static Node copy(Node node, Document target) {
    if (node instanceof Element element) {
      String local = element.getLocalName();
      String name = local.startsWith("qti-") ? camel(local.substring(4)) : local;
      Element copy = target.createElementNS(QTI21, name);
      NamedNodeMap attributes = element.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr attribute = (Attr) attributes.item(i);
        if (attribute.getNamespaceURI() != null) {
          continue; // xmlns and xsi: written afresh
        }
        String value = attribute.getValue();
        if (attribute.getLocalName().equals("template")) {
          value =
              value
                  .replace(
                      "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/",
                      "http://www.imsglobal.org/question/qti_v2p1/rptemplates/")
                  .replaceFirst("\\.xml$", "");
        }
        copy.setAttribute(camel(attribute.getLocalName()), value);
      }
      copyChildren(element, copy, target);
      return copy;
    }
    if (node.getNodeType() == Node.TEXT_NODE) {
      return target.createTextNode(node.getNodeValue());
    }
    return null;
  }

  /** {@code choice-interaction} to {@code choiceInteraction}. */
  static String camel(String kebab) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : kebab.toCharArray()) {
      if (c == '-') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }
}

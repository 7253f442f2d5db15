package org.quizkit.core.export;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Validates namespaced QTI 1.2 (as Canvas writes it) against the IMS QTI 1.2.1 DTD, offline: the
 * namespace and namespaced attributes are removed first (the DTD knows none), then the file is
 * parsed with DTD validation, the DTD coming from the test resources.
 */
final class Qti12Dtd {
  private Qti12Dtd() {}

  static List<String> problems(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    Document source = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    Document plain = factory.newDocumentBuilder().newDocument();
    plain.appendChild(strip(source.getDocumentElement(), plain));
    Transformer transformer = TransformerFactory.newDefaultInstance().newTransformer();
    transformer.setOutputProperty(OutputKeys.DOCTYPE_SYSTEM, "ims_qtiasiv1p2p1.dtd");
    StringWriter text = new StringWriter();
    transformer.transform(new DOMSource(plain), new StreamResult(text));

    DocumentBuilderFactory validating = DocumentBuilderFactory.newDefaultInstance();
    validating.setValidating(true);
    DocumentBuilder builder = validating.newDocumentBuilder();
    builder.setEntityResolver(
        (publicId, systemId) ->
            new InputSource(
                Qti12Dtd.class.getResourceAsStream("schemas/qti12/ims_qtiasiv1p2p1.dtd")));
    List<String> problems = new ArrayList<>();
    builder.setErrorHandler(
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {
            problems.add("warning line " + e.getLineNumber() + ": " + e.getMessage());
          }

          @Override
          public void error(SAXParseException e) {
            problems.add("error line " + e.getLineNumber() + ": " + e.getMessage());
          }

          @Override
          public void fatalError(SAXParseException e) {
            problems.add("fatal line " + e.getLineNumber() + ": " + e.getMessage());
          }
        });
    builder.parse(new InputSource(new StringReader(text.toString())));
    return problems;
  }

  private static Node strip(Node node, Document into) {
    if (node instanceof Element element) {
      Element copy = into.createElement(element.getLocalName());
      NamedNodeMap attributes = element.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr attribute = (Attr) attributes.item(i);
        if (attribute.getNamespaceURI() == null) {
          copy.setAttribute(attribute.getLocalName(), attribute.getValue());
        }
      }
      NodeList children = element.getChildNodes();
      for (int i = 0; i < children.getLength(); i++) {
        Node child = strip(children.item(i), into);
        if (child != null) {
          copy.appendChild(child);
        }
      }
      return copy;
    }
    if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
      return into.createTextNode(node.getNodeValue());
    }
    return null;
  }
}

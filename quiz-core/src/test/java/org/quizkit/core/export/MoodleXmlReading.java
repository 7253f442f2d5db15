package org.quizkit.core.export;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.TextNode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads Moodle XML back with the JDK's XML parser and jsoup's HTML parser, the way Moodle reads it:
 * HTML fields become the text a learner sees (with {@code <br>} as a line break), plain fields are
 * taken as they are.
 */
final class MoodleXmlReading {
  private MoodleXmlReading() {}

  record Answer(double fraction, String text, String feedback) {}

  record Pair(String premise, String choice) {}

  record Read(
      String category,
      String type,
      String name,
      String idNumber,
      String stem,
      String generalFeedback,
      List<Answer> answers,
      List<Pair> pairs,
      List<String> tags,
      String single) {}

  static List<Read> read(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    List<Read> questions = new ArrayList<>();
    String category = null;
    for (Element question : children(doc.getDocumentElement(), "question")) {
      String type = question.getAttribute("type");
      if (type.equals("category")) {
        category = text(child(child(question, "category"), "text"));
        continue;
      }
      boolean choiceAnswersAreHtml = type.equals("multichoice");
      List<Answer> answers = new ArrayList<>();
      for (Element answer : children(question, "answer")) {
        String text = text(child(answer, "text"));
        Element feedback = child(answer, "feedback");
        answers.add(
            new Answer(
                Double.parseDouble(answer.getAttribute("fraction")),
                choiceAnswersAreHtml ? html(text) : text,
                feedback == null ? "" : html(text(child(feedback, "text")))));
      }
      List<Pair> pairs = new ArrayList<>();
      for (Element sub : children(question, "subquestion")) {
        pairs.add(
            new Pair(html(text(child(sub, "text"))), text(child(child(sub, "answer"), "text"))));
      }
      List<String> tags = new ArrayList<>();
      Element tagList = child(question, "tags");
      if (tagList != null) {
        for (Element tag : children(tagList, "tag")) {
          tags.add(text(child(tag, "text")));
        }
      }
      Element single = child(question, "single");
      Element idNumber = child(question, "idnumber");
      questions.add(
          new Read(
              category,
              type,
              text(child(child(question, "name"), "text")),
              idNumber == null ? null : text(idNumber),
              html(text(child(child(question, "questiontext"), "text"))),
              html(text(child(child(question, "generalfeedback"), "text"))),
              answers,
              pairs,
              tags,
              single == null ? null : text(single)));
    }
    return questions;
  }

  /** What a browser shows for an HTML fragment, with {@code <br>} as a line break. */
  static String html(String fragment) {
    org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(fragment);
    doc.select("br").forEach(br -> br.replaceWith(new TextNode("\n")));
    return doc.body().wholeText();
  }

  private static String text(Element element) {
    return element.getTextContent();
  }

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element element && element.getTagName().equals(name)) {
        found.add(element);
      }
    }
    return found;
  }
}

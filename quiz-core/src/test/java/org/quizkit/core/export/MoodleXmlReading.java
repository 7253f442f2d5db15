package org.quizkit.core.export;

import static org.quizkit.core.export.MoodleLikeXml.phpTrim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.TextNode;
import org.quizkit.core.export.MoodleLikeXml.Node;

/**
 * Reads Moodle XML back as Moodle does and shows it as a learner sees it: the XML through {@link
 * MoodleLikeXml} (which drops the whitespace Moodle's reader drops), every text trimmed as Moodle's
 * {@code getpath} trims it; HTML fields as a browser shows them (with {@code <br>} as a line
 * break); a matching choice through Moodle's string formatter and a browser; a short answer as the
 * one text Moodle's grading accepts for it.
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
      String single,
      String shuffle) {}

  static List<Read> read(byte[] xml) throws Exception {
    Node quiz = MoodleLikeXml.parse(xml);
    List<Read> questions = new ArrayList<>();
    String category = null;
    for (Node question : quiz.all("question")) {
      String type = question.attributes().get("type");
      if (type.equals("category")) {
        category = text(question.child("category").child("text"));
        continue;
      }
      List<Answer> answers = new ArrayList<>();
      for (Node answer : question.all("answer")) {
        String text = text(answer.child("text"));
        Node feedback = answer.child("feedback");
        answers.add(
            new Answer(
                Double.parseDouble(answer.attributes().get("fraction")),
                switch (type) {
                  case "multichoice" -> html(text);
                  case "shortanswer" -> typed(text);
                  default -> text;
                },
                feedback == null ? "" : html(text(feedback.child("text")))));
      }
      List<Pair> pairs = new ArrayList<>();
      for (Node sub : question.all("subquestion")) {
        pairs.add(
            new Pair(
                html(text(sub.child("text"))), shown(text(sub.child("answer").child("text")))));
      }
      List<String> tags = new ArrayList<>();
      Node tagList = question.child("tags");
      if (tagList != null) {
        for (Node tag : tagList.all("tag")) {
          tags.add(text(tag.child("text")));
        }
      }
      Node single = question.child("single");
      Node shuffle = question.child("shuffleanswers");
      Node idNumber = question.child("idnumber");
      questions.add(
          new Read(
              category,
              type,
              text(question.child("name").child("text")),
              idNumber == null ? null : idNumber.text(),
              html(text(question.child("questiontext").child("text"))),
              html(text(question.child("generalfeedback").child("text"))),
              answers,
              pairs,
              tags,
              single == null ? null : text(single),
              shuffle == null ? null : text(shuffle)));
    }
    return questions;
  }

  /** What a browser shows for an HTML fragment, with {@code <br>} as a line break. */
  static String html(String fragment) {
    org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(fragment);
    doc.select("br").forEach(br -> br.replaceWith(new TextNode("\n")));
    return doc.body().wholeText();
  }

  /**
   * What a learner sees of a text shown through Moodle's {@code format_string} (with its default of
   * stripping tags), as matching choices are: an {@code &} that does not start an entity becomes
   * {@code &amp;}, tags are stripped, and a browser shows the rest as HTML.
   */
  static String shown(String stored) {
    String amp = Pattern.compile("&(?![a-zA-Z0-9#]{1,8};)").matcher(stored).replaceAll("&amp;");
    String stripped = amp.replaceAll("<[^>]*(>|$)", "");
    return Jsoup.parseBodyFragment(stripped).body().text();
  }

  /** What a browser shows for {@code text} written as text: whitespace collapsed, trimmed. */
  static String shownAsText(String text) {
    return new org.jsoup.nodes.Element("p").appendText(text).text();
  }

  /**
   * The one text Moodle's short-answer grading accepts for a stored answer (its {@code
   * compare_string_with_wildcard}: an asterisk not after a backslash is a wildcard, {@code \*} a
   * literal asterisk), or the stored answer marked as a wildcard when it has one.
   */
  static String typed(String stored) {
    if (Pattern.compile("(?<!\\\\)\\*").matcher(stored).find()) {
      return "<wildcard> " + stored;
    }
    return stored.replace("\\*", "*");
  }

  /** Moodle's {@code getpath} with {@code istext}: the element's text, trimmed. */
  private static String text(Node node) {
    return phpTrim(node.text());
  }
}

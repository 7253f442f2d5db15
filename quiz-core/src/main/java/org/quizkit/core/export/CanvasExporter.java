package org.quizkit.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;
import org.quizkit.core.question.TypedAnswerNote;

/**
 * A QTI 1.2 package as Canvas (classic quizzes) imports it: {@code imsmanifest.xml} and one {@code
 * questestinterop} file holding one assessment. Question types, feedback and question groups follow
 * the layout of Canvas's own exports; see docs/formats.md.
 */
final class CanvasExporter implements Exporter {
  static final String NAMESPACE = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2";
  static final String SCHEMA_LOCATION =
      NAMESPACE + " http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd";
  static final String RESPONSE = "response1";

  @Override
  public String format() {
    return "canvas";
  }

  @Override
  public String extension() {
    return "zip";
  }

  private record Planned(Question question, String ident) {}

  @Override
  public ExportReport write(
      List<? extends Question> questions, ExportOptions options, OutputStream out)
      throws IOException {
    return XmlOut.unwrapping(() -> export(questions, options, out));
  }

  private ExportReport export(
      List<? extends Question> questions, ExportOptions options, OutputStream out)
      throws IOException {
    Bank.checkIds(questions);
    XmlOut.checkTitle(options.title());
    ReportBuilder report = new ReportBuilder(format());
    String quiz = "quiz-" + new QtiIds().next(options.title());
    QtiIds ids = new QtiIds(quiz, "root_section");
    Map<String, List<Planned>> modules = new LinkedHashMap<>();
    for (Question question : questions) {
      String reason = XmlChecks.unwritable(question);
      if (reason != null) {
        report.skipped(question.id(), reason);
        continue;
      }
      modules
          .computeIfAbsent(Bank.module(question).orElse(options.title()), m -> new ArrayList<>())
          .add(new Planned(question, ids.next(question.id())));
    }
    String file = quiz + "/" + quiz + ".xml";
    ZipPackage zip = new ZipPackage(out);
    manifest(new XmlOut(zip.entry("imsmanifest.xml")), quiz, file);
    XmlOut xml = new XmlOut(zip.entry(file));
    xml.root("questestinterop", NAMESPACE, SCHEMA_LOCATION);
    xml.start("assessment", "ident", quiz, "title", options.title());
    xml.start("qtimetadata");
    field(xml, "cc_maxattempts", "1");
    xml.end();
    xml.start("section", "ident", "root_section");
    int group = 1;
    for (Map.Entry<String, List<Planned>> module : modules.entrySet()) {
      boolean pooled = options.poolSize() > 0;
      if (pooled) {
        // a Canvas question group: draws selection_number of its questions at random. Canvas's own
        // exports add selection_extension/points_per_item, which the QTI 1.2.1 DTD does not
        // declare; every item is worth 1 point here, which is also Canvas's default.
        xml.start("section", "ident", "group-" + group++, "title", module.getKey());
        xml.start("selection_ordering").start("selection");
        xml.text(
            "selection_number",
            String.valueOf(Math.min(options.poolSize(), module.getValue().size())));
        xml.end();
        xml.empty("order", "order_type", "Random");
        xml.end();
      }
      for (Planned planned : module.getValue()) {
        planned
            .question()
            .accept(new Item(xml, planned.ident(), planned.question()))
            .ifPresent(note -> report.converted(planned.question().id(), note));
        report.written();
      }
      if (pooled) {
        xml.end();
      }
    }
    xml.close();
    zip.finish();
    return report.build();
  }

  private static void manifest(XmlOut xml, String quiz, String file) {
    xml.root(
        "manifest",
        QtiDialect.QTI21.packageNamespace(),
        QtiDialect.QTI21.packageSchemaLocation(),
        "identifier",
        "MANIFEST-" + quiz);
    xml.start("metadata");
    xml.text("schema", "IMS Content");
    xml.text("schemaversion", "1.1.3");
    xml.end();
    xml.empty("organizations");
    xml.start("resources");
    xml.start("resource", "identifier", quiz, "type", "imsqti_xmlv1p2", "href", file);
    xml.empty("file", "href", file);
    xml.end();
    xml.end();
    xml.close();
  }

  private static void field(XmlOut xml, String label, String entry) {
    xml.start("qtimetadatafield");
    xml.text("fieldlabel", label);
    xml.text("fieldentry", entry);
    xml.end();
  }

  /** Writes one {@code item}; returns what was converted. */
  private static final class Item implements Question.Cases<Optional<String>> {
    private final XmlOut xml;
    private final String ident;
    private final Question question;

    Item(XmlOut xml, String ident, Question question) {
      this.xml = xml;
      this.ident = ident;
      this.question = question;
    }

    private void head(String type) {
      xml.start("item", "ident", ident, "title", question.id());
      xml.start("itemmetadata").start("qtimetadata");
      field(xml, "question_type", type);
      field(xml, "points_possible", "1.0");
      xml.end().end();
      xml.start("presentation");
      html(question.stem());
    }

    private void html(String text) {
      xml.start("material")
          .text("mattext", MoodleXmlExporter.html(text), "texttype", "text/html")
          .end();
    }

    private void plain(String text) {
      xml.start("material").text("mattext", text, "texttype", "text/plain").end();
    }

    private void choices(
        String responseIdent, String cardinality, List<String> labels, List<String> texts) {
      xml.start("response_lid", "ident", responseIdent, "rcardinality", cardinality);
      xml.start("render_choice");
      for (int i = 0; i < labels.size(); i++) {
        xml.start("response_label", "ident", labels.get(i));
        plain(texts.get(i));
        xml.end();
      }
      xml.end().end();
    }

    /** Ends the presentation and starts response processing with the general feedback. */
    private void scoring() {
      xml.end();
      xml.start("resprocessing");
      xml.start("outcomes");
      xml.empty(
          "decvar", "maxvalue", "100", "minvalue", "0", "varname", "SCORE", "vartype", "Decimal");
      xml.end();
      xml.start("respcondition", "continue", "Yes");
      xml.start("conditionvar").empty("other").end();
      xml.empty("displayfeedback", "feedbacktype", "Response", "linkrefid", "general_fb");
      xml.end();
    }

    private void optionFeedback(List<String> labels, List<Option> options) {
      for (int i = 0; i < options.size(); i++) {
        if (!options.get(i).feedback().isEmpty()) {
          xml.start("respcondition", "continue", "Yes");
          xml.start("conditionvar").text("varequal", labels.get(i), "respident", RESPONSE).end();
          xml.empty(
              "displayfeedback", "feedbacktype", "Response", "linkrefid", labels.get(i) + "_fb");
          xml.end();
        }
      }
    }

    private void setScore(String action, String value) {
      xml.text("setvar", value, "action", action, "varname", "SCORE");
    }

    /** Ends response processing and writes the feedback texts. */
    private void feedback(List<String> labels, List<Option> options) {
      xml.end();
      feedbackText("general_fb", question.info().explanation());
      for (int i = 0; i < options.size(); i++) {
        if (!options.get(i).feedback().isEmpty()) {
          feedbackText(labels.get(i) + "_fb", options.get(i).feedback());
        }
      }
      xml.end();
    }

    private void feedbackText(String id, String text) {
      xml.start("itemfeedback", "ident", id).start("flow_mat");
      html(text);
      xml.end().end();
    }

    private static List<String> labels(int count) {
      List<String> labels = new ArrayList<>();
      for (int i = 1; i <= count; i++) {
        labels.add("C" + i);
      }
      return labels;
    }

    private static List<String> texts(List<Option> options) {
      return options.stream().map(Option::text).toList();
    }

    @Override
    public Optional<String> singleChoice(SingleChoice q) {
      List<String> labels = labels(q.options().size());
      head("multiple_choice_question");
      choices(RESPONSE, "Single", labels, texts(q.options()));
      scoring();
      optionFeedback(labels, q.options());
      xml.start("respcondition", "continue", "No");
      String right = labels.get(indexOf(q.options(), q.correct()));
      xml.start("conditionvar").text("varequal", right, "respident", RESPONSE).end();
      setScore("Set", "100");
      xml.end();
      feedback(labels, q.options());
      return Optional.empty();
    }

    @Override
    public Optional<String> multipleResponse(MultipleResponse q) {
      List<String> labels = labels(q.options().size());
      head("multiple_answers_question");
      choices(RESPONSE, "Multiple", labels, texts(q.options()));
      scoring();
      optionFeedback(labels, q.options());
      xml.start("respcondition", "continue", "No");
      xml.start("conditionvar").start("and");
      for (int i = 0; i < labels.size(); i++) {
        if (q.correct().contains(q.options().get(i).id())) {
          xml.text("varequal", labels.get(i), "respident", RESPONSE);
        } else {
          xml.start("not").text("varequal", labels.get(i), "respident", RESPONSE).end();
        }
      }
      xml.end().end();
      setScore("Set", "100");
      xml.end();
      feedback(labels, q.options());
      return Optional.empty();
    }

    @Override
    public Optional<String> trueFalse(TrueFalse q) {
      List<String> labels = List.of("TRUE", "FALSE");
      head("true_false_question");
      choices(RESPONSE, "Single", labels, List.of("True", "False"));
      scoring();
      xml.start("respcondition", "continue", "No");
      xml.start("conditionvar")
          .text("varequal", q.answer() ? "TRUE" : "FALSE", "respident", RESPONSE)
          .end();
      setScore("Set", "100");
      xml.end();
      feedback(labels, List.of());
      return Optional.empty();
    }

    @Override
    public Optional<String> matching(Matching q) {
      List<String> premises = new ArrayList<>();
      List<String> rights = new ArrayList<>();
      for (Option premise : q.premises()) {
        premises.add(premise.text());
        rights.add(q.key().get(premise.id()));
      }
      pairs("matching_question", premises, q.choices(), rights);
      boolean feedback =
          q.premises().stream().anyMatch(o -> !o.feedback().isEmpty())
              || q.choices().stream().anyMatch(o -> !o.feedback().isEmpty());
      return feedback
          ? Optional.of("per-pair feedback dropped: Canvas matching has only general feedback")
          : Optional.empty();
    }

    @Override
    public Optional<String> ordering(Ordering q) {
      List<String> positions = new ArrayList<>();
      for (int i = 1; i <= q.order().size(); i++) {
        positions.add(String.valueOf(i));
      }
      pairs("matching_question", positions, q.items(), q.order());
      return Optional.of(
          "ordering written as matching: positions 1.."
              + q.items().size()
              + " are each matched to their item");
    }

    /** One drop-down per premise over every choice; each right pair earns its share of 100. */
    private void pairs(
        String type, List<String> premises, List<Option> choices, List<String> rightIds) {
      List<String> labels = labels(choices.size());
      head(type);
      for (int p = 0; p < premises.size(); p++) {
        xml.start("response_lid", "ident", "response_P" + (p + 1));
        plain(premises.get(p));
        xml.start("render_choice");
        for (int c = 0; c < choices.size(); c++) {
          xml.start("response_label", "ident", labels.get(c));
          plain(choices.get(c).text());
          xml.end();
        }
        xml.end().end();
      }
      scoring();
      String share =
          new BigDecimal(100)
              .divide(BigDecimal.valueOf(premises.size()), 2, RoundingMode.HALF_EVEN)
              .toPlainString();
      for (int p = 0; p < premises.size(); p++) {
        // continue, so that every pair is scored
        xml.start("respcondition", "continue", "Yes");
        String right = labels.get(indexOf(choices, rightIds.get(p)));
        xml.start("conditionvar")
            .text("varequal", right, "respident", "response_P" + (p + 1))
            .end();
        setScore("Add", share);
        xml.end();
      }
      feedback(labels, List.of());
    }

    @Override
    public Optional<String> shortAnswer(ShortAnswer q) {
      head("short_answer_question");
      xml.start("response_str", "ident", RESPONSE, "rcardinality", "Single");
      xml.start("render_fib").empty("response_label", "ident", "answer1", "rshuffle", "No").end();
      xml.end();
      scoring();
      xml.start("respcondition", "continue", "No");
      xml.start("conditionvar");
      for (String accepted : q.accepted()) {
        xml.text("varequal", accepted, "respident", RESPONSE);
      }
      // Canvas imports every answer of a fill-in-the-blank question as fully right, with no
      // feedback of its own: full-credit notes join the accepted answers, the others stay out.
      for (TypedAnswerNote note : q.notes()) {
        if (note.credit() == 1.0) {
          for (String answer : note.answers()) {
            xml.text("varequal", answer, "respident", RESPONSE);
          }
        }
      }
      xml.end();
      setScore("Set", "100");
      xml.end();
      feedback(List.of(), List.of());
      return q.notes().isEmpty()
          ? Optional.empty()
          : Optional.of(
              "Canvas short answers have no partial credit or per-answer feedback: full-credit"
                  + " notes written as accepted answers without their feedback, the others left"
                  + " out");
    }

    private static int indexOf(List<Option> options, String id) {
      for (int i = 0; i < options.size(); i++) {
        if (options.get(i).id().equals(id)) {
          return i;
        }
      }
      throw new IllegalStateException("no option '" + id + "'");
    }
  }
}

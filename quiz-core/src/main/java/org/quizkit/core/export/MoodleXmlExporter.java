package org.quizkit.core.export;

import com.google.common.html.HtmlEscapers;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
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
 * Moodle XML, the richest format Moodle imports: HTML text (the plain text escaped, line breaks as
 * {@code <br>}), per-option and general feedback, id numbers, tags and categories.
 */
final class MoodleXmlExporter implements Exporter {
  @Override
  public String format() {
    return "moodle-xml";
  }

  @Override
  public String extension() {
    return "xml";
  }

  @Override
  public ExportReport write(
      List<? extends Question> questions, ExportOptions options, OutputStream out)
      throws IOException {
    return XmlOut.unwrapping(() -> export(questions, options, out));
  }

  /** Why Moodle cannot grade a question as keyed, for the kinds where it may not. */
  private static final Question.Cases<Optional<String>> UNGRADABLE =
      new Question.Cases<>() {
        @Override
        public Optional<String> singleChoice(SingleChoice question) {
          return Optional.empty();
        }

        @Override
        public Optional<String> multipleResponse(MultipleResponse question) {
          int right = question.correct().size();
          return right > Moodle.maxRight()
              ? Optional.of(
                  "has " + right + " right options; Moodle has no grade that is 100% / " + right)
              : Optional.empty();
        }

        @Override
        public Optional<String> trueFalse(TrueFalse question) {
          return Optional.empty();
        }

        @Override
        public Optional<String> matching(Matching question) {
          return Optional.empty();
        }

        @Override
        public Optional<String> ordering(Ordering question) {
          return Optional.empty();
        }

        @Override
        public Optional<String> shortAnswer(ShortAnswer question) {
          return Optional.empty();
        }
      };

  private ExportReport export(
      List<? extends Question> questions, ExportOptions options, OutputStream out)
      throws IOException {
    Bank.checkIds(questions);
    ReportBuilder report = new ReportBuilder(format());
    XmlOut xml = new XmlOut(out);
    xml.plainRoot("quiz");
    String category = null;
    for (Question question : questions) {
      String reason = XmlChecks.unwritable(question, true);
      if (reason == null) {
        reason = question.accept(UNGRADABLE).orElse(null);
      }
      if (reason != null) {
        report.skipped(question.id(), reason);
        continue;
      }
      String wanted = Moodle.category(options.title(), Bank.module(question));
      if (!wanted.equals(category)) {
        xml.start("question", "type", "category");
        xml.start("category").cdata("text", wanted).end();
        xml.end();
        category = wanted;
      }
      Optional<String> note = question.accept(new Body(xml, question, options));
      note.ifPresent(n -> report.converted(question.id(), n));
      report.written();
    }
    xml.close();
    return report.build();
  }

  /** The text as HTML: escaped, each line break a {@code <br>}. */
  static String html(String text) {
    return HtmlEscapers.htmlEscaper().escape(text).replaceAll("\\r\\n|\\r|\\n", "<br>");
  }

  /**
   * Writes one question; returns what was converted. Every text goes through {@link XmlOut#cdata},
   * and plain-text fields (name, tags, choices, short answers) on one line, because Moodle's reader
   * drops a line break there.
   */
  private static final class Body implements Question.Cases<Optional<String>> {
    private final XmlOut xml;
    private final Question question;
    private final ExportOptions options;

    Body(XmlOut xml, Question question, ExportOptions options) {
      this.xml = xml;
      this.question = question;
      this.options = options;
    }

    private void head(String type) {
      xml.start("question", "type", type);
      xml.start("name").cdata("text", Moodle.oneLineField(question.id())).end();
      html("questiontext", question.stem());
      html("generalfeedback", question.info().explanation());
      xml.text("defaultgrade", "1");
      xml.text("penalty", "0.3333333");
      xml.text("hidden", "0");
      Moodle.idNumber(question, options).ifPresent(number -> xml.cdata("idnumber", number));
    }

    private void tail() {
      if (!question.info().tags().isEmpty()) {
        xml.start("tags");
        for (String tag : question.info().tags()) {
          xml.start("tag").cdata("text", Moodle.oneLineField(tag)).end();
        }
        xml.end();
      }
      xml.end();
    }

    private void html(String element, String text) {
      xml.start(element, "format", "html").cdata("text", MoodleXmlExporter.html(text)).end();
    }

    private void answer(String fraction, String text, String feedback) {
      xml.start("answer", "fraction", fraction, "format", "html");
      xml.cdata("text", MoodleXmlExporter.html(text));
      html("feedback", feedback);
      xml.end();
    }

    private void choiceSettings(boolean single) {
      xml.text("single", String.valueOf(single));
      xml.text("shuffleanswers", "true");
      xml.text("answernumbering", "abc");
    }

    @Override
    public Optional<String> singleChoice(SingleChoice q) {
      head("multichoice");
      choiceSettings(true);
      for (Option option : q.options()) {
        answer(option.id().equals(q.correct()) ? "100" : "0", option.text(), option.feedback());
      }
      tail();
      return Optional.empty();
    }

    /** Grades as in GIFT: right options share 100 %, wrong ones cost up to 100 % together. */
    @Override
    public Optional<String> multipleResponse(MultipleResponse q) {
      int right = q.correct().size();
      int wrong = q.options().size() - right;
      head("multichoice");
      choiceSettings(false);
      for (Option option : q.options()) {
        String fraction =
            q.correct().contains(option.id()) ? Moodle.gain(right) : Moodle.loss(wrong);
        answer(fraction, option.text(), option.feedback());
      }
      tail();
      return Optional.empty();
    }

    @Override
    public Optional<String> trueFalse(TrueFalse q) {
      head("truefalse");
      xml.start("answer", "fraction", q.answer() ? "100" : "0", "format", "moodle_auto_format");
      xml.text("text", "true");
      xml.end();
      xml.start("answer", "fraction", q.answer() ? "0" : "100", "format", "moodle_auto_format");
      xml.text("text", "false");
      xml.end();
      tail();
      return Optional.empty();
    }

    @Override
    public Optional<String> matching(Matching q) {
      head("matching");
      xml.text("shuffleanswers", "true");
      for (Option premise : q.premises()) {
        String choice = text(q.choices(), q.key().get(premise.id()));
        pair(premise.text(), choice);
      }
      for (Option choice : q.choices()) {
        if (!q.key().containsValue(choice.id())) {
          pair("", choice.text());
        }
      }
      tail();
      boolean feedback =
          q.premises().stream().anyMatch(o -> !o.feedback().isEmpty())
              || q.choices().stream().anyMatch(o -> !o.feedback().isEmpty());
      return feedback
          ? Optional.of("per-pair feedback dropped: Moodle matching has only general feedback")
          : Optional.empty();
    }

    /**
     * A premise (HTML) and its choice (shown in a list through Moodle's string formatter: {@link
     * Moodle#choice}).
     */
    private void pair(String premise, String choice) {
      xml.start("subquestion", "format", "html");
      xml.cdata("text", premise.isEmpty() ? "" : MoodleXmlExporter.html(premise));
      xml.start("answer").cdata("text", Moodle.choice(choice)).end();
      xml.end();
    }

    /** Positions are premises: not shuffled, so that they are shown 1, 2, 3, ... */
    @Override
    public Optional<String> ordering(Ordering q) {
      head("matching");
      xml.text("shuffleanswers", "false");
      int position = 1;
      for (String itemId : q.order()) {
        pair(String.valueOf(position++), text(q.items(), itemId));
      }
      tail();
      return Optional.of(
          "ordering written as matching: positions 1.."
              + q.items().size()
              + " are each matched to their item");
    }

    @Override
    public Optional<String> shortAnswer(ShortAnswer q) {
      head("shortanswer");
      xml.text("usecase", "0");
      for (String accepted : q.accepted()) {
        xml.start("answer", "fraction", "100", "format", "moodle_auto_format");
        xml.cdata("text", Moodle.shortAnswer(accepted));
        xml.end();
      }
      // Moodle takes the first answer that matches, so the accepted ones above come first.
      for (TypedAnswerNote note : q.notes()) {
        for (String answer : note.answers()) {
          xml.start(
              "answer", "fraction", Moodle.grade(note.credit()), "format", "moodle_auto_format");
          xml.cdata("text", Moodle.shortAnswer(answer));
          if (!note.feedback().isEmpty()) {
            html("feedback", note.feedback());
          }
          xml.end();
        }
      }
      tail();
      return Moodle.shortAnswerNotes(q);
    }

    private static String text(List<Option> options, String id) {
      return options.stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow().text();
    }
  }
}

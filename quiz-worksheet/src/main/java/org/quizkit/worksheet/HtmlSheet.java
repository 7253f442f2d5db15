package org.quizkit.worksheet;

import static org.quizkit.worksheet.HtmlPage.escape;

import java.util.List;
import java.util.Locale;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;

/**
 * The student sheet as HTML. It prints stems and options only: nothing of the key (no explanation,
 * feedback, source or mark of the right option) is written, not even hidden.
 */
final class HtmlSheet {
  private HtmlSheet() {}

  static String render(WorksheetSpec spec, Version version) {
    StringBuilder body = new StringBuilder();
    Header header = spec.header();
    int total = Sheets.total(spec, version);
    body.append("<header>\n<h1>")
        .append(escape(spec.title()))
        .append("</h1>\n<p class=\"subtitle\">Version ")
        .append(version.label())
        .append(HtmlPage.DOT)
        .append(Sheets.questionCount(version))
        .append(HtmlPage.DOT)
        .append(Points.words(total))
        .append("</p>\n<table class=\"fill-in\">\n<tr>")
        .append(field("Name", "", "name"))
        .append(field("Student ID", "", "student-id"))
        .append("</tr>\n<tr>")
        .append(field("Course", header.course(), "course"))
        .append(field("Teacher", header.teacher(), "teacher"))
        .append("</tr>\n<tr>")
        .append(field("Date", "", "date"))
        .append(field("Time allowed", header.timeAllowed(), "time-allowed"))
        .append("</tr>\n</table>\n<p class=\"score\">Score: <span class=\"blank blank-score\">")
        .append("</span> / ")
        .append(total)
        .append("</p>\n</header>\n<main>\n<p class=\"instructions\">")
        .append(escape(Sheets.instructions(version)))
        .append("</p>\n<ol class=\"questions\">\n");
    List<Question> questions = version.questions();
    for (int i = 0; i < questions.size(); i++) {
      body.append(question(i + 1, questions.get(i), spec));
    }
    body.append("</ol>\n</main>\n");
    spec.citation()
        .ifPresent(
            c -> body.append("<p class=\"credit\">").append(escape(c.credit())).append("</p>\n"));
    return HtmlPage.page(
        spec,
        spec.title() + HtmlPage.DOT + "Version " + version.label(),
        "Version " + version.label(),
        body.toString());
  }

  /**
   * One labelled field of the header: the given value, or a line to write on (an input on screen,
   * drawn as a line in print).
   */
  private static String field(String label, String value, String id) {
    if (!value.isEmpty()) {
      return "<th scope=\"row\">"
          + label
          + "</th><td><span class=\"given\">"
          + escape(value)
          + "</span></td>";
    }
    return "<th scope=\"row\"><label for=\"h-"
        + id
        + "\">"
        + label
        + "</label></th><td><input type=\"text\" class=\"blank\" id=\"h-"
        + id
        + "\" name=\"h-"
        + id
        + "\"/></td>";
  }

  static String question(int number, Question question, WorksheetSpec spec) {
    String id = "q" + number;
    String parts =
        question.accept(
            new Question.Cases<String>() {
              @Override
              public String singleChoice(SingleChoice q) {
                return hint(Sheets.TICK_ONE) + boxes(id, "radio", q.options());
              }

              @Override
              public String multipleResponse(MultipleResponse q) {
                return hint(Sheets.TICK_ALL) + boxes(id, "checkbox", q.options());
              }

              @Override
              public String trueFalse(TrueFalse q) {
                return hint(Sheets.TRUE_FALSE)
                    + "<ul class=\"options true-false\">\n"
                    + box(id, "radio", id + "-t", "True")
                    + box(id, "radio", id + "-f", "False")
                    + "</ul>\n";
              }

              @Override
              public String matching(Matching q) {
                return hint(Sheets.MATCH) + matchingTable(id, q);
              }

              @Override
              public String ordering(Ordering q) {
                return hint(Sheets.ORDER) + orderingSlots(id, q);
              }

              @Override
              public String shortAnswer(ShortAnswer q) {
                return hint(Sheets.WRITE)
                    + "<p class=\"rule\"><input type=\"text\" class=\"typed\" id=\""
                    + id
                    + "-text\" name=\""
                    + id
                    + "-text\" aria-label=\"Answer to question "
                    + number
                    + "\"/></p>\n";
              }
            });
    return "<li class=\"question\" id=\""
        + id
        + "\">\n<fieldset>\n<legend><span class=\"number\">"
        + number
        + ".</span> "
        + escape(question.stem())
        + " <span class=\"points\">("
        + Sheets.points(spec, question)
        + ")</span></legend>\n"
        + parts
        + "</fieldset>\n</li>\n";
  }

  private static String hint(String text) {
    return "<p class=\"hint\">" + text + "</p>\n";
  }

  private static String boxes(String id, String type, List<Option> options) {
    StringBuilder out = new StringBuilder("<ul class=\"options\">\n");
    for (int i = 0; i < options.size(); i++) {
      String letter = Answers.letter(i);
      out.append(
          box(
              id,
              type,
              id + "-" + letter.toLowerCase(Locale.ROOT),
              "<span class=\"letter\">" + letter + "</span> " + escape(options.get(i).text())));
    }
    return out.append("</ul>\n").toString();
  }

  private static String box(String name, String type, String id, String label) {
    String shape = type.equals("radio") ? "box round" : "box";
    return "<li><input type=\""
        + type
        + "\" class=\""
        + shape
        + "\" id=\""
        + id
        + "\" name=\""
        + name
        + "\"/><label for=\""
        + id
        + "\">"
        + label
        + "</label></li>\n";
  }

  /** A one-letter box a student writes in by hand or types into on screen. */
  private static String letterBox(String name, String label) {
    String id = "w-" + name;
    return "<input type=\"text\" class=\"write-in\" maxlength=\"1\" size=\"1\" id=\""
        + id
        + "\" name=\""
        + id
        + "\" aria-label=\""
        + label
        + "\"/>";
  }

  /** Premises numbered on the left, each with a box for a letter; choices lettered on the right. */
  private static String matchingTable(String id, Matching q) {
    StringBuilder out =
        new StringBuilder(
            "<table class=\"matching\">\n<thead><tr><th scope=\"col\">Item</th>"
                + "<th scope=\"col\">Choices</th></tr></thead>\n<tbody>\n");
    int rows = Math.max(q.premises().size(), q.choices().size());
    for (int i = 0; i < rows; i++) {
      out.append("<tr><td>");
      if (i < q.premises().size()) {
        out.append(letterBox(id + "-" + (i + 1), "Letter for item " + (i + 1)))
            .append("<span class=\"number\">")
            .append(i + 1)
            .append(".</span> ")
            .append(escape(q.premises().get(i).text()));
      }
      out.append("</td><td>");
      if (i < q.choices().size()) {
        out.append("<span class=\"letter\">")
            .append(Answers.letter(i))
            .append("</span> ")
            .append(escape(q.choices().get(i).text()));
      }
      out.append("</td></tr>\n");
    }
    return out.append("</tbody>\n</table>\n").toString();
  }

  /** Items lettered, then one numbered slot per position for the learner to write a letter in. */
  private static String orderingSlots(String id, Ordering q) {
    StringBuilder out = new StringBuilder("<ul class=\"items\">\n");
    for (int i = 0; i < q.items().size(); i++) {
      out.append("<li><span class=\"letter\">")
          .append(Answers.letter(i))
          .append("</span> ")
          .append(escape(q.items().get(i).text()))
          .append("</li>\n");
    }
    out.append("</ul>\n<ol class=\"slots\">\n");
    for (int slot = 1; slot <= q.items().size(); slot++) {
      out.append("<li><span class=\"number\">")
          .append(slot)
          .append(".</span> ")
          .append(letterBox(id + "-slot-" + slot, "Letter for place " + slot))
          .append("</li>\n");
    }
    return out.append("</ol>\n").toString();
  }
}

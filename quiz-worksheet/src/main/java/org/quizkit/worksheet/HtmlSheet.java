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
    body.append("<header>\n<h1>")
        .append(escape(spec.title()))
        .append("</h1>\n<p class=\"subtitle\">Version ")
        .append(version.label())
        .append(HtmlPage.DOT)
        .append(Sheets.questionCount(version))
        .append("</p>\n<div class=\"fill-in\">\n")
        .append(line("Name", "blank-name"))
        .append(line("Class", "blank-short"))
        .append(line("Date", "blank-short"))
        .append("</div>\n</header>\n<main>\n<p class=\"instructions\">")
        .append(Sheets.INSTRUCTIONS)
        .append("</p>\n<ol class=\"questions\">\n");
    List<Question> questions = version.questions();
    for (int i = 0; i < questions.size(); i++) {
      body.append(question(i + 1, questions.get(i)));
    }
    body.append("</ol>\n</main>\n");
    return HtmlPage.page(
        spec,
        spec.title() + HtmlPage.DOT + "Version " + version.label(),
        "Version " + version.label(),
        body.toString());
  }

  private static String line(String label, String width) {
    return "<p>" + label + "<span class=\"blank " + width + "\"></span></p>\n";
  }

  static String question(int number, Question question) {
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
                return hint(Sheets.MATCH) + matchingTable(q);
              }

              @Override
              public String ordering(Ordering q) {
                return hint(Sheets.ORDER) + orderingSlots(q);
              }

              @Override
              public String shortAnswer(ShortAnswer q) {
                return hint(Sheets.WRITE) + "<div class=\"rule\"></div>\n";
              }
            });
    return "<li class=\"question\" id=\""
        + id
        + "\">\n<fieldset>\n<legend><span class=\"number\">"
        + number
        + ".</span> "
        + escape(question.stem())
        + "</legend>\n"
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

  /** Premises numbered on the left, each with a box for a letter; choices lettered on the right. */
  private static String matchingTable(Matching q) {
    StringBuilder out =
        new StringBuilder(
            "<table class=\"matching\">\n<thead><tr><th scope=\"col\">Item</th>"
                + "<th scope=\"col\">Choices</th></tr></thead>\n<tbody>\n");
    int rows = Math.max(q.premises().size(), q.choices().size());
    for (int i = 0; i < rows; i++) {
      out.append("<tr><td>");
      if (i < q.premises().size()) {
        out.append("<span class=\"write-in\"></span><span class=\"number\">")
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
  private static String orderingSlots(Ordering q) {
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
          .append(".</span> <span class=\"write-in\"></span></li>\n");
    }
    return out.append("</ol>\n").toString();
  }
}

package org.quizkit.worksheet;

import static org.quizkit.worksheet.HtmlPage.escape;

import java.util.List;

/** The answer key of one version as HTML: a marking grid, then each answer with its reasons. */
final class HtmlKey {
  private HtmlKey() {}

  static String render(WorksheetSpec spec, Version version) {
    List<Answers> answers = Answers.of(version.questions());
    StringBuilder body = new StringBuilder();
    body.append("<header>\n<h1>")
        .append(escape(spec.title()))
        .append("</h1>\n<p class=\"subtitle\">Answer key")
        .append(HtmlPage.DOT)
        .append("Version ")
        .append(version.label())
        .append(HtmlPage.DOT)
        .append(Sheets.questionCount(version))
        .append("</p>\n<p class=\"settings\">Made with: ")
        .append(escape(spec.settings()))
        .append("</p>\n</header>\n<main>\n<section>\n<h2>Marking grid</h2>\n<p class=\"grid\">")
        .append(grid(answers))
        .append("</p>\n</section>\n<section>\n<h2>Answers</h2>\n<ol class=\"answers\">\n");
    for (Answers answer : answers) {
      body.append(entry(answer));
    }
    body.append("</ol>\n</section>\n</main>\n");
    return HtmlPage.page(
        spec,
        spec.title() + HtmlPage.DOT + "Answer key, version " + version.label(),
        "Answer key, version " + version.label(),
        body.toString());
  }

  /** The marking grid with each entry kept on one line, so a number never parts from its answer. */
  private static String grid(List<Answers> answers) {
    StringBuilder out = new StringBuilder();
    for (Answers answer : answers) {
      if (out.length() > 0) {
        out.append(" | ");
      }
      out.append("<span class=\"cell\">")
          .append(answer.number())
          .append(' ')
          .append(escape(answer.grid()))
          .append("</span>");
    }
    return out.toString();
  }

  private static String entry(Answers answer) {
    StringBuilder out = new StringBuilder();
    out.append("<li class=\"answer\">\n<h3><span class=\"number\">")
        .append(answer.number())
        .append(".</span> ")
        .append(escape(answer.question().stem()))
        .append("</h3>\n<ul class=\"key-lines\">\n");
    for (String line : answer.lines()) {
      out.append("<li><strong>").append(escape(line)).append("</strong></li>\n");
    }
    out.append("</ul>\n<p class=\"explanation\">")
        .append(escape(answer.question().info().explanation()))
        .append("</p>\n");
    if (!answer.notes().isEmpty()) {
      out.append("<p class=\"notes-title\">Notes:</p>\n<ul class=\"notes\">\n");
      for (String note : answer.notes()) {
        out.append("<li>").append(escape(note)).append("</li>\n");
      }
      out.append("</ul>\n");
    }
    out.append("<p class=\"source\">Source: ")
        .append(escape(answer.question().info().section()))
        .append(HtmlPage.DOT)
        .append("Question id: ")
        .append(escape(answer.question().id()))
        .append("</p>\n</li>\n");
    return out.toString();
  }
}

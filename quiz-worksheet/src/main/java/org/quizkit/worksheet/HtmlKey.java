package org.quizkit.worksheet;

import static org.quizkit.worksheet.HtmlPage.escape;

import java.util.List;

/**
 * The answer key of one version as HTML: the total, the marking rules, an aligned marking grid,
 * then each answer with its reasons, and the source.
 */
final class HtmlKey {
  /** Entries per row of the marking grid. */
  static final int GRID_COLUMNS = 10;

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
        .append(HtmlPage.DOT)
        .append("out of ")
        .append(Points.words(Sheets.total(spec, version)))
        .append("</p>\n<p class=\"settings\">Made with: ")
        .append(escape(spec.settings()))
        .append("</p>\n</header>\n<main>\n<section>\n<h2>Marking grid</h2>\n")
        .append(grid(answers))
        .append("</section>\n<section>\n<h2>Marking rules</h2>\n<ol class=\"rules\">\n");
    for (String rule : Sheets.rules(spec, version)) {
      body.append("<li>").append(escape(rule)).append("</li>\n");
    }
    body.append("</ol>\n</section>\n<section>\n<h2>Answers</h2>\n<ol class=\"answers\">\n");
    for (Answers answer : answers) {
      body.append(entry(spec, answer));
    }
    body.append("</ol>\n</section>\n");
    body.append(source(spec));
    body.append("</main>\n");
    return HtmlPage.page(
        spec,
        spec.title() + HtmlPage.DOT + "Answer key, version " + version.label(),
        "Answer key, version " + version.label(),
        body.toString());
  }

  /** The full reference of the source, when the spec has one. */
  static String source(WorksheetSpec spec) {
    return spec.citation()
        .map(
            c ->
                "<section>\n<h2>Source</h2>\n<p class=\"citation\">"
                    + escape(c.reference())
                    + "</p>\n</section>\n")
        .orElse("");
  }

  /** The marking grid: {@value #GRID_COLUMNS} entries a row, each number beside its answer. */
  private static String grid(List<Answers> answers) {
    StringBuilder out = new StringBuilder("<table class=\"grid\">\n");
    for (int start = 0; start < answers.size(); start += GRID_COLUMNS) {
      out.append("<tr>");
      for (int i = start; i < start + GRID_COLUMNS; i++) {
        if (i < answers.size()) {
          Answers answer = answers.get(i);
          out.append("<td><span class=\"n\">")
              .append(answer.number())
              .append("</span> ")
              .append(escape(answer.grid()))
              .append("</td>");
        } else {
          out.append("<td></td>");
        }
      }
      out.append("</tr>\n");
    }
    return out.append("</table>\n").toString();
  }

  private static String entry(WorksheetSpec spec, Answers answer) {
    StringBuilder out = new StringBuilder();
    out.append("<li class=\"answer\">\n<h3><span class=\"number\">")
        .append(answer.number())
        .append(".</span> ")
        .append(escape(answer.question().stem()))
        .append(" <span class=\"points\">(")
        .append(Sheets.points(spec, answer.question()))
        .append(")</span></h3>\n<ul class=\"key-lines\">\n");
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

package org.quizkit.worksheet;

import static org.quizkit.worksheet.Markdown.escape;

import java.util.List;

/** The answer key of one version as Markdown, with the same content as the HTML key. */
final class MarkdownKey {
  private MarkdownKey() {}

  static String render(WorksheetSpec spec, Version version) {
    List<Answers> answers = Answers.of(version.questions());
    StringBuilder out = new StringBuilder();
    out.append("# ").append(escape(spec.title())).append("\n\n");
    out.append("Answer key")
        .append(HtmlPage.DOT)
        .append("Version ")
        .append(version.label())
        .append(HtmlPage.DOT)
        .append(Sheets.questionCount(version))
        .append("\n\n");
    out.append("Made with: ").append(escape(spec.settings())).append("\n\n");
    out.append("## Marking grid\n\n")
        .append(Answers.grid(answers, Markdown::escape))
        .append("\n\n## Answers\n\n");
    for (Answers answer : answers) {
      out.append(entry(answer));
    }
    out.append(MarkdownSheet.footer(spec, "Answer key, version " + version.label()));
    return out.toString();
  }

  private static String entry(Answers answer) {
    StringBuilder out = new StringBuilder();
    out.append("### ")
        .append(answer.number())
        .append(". ")
        .append(escape(answer.question().stem()))
        .append("\n\n");
    for (String line : answer.lines()) {
      out.append("- **").append(escape(line)).append("**\n");
    }
    out.append('\n').append(escape(answer.question().info().explanation())).append("\n\n");
    if (!answer.notes().isEmpty()) {
      out.append("Notes:\n\n");
      for (String note : answer.notes()) {
        out.append("- ").append(escape(note)).append('\n');
      }
      out.append('\n');
    }
    out.append("Source: ")
        .append(escape(answer.question().info().section()))
        .append(HtmlPage.DOT)
        .append("Question id: ")
        .append(escape(answer.question().id()))
        .append("\n\n");
    return out.toString();
  }
}

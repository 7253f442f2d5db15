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
        .append(HtmlPage.DOT)
        .append("out of ")
        .append(Points.words(Sheets.total(spec, version)))
        .append("\n\n");
    out.append("Made with: ").append(escape(spec.settings())).append("\n\n");
    out.append("## Marking grid\n\n").append(grid(answers)).append("\n## Marking rules\n\n");
    List<String> rules = Sheets.rules(spec, version);
    for (int i = 0; i < rules.size(); i++) {
      out.append(i + 1).append(". ").append(escape(rules.get(i))).append('\n');
    }
    out.append("\n## Answers\n\n");
    for (Answers answer : answers) {
      out.append(entry(spec, answer));
    }
    spec.citation()
        .ifPresent(c -> out.append("## Source\n\n").append(escape(c.reference())).append("\n\n"));
    out.append(MarkdownSheet.footer(spec, "Answer key, version " + version.label()));
    return out.toString();
  }

  /** The marking grid as a table, {@value HtmlKey#GRID_COLUMNS} entries a row. */
  private static String grid(List<Answers> answers) {
    StringBuilder out = new StringBuilder("|");
    out.append(" |".repeat(HtmlKey.GRID_COLUMNS)).append("\n|");
    out.append("---|".repeat(HtmlKey.GRID_COLUMNS)).append('\n');
    for (int start = 0; start < answers.size(); start += HtmlKey.GRID_COLUMNS) {
      out.append('|');
      for (int i = start; i < start + HtmlKey.GRID_COLUMNS; i++) {
        if (i < answers.size()) {
          out.append(" **")
              .append(answers.get(i).number())
              .append("** ")
              .append(escape(answers.get(i).grid()));
        }
        out.append(" |");
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String entry(WorksheetSpec spec, Answers answer) {
    StringBuilder out = new StringBuilder();
    out.append("### ")
        .append(answer.number())
        .append(". ")
        .append(escape(answer.question().stem()))
        .append(" (")
        .append(Sheets.points(spec, answer.question()))
        .append(")\n\n");
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

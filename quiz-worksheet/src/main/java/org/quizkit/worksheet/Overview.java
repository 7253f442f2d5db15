package org.quizkit.worksheet;

import java.util.ArrayList;
import java.util.List;

/**
 * The keys of every version side by side: one row per question number, one column per version,
 * typed answers with every accepted wording. Versions are split into tables of {@value
 * #VERSIONS_PER_TABLE} so that each column stays wide enough to read on paper.
 */
final class Overview {
  static final int VERSIONS_PER_TABLE = 8;
  static final String NAME = "worksheet-keys";

  private Overview() {}

  /** Each table's versions, {@value #VERSIONS_PER_TABLE} at most per table. */
  static List<List<Version>> tables(List<Version> versions) {
    List<List<Version>> tables = new ArrayList<>();
    for (int start = 0; start < versions.size(); start += VERSIONS_PER_TABLE) {
      tables.add(versions.subList(start, Math.min(versions.size(), start + VERSIONS_PER_TABLE)));
    }
    return tables;
  }

  /** The most questions any version has (every version has the same number when drawn). */
  static int rows(List<Version> versions) {
    return versions.stream().mapToInt(v -> v.questions().size()).max().orElse(0);
  }

  /** The entry of a version's question, or empty when it has no such number. */
  static String cell(Version version, int index) {
    return index < version.questions().size()
        ? Answers.of(index + 1, version.questions().get(index)).overview()
        : "";
  }

  static String html(WorksheetSpec spec, List<Version> versions) {
    StringBuilder body = new StringBuilder();
    body.append("<header>\n<h1>")
        .append(HtmlPage.escape(spec.title()))
        .append("</h1>\n<p class=\"subtitle\">Answer keys of all ")
        .append(versions.size())
        .append(" versions</p>\n<p class=\"settings\">Made with: ")
        .append(HtmlPage.escape(spec.settings()))
        .append("</p>\n</header>\n<main>\n");
    for (List<Version> table : tables(versions)) {
      body.append("<table class=\"overview\">\n<thead><tr><th scope=\"col\">Question</th>");
      for (Version version : table) {
        body.append("<th scope=\"col\">").append(version.label()).append("</th>");
      }
      body.append("</tr></thead>\n<tbody>\n");
      for (int row = 0; row < rows(table); row++) {
        body.append("<tr><th scope=\"row\">").append(row + 1).append("</th>");
        for (Version version : table) {
          body.append("<td>").append(HtmlPage.escape(cell(version, row))).append("</td>");
        }
        body.append("</tr>\n");
      }
      body.append("</tbody>\n</table>\n");
    }
    body.append(HtmlKey.source(spec)).append("</main>\n");
    return HtmlPage.page(
        spec, spec.title() + HtmlPage.DOT + "All answer keys", "All answer keys", body.toString());
  }

  static String markdown(WorksheetSpec spec, List<Version> versions) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(Markdown.escape(spec.title())).append("\n\n");
    out.append("Answer keys of all ").append(versions.size()).append(" versions\n\n");
    out.append("Made with: ").append(Markdown.escape(spec.settings())).append("\n\n");
    for (List<Version> table : tables(versions)) {
      out.append("| Question |");
      table.forEach(v -> out.append(' ').append(v.label()).append(" |"));
      out.append("\n|---|");
      table.forEach(v -> out.append("---|"));
      out.append('\n');
      for (int row = 0; row < rows(table); row++) {
        out.append("| ").append(row + 1).append(" |");
        for (Version version : table) {
          out.append(' ').append(Markdown.escape(cell(version, row))).append(" |");
        }
        out.append('\n');
      }
      out.append('\n');
    }
    spec.citation()
        .ifPresent(c -> out.append("## Source\n\n").append(Markdown.escape(c.reference())));
    if (spec.citation().isPresent()) {
      out.append("\n\n");
    }
    out.append(MarkdownSheet.footer(spec, "All answer keys"));
    return out.toString();
  }
}

package org.quizkit.worksheet;

import static org.quizkit.worksheet.Markdown.escape;

import java.util.List;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;

/** The student sheet as Markdown, with the same wording and numbering as the HTML. */
final class MarkdownSheet {
  static final String BLANK = "____";
  private static final String LONG_BLANK = "______________________________";
  private static final String SHORT_BLANK = "______________";

  private MarkdownSheet() {}

  static String render(WorksheetSpec spec, Version version) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(escape(spec.title())).append("\n\n");
    int total = Sheets.total(spec, version);
    out.append("Version ")
        .append(version.label())
        .append(HtmlPage.DOT)
        .append(Sheets.questionCount(version))
        .append(HtmlPage.DOT)
        .append(Points.words(total))
        .append("\n\n");
    Header header = spec.header();
    out.append("| | | | |\n|---|---|---|---|\n")
        .append("| Name | ")
        .append(LONG_BLANK)
        .append(" | Student ID | ")
        .append(SHORT_BLANK)
        .append(" |\n| Course | ")
        .append(given(header.course()))
        .append(" | Teacher | ")
        .append(given(header.teacher()))
        .append(" |\n| Date | ")
        .append(SHORT_BLANK)
        .append(" | Time allowed | ")
        .append(given(header.timeAllowed()))
        .append(" |\n\n");
    out.append("**Score: ").append(SHORT_BLANK).append(" / ").append(total).append("**\n\n");
    out.append(Sheets.instructions(version)).append("\n\n");
    List<Question> questions = version.questions();
    for (int i = 0; i < questions.size(); i++) {
      out.append(question(i + 1, questions.get(i), spec));
    }
    spec.citation().ifPresent(c -> out.append(escape(c.credit())).append("\n\n"));
    out.append(footer(spec, "Version " + version.label()));
    return out.toString();
  }

  private static String given(String value) {
    return value.isEmpty() ? SHORT_BLANK : escape(value);
  }

  static String footer(WorksheetSpec spec, String which) {
    return "---\n\n" + which + HtmlPage.DOT + "seed " + spec.seed() + "\n";
  }

  static String question(int number, Question question, WorksheetSpec spec) {
    String parts =
        question.accept(
            new Question.Cases<String>() {
              @Override
              public String singleChoice(SingleChoice q) {
                return Sheets.TICK_ONE + "\n\n" + boxes(q.options());
              }

              @Override
              public String multipleResponse(MultipleResponse q) {
                return Sheets.TICK_ALL + "\n\n" + boxes(q.options());
              }

              @Override
              public String trueFalse(TrueFalse q) {
                return Sheets.TRUE_FALSE + "\n\n- [ ] True\n- [ ] False\n";
              }

              @Override
              public String matching(Matching q) {
                return Sheets.MATCH + "\n\n" + matchingTable(q);
              }

              @Override
              public String ordering(Ordering q) {
                return Sheets.ORDER + "\n\n" + orderingSlots(q);
              }

              @Override
              public String shortAnswer(ShortAnswer q) {
                return Sheets.WRITE + "\n\nAnswer: " + LONG_BLANK + LONG_BLANK + "\n";
              }
            });
    return "## "
        + number
        + ". "
        + escape(question.stem())
        + " ("
        + Sheets.points(spec, question)
        + ")\n\n"
        + parts
        + "\n";
  }

  private static String boxes(List<Option> options) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < options.size(); i++) {
      out.append("- [ ] **")
          .append(Answers.letter(i))
          .append(".** ")
          .append(escape(options.get(i).text()))
          .append('\n');
    }
    return out.toString();
  }

  private static String matchingTable(Matching q) {
    StringBuilder out = new StringBuilder("| Item | Choices |\n|---|---|\n");
    int rows = Math.max(q.premises().size(), q.choices().size());
    for (int i = 0; i < rows; i++) {
      out.append("| ");
      if (i < q.premises().size()) {
        out.append(BLANK)
            .append(" **")
            .append(i + 1)
            .append(".** ")
            .append(escape(q.premises().get(i).text()));
      }
      out.append(" | ");
      if (i < q.choices().size()) {
        out.append("**")
            .append(Answers.letter(i))
            .append(".** ")
            .append(escape(q.choices().get(i).text()));
      }
      out.append(" |\n");
    }
    return out.toString();
  }

  private static String orderingSlots(Ordering q) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < q.items().size(); i++) {
      out.append("- **")
          .append(Answers.letter(i))
          .append(".** ")
          .append(escape(q.items().get(i).text()))
          .append('\n');
    }
    // one line: a blank alone on a line would read as a rule, "1." at a line start as a list
    out.append("\nOrder:");
    for (int slot = 1; slot <= q.items().size(); slot++) {
      out.append(" **").append(slot).append(".** ").append(BLANK);
    }
    return out.append('\n').toString();
  }
}

package org.quizkit.core.drill;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quizkit.core.drill.DrillResult.Ending;
import org.quizkit.core.question.Option;
import org.quizkit.core.scoring.Feedback;
import org.quizkit.core.session.Miss;
import org.quizkit.core.session.Summary;

/**
 * What a drill prints, in its style. Colour is written as plain ANSI escape codes: the few used
 * here (bold, dim, three colours) are the same on every terminal that takes colour, so a terminal
 * library would add a dependency to the core for nothing.
 */
final class Screen {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String GREEN = "\u001b[32m";
  private static final String YELLOW = "\u001b[33m";
  private static final String RED = "\u001b[31m";
  private static final String INDENT = "    ";

  /** The number, letter or pair label at the start of a rendered line, with its spaces. */
  private static final Pattern LABEL = Pattern.compile("\\s*(\\d+[.)]|[a-z][.)])?\\s*");

  private final PrintWriter out;
  private final boolean rich;
  private final Function<String, String> sectionTitles;
  private final IntSupplier columns;

  /**
   * A screen wrapping its own text at the columns {@code columns} gives, asked again for every
   * block of text so that a resized terminal is followed; 0 leaves lines whole.
   */
  Screen(
      PrintWriter out, Style style, Function<String, String> sectionTitles, IntSupplier columns) {
    this.out = out;
    this.rich = style == Style.RICH;
    this.sectionTitles = sectionTitles;
    this.columns = columns;
  }

  /** Prints {@code text} after {@code indent}, broken between words to fit the width. */
  private void say(String text) {
    say(text, INDENT);
  }

  private void say(String text, String indent) {
    say(text, indent, indent);
  }

  private void say(String text, String indent, String first) {
    int width = columns.getAsInt();
    if (width <= indent.length() + 10 || text.length() + indent.length() < width) {
      out.println(first + text);
      return;
    }
    StringBuilder line = new StringBuilder();
    String lead = first;
    for (String word : text.strip().split(" +")) {
      if (line.length() > 0 && indent.length() + line.length() + 1 + word.length() > width) {
        out.println(lead + line);
        lead = indent;
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      out.println(lead + line);
    }
  }

  void flush() {
    out.flush();
  }

  /**
   * Prints the heading and the rendered question, whose stem begins with its number: the heading
   * already gives it, so the stem is shown without it.
   */
  void question(int number, int total, String rendered) {
    out.println();
    out.println(paint(BOLD, "Question " + number + " of " + total));
    String numbered = number + ". ";
    String text = rendered.startsWith(numbered) ? rendered.substring(numbered.length()) : rendered;
    text.lines().forEach(this::hanging);
  }

  /**
   * Prints one line of a rendered question, continuing it under its text rather than under its
   * number or letter when it must be broken.
   */
  private void hanging(String line) {
    Matcher label = LABEL.matcher(line);
    int hang = label.lookingAt() ? label.end() : 0;
    int width = columns.getAsInt();
    if (width <= hang + 10 || line.length() < width) {
      out.println(line);
      return;
    }
    say(line.substring(hang), " ".repeat(hang), line.substring(0, hang));
  }

  void hint(String hint) {
    out.print(rich ? YELLOW : "");
    say(hint);
    out.print(rich ? RESET : "");
  }

  void help(String help) {
    help.lines().forEach(this::say);
  }

  /** After a miss that can still be taken back before the next answer. */
  void undoable(boolean typed) {
    out.println(
        INDENT
            + paint(
                DIM,
                typed
                    ? "A slip? Type u to answer again, or r if your answer was right after all."
                    : "A slip? Type u to answer again."));
  }

  void undone() {
    out.println(INDENT + paint(DIM, "Taken back: the question again."));
  }

  void countedAsRight() {
    out.println(INDENT + paint(GREEN, "Counted as right, on your word; progress notes that."));
  }

  void skipped() {
    out.println(INDENT + paint(DIM, "Skipped."));
  }

  /**
   * Feedback on one answer; {@code credit} says how its points came out, when that needs saying.
   */
  void feedback(Feedback feedback, List<String> credit) {
    double value = feedback.score().value();
    String verdict;
    if (feedback.fullyRight()) {
      verdict = paint(GREEN, mark("\u2713") + "Right");
    } else if (value > 0) {
      verdict = paint(YELLOW, mark("~") + "Partly right");
    } else {
      verdict = paint(RED, mark("\u2717") + "Wrong");
    }
    out.println(INDENT + verdict + " (" + points(value) + " of 1 point)");
    credit.forEach(this::say);
    List<String> key = feedback.correctAnswer();
    if (key.size() == 1) {
      say("Correct answer: " + key.get(0));
    } else {
      out.println(INDENT + "Correct answer:");
      key.forEach(line -> say(line, INDENT + "  "));
    }
    feedback.answerNotes().forEach(this::say);
    List<Option> chosen = feedback.chosenFeedback();
    for (Option option : chosen) {
      String which = chosen.size() == 1 ? "" : " " + quote(option.text());
      say("About your choice" + which + ": " + option.feedback());
    }
    if (!feedback.explanation().isBlank()) {
      say(feedback.explanation().strip());
    }
    out.println(INDENT + paint(DIM, "Source: " + sectionTitles.apply(feedback.section())));
  }

  /** A line of status after feedback, such as the mastery reached so far; nothing when empty. */
  void status(String line) {
    if (!line.isBlank()) {
      out.println(INDENT + paint(DIM, line.strip()));
    }
  }

  void summary(DrillResult result, Drill.Repeat repeat) {
    Summary summary = result.summary();
    out.println();
    out.println(paint(BOLD, heading(result.ending())));
    int asked = summary.answered() + summary.skipped();
    if (asked == 0) {
      line("Score: no questions answered");
    } else {
      line(
          "Score: "
              + points(summary.totalScore())
              + " of "
              + asked
              + (asked == 1 ? " point (" : " points (")
              + percent(summary.totalScore() / asked)
              + ")");
    }
    if (summary.skipped() > 0) {
      line("Skipped: " + summary.skipped());
    }
    if (summary.unanswered() > 0 && result.ending() != Ending.ENOUGH) {
      line("Not reached: " + summary.unanswered() + " of " + summary.total());
    }
    line("Time: " + duration(summary.timeTaken()));
    List<Miss> missed =
        summary.missed().stream().filter(miss -> miss.reason() != Miss.Reason.UNANSWERED).toList();
    if (!missed.isEmpty()) {
      line("To go over:");
      for (Miss miss : missed) {
        say(oneLine(miss.stem()) + " (" + reason(miss) + ")", "  ", "- ");
        say("Correct answer: " + String.join("; ", miss.correctAnswer()), "  ");
      }
    }
    if (repeat != null && repeat.seed() != null) {
      line("Repeat this session: " + repeat.command() + " --seed " + repeat.seed());
    } else if (repeat != null) {
      line("Repeat this quiz: " + repeat.command() + " --seed " + summary.seed());
    } else {
      line("Seed: " + summary.seed());
    }
  }

  /** One line of the summary, broken between words to fit the width, continued indented. */
  private void line(String text) {
    say(text, "  ", "");
  }

  private static String heading(Ending ending) {
    switch (ending) {
      case QUIT:
        return "Stopped. Summary of what you answered:";
      case END_OF_INPUT:
        return "End of input. Summary of what you answered:";
      case ENOUGH:
        return "That is enough for now. Summary:";
      case FINISHED:
      default:
        return "Done. Summary:";
    }
  }

  private static String reason(Miss miss) {
    switch (miss.reason()) {
      case PARTLY_RIGHT:
        return "partly right, " + points(miss.score()) + " point";
      case SKIPPED:
        return "skipped";
      case WRONG:
      default:
        return "wrong";
    }
  }

  private String quote(String text) {
    return rich ? "\u201c" + text + "\u201d" : "\"" + text + "\"";
  }

  private String mark(String symbol) {
    return rich ? symbol + " " : "";
  }

  private String paint(String code, String text) {
    return rich ? code + text + RESET : text;
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /** Points with at most two decimals and no trailing zeros: 1, 0.5, 2.33. */
  static String points(double value) {
    return BigDecimal.valueOf(value)
        .setScale(2, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  static String percent(double share) {
    return Math.round(share * 100) + "%";
  }

  static String duration(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds < 60) {
      return seconds + " s";
    }
    return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
  }
}

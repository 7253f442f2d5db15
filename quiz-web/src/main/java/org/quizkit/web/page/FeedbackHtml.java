package org.quizkit.web.page;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;
import org.quizkit.core.question.Option;
import org.quizkit.core.scoring.Feedback;

/**
 * The feedback on one answer, as the terminal gives it: right, partly right or not right with the
 * points, how partial credit came out, the correct answer, notes on a typed answer, what the chosen
 * options say, why, and the source; in a region that the script focuses and screen readers read.
 */
final class FeedbackHtml {
  private FeedbackHtml() {}

  static String render(
      Feedback feedback,
      List<String> credit,
      FeedbackLinks links,
      Function<String, String> sectionTitles) {
    double value = feedback.score().value();
    String verdict;
    String mark;
    String tone;
    if (feedback.fullyRight()) {
      verdict = "Right";
      mark = "\u2713";
      tone = "right";
    } else if (value > 0) {
      verdict = "Partly right";
      mark = "~";
      tone = "partly";
    } else {
      verdict = "Not right";
      mark = "\u2717";
      tone = "wrong";
    }
    Html html = new Html();
    html.raw("<section class=\"feedback ")
        .raw(tone)
        .raw(
            "\" id=\"feedback\" role=\"status\" tabindex=\"-1\""
                + " aria-labelledby=\"feedback-verdict\">\n")
        .raw("<h2 id=\"feedback-verdict\"><span class=\"mark\" aria-hidden=\"true\">")
        .raw(mark)
        .raw("</span> ")
        .text(verdict)
        .raw(" <span class=\"points\">(")
        .text(points(value))
        .raw(" of 1 point)</span></h2>\n");
    for (String line : credit) {
      html.raw("<p class=\"credit\">").text(line).raw("</p>\n");
    }
    List<String> key = feedback.correctAnswer();
    if (key.size() == 1) {
      html.raw("<p class=\"key\"><strong>Correct answer:</strong> ").text(key.get(0)).raw("</p>\n");
    } else {
      html.raw("<p class=\"key\" id=\"feedback-key\"><strong>Correct answer:</strong></p>\n")
          .raw("<ul class=\"key\" aria-labelledby=\"feedback-key\">\n");
      for (String line : key) {
        html.raw("<li>").text(line).raw("</li>\n");
      }
      html.raw("</ul>\n");
    }
    for (String note : feedback.answerNotes()) {
      html.raw("<p class=\"note\">").text(note).raw("</p>\n");
    }
    List<Option> chosen = feedback.chosenFeedback();
    for (Option option : chosen) {
      html.raw("<p class=\"about\"><strong>About your choice");
      if (chosen.size() > 1) {
        html.raw(" \u201c").text(option.text()).raw("\u201d");
      }
      html.raw(":</strong> ").text(option.feedback()).raw("</p>\n");
    }
    if (!feedback.explanation().isBlank()) {
      html.raw("<p class=\"why\">").text(feedback.explanation().strip()).raw("</p>\n");
    }
    html.raw("<p class=\"source\">Source: ")
        .text(sectionTitles.apply(feedback.section()))
        .raw("</p>\n");
    if (!links.next().isEmpty()) {
      html.raw("<p class=\"next\"><a class=\"button\"")
          .attr("href", links.next())
          .raw(">")
          .text(links.nextLabel())
          .raw("</a></p>\n");
    }
    return html.raw("</section>\n").toString();
  }

  /** Points with at most two decimals and no trailing zeros: 1, 0.5, 0.33 (as the terminal). */
  static String points(double value) {
    return BigDecimal.valueOf(value)
        .setScale(2, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}

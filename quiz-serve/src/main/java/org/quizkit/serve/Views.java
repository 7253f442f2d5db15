package org.quizkit.serve;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.quizkit.content.learner.Masteries;
import org.quizkit.content.module.LearningModule;
import org.quizkit.content.module.Mastery;
import org.quizkit.core.question.Kind;
import org.quizkit.web.page.Frame;
import org.quizkit.web.page.Pages;

/** The HTML of the pages around the questions: home, lists, forms, summaries, errors. */
final class Views {
  private static final Escaper HTML = HtmlEscapers.htmlEscaper();

  /** The header's links: path and words. */
  private static final List<Map.Entry<String, String>> NAV =
      List.of(
          Map.entry("/", "Home"),
          Map.entry("/practice", "Practice"),
          Map.entry("/learn", "Learn"),
          Map.entry("/review", "Review"),
          Map.entry("/modules", "Modules"),
          Map.entry("/progress", "Progress"));

  private final Pages pages;
  private final DateTimeFormatter when;

  /**
   * Times are shown in {@code zone} (the server clock's), named in English as the terminal does.
   */
  Views(Pages pages, ZoneId zone) {
    this.pages = pages;
    this.when =
        zone.normalized().equals(ZoneOffset.UTC)
            ? DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(zone)
            : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.US).withZone(zone);
  }

  Pages pages() {
    return pages;
  }

  /** A whole page titled {@code title}, the navigation marking {@code section} as current. */
  String page(String title, String section, String main) {
    List<Frame.Link> nav =
        NAV.stream()
            .map(e -> new Frame.Link(e.getKey(), e.getValue(), e.getKey().equals(section)))
            .toList();
    return pages.document(new Frame(title, "/assets/", nav), main);
  }

  static String text(String text) {
    return HTML.escape(text);
  }

  static String paragraph(String text) {
    return "<p>" + text(text) + "</p>\n";
  }

  static String link(String href, String words) {
    return "<a href=\"" + text(href) + "\">" + text(words) + "</a>";
  }

  /** A form of one button posting to {@code action} with the session's token. */
  static String button(String action, String csrf, String words) {
    return "<form method=\"post\" action=\""
        + text(action)
        + "\">"
        + hidden(csrf)
        + "<button type=\"submit\">"
        + text(words)
        + "</button></form>\n";
  }

  static String hidden(String csrf) {
    return "<input type=\"hidden\" name=\"csrf\" value=\"" + text(csrf) + "\">";
  }

  /** A hint about a field, announced and tied to the field by {@code id}. */
  static String hint(String id, String message) {
    return "<p class=\"hint\" id=\"" + text(id) + "\" role=\"alert\">" + text(message) + "</p>\n";
  }

  String home(Optional<String> carryOn, Optional<LearningModule> next) {
    StringBuilder main = new StringBuilder();
    main.append(
        paragraph(
            "Learn where cancers spread: questions with feedback, lessons by module,"
                + " and reviews of what you are about to forget. Your answers are kept in the"
                + " same place as the terminal's quiz command keeps them."));
    carryOn.ifPresent(words -> main.append("<p>").append(link("/quiz", words)).append("</p>\n"));
    main.append("<ul>\n");
    main.append("<li>")
        .append(link("/practice", "Practice"))
        .append(": a round of questions.</li>\n");
    main.append("<li>")
        .append(link("/learn", "Learn"))
        .append(": ")
        .append(
            text(
                next.map(m -> "your next module, " + m.title() + ".")
                    .orElse("every module is mastered.")))
        .append("</li>\n");
    main.append("<li>").append(link("/review", "Review")).append(": the facts due again.</li>\n");
    main.append("<li>")
        .append(link("/modules", "Modules"))
        .append(": each with your mastery.</li>\n");
    main.append("<li>")
        .append(link("/progress", "Progress"))
        .append(": how far you have got.</li>\n");
    main.append("</ul>\n");
    return page("Learn in a browser", "/", main.toString());
  }

  /**
   * What a learner chose on the practice form, as sent (so that a form sent back with a hint keeps
   * it).
   *
   * @param count the number of questions, as typed
   * @param module the module's id; empty for any
   * @param kinds the ids of the kinds ticked; empty for every kind
   * @param weak whether "weak facts first" is ticked
   */
  record PracticeChoices(String count, String module, List<String> kinds, boolean weak) {
    PracticeChoices {
      kinds = List.copyOf(kinds);
    }
  }

  String practiceForm(
      String csrf, List<LearningModule> modules, PracticeChoices chosen, Optional<String> problem) {
    StringBuilder main = new StringBuilder();
    main.append(paragraph("Answer a round of questions, with feedback after each."));
    main.append("<form method=\"post\" action=\"/practice\">").append(hidden(csrf));
    problem.ifPresent(p -> main.append(hint("practice-hint", p)));
    String described = problem.isPresent() ? " aria-describedby=\"practice-hint\"" : "";
    main.append("<p><label for=\"count\">Number of questions</label> ")
        .append("<input type=\"number\" id=\"count\" name=\"count\" min=\"1\" max=\"")
        .append(QuizServer.MAX_COUNT)
        .append("\" value=\"")
        .append(text(chosen.count()))
        .append("\"")
        .append(described)
        .append("></p>\n");
    main.append("<p><label for=\"module\">Module</label> <select id=\"module\" name=\"module\">");
    main.append("<option value=\"\">Any module</option>");
    for (LearningModule m : modules) {
      main.append("<option value=\"")
          .append(text(m.id()))
          .append("\"")
          .append(m.id().equals(chosen.module()) ? " selected" : "")
          .append(">")
          .append(text(m.title()))
          .append("</option>");
    }
    main.append("</select></p>\n");
    main.append("<fieldset><legend>Kinds of question (none ticked: every kind)</legend>\n");
    for (Kind kind : Kind.values()) {
      String id = "kind-" + kind.id();
      main.append("<p><input type=\"checkbox\" id=\"")
          .append(id)
          .append("\" name=\"kinds\" value=\"")
          .append(kind.id())
          .append("\"")
          .append(chosen.kinds().contains(kind.id()) ? " checked" : "")
          .append("> <label for=\"")
          .append(id)
          .append("\">")
          .append(text(kind.id()))
          .append("</label></p>\n");
    }
    main.append("</fieldset>\n");
    main.append("<fieldset><legend>Which facts</legend>\n")
        .append("<p><input type=\"checkbox\" id=\"weak\" name=\"weak\" value=\"yes\"")
        .append(chosen.weak() ? " checked" : "")
        .append("> <label for=\"weak\">Weak facts first: those whose latest answer was not fully")
        .append(" right, the most often missed first</label></p>\n</fieldset>\n");
    main.append("<p><button type=\"submit\">Start</button></p></form>\n");
    return page("Practice", "/practice", main.toString());
  }

  String lesson(LearningModule module, Mastery mastery, String csrf) {
    StringBuilder main = new StringBuilder();
    main.append("<h2>You will be able to:</h2>\n<ul>\n");
    module.objectives().forEach(o -> main.append("<li>").append(text(o)).append("</li>\n"));
    main.append("</ul>\n<h2>Lesson</h2>\n");
    module.paragraphs().forEach(p -> main.append(paragraph(p)));
    main.append("<h2>Questions</h2>\n");
    main.append(
        paragraph(
            mastery.reached()
                ? "You have mastered this module already; its questions are for practice."
                : "Questions until you reach "
                    + Math.round(module.mastery() * 100)
                    + "% of this module's facts. Your answers are kept if you stop."));
    main.append(paragraph("Your mastery: " + mastery.describe() + "."));
    main.append(button("/learn/" + module.id(), csrf, "Start the questions"));
    return page(module.title(), "/learn", main.toString());
  }

  String modules(Masteries masteries) {
    StringBuilder main = new StringBuilder();
    main.append("<table>\n<caption>Modules in teaching order, with your mastery</caption>\n");
    main.append(
        "<thead><tr><th scope=\"col\">Module</th><th scope=\"col\">Facts mastered</th>"
            + "<th scope=\"col\">Needed</th><th scope=\"col\">State</th></tr></thead>\n<tbody>\n");
    for (int i = 0; i < masteries.modules().size(); i++) {
      LearningModule module = masteries.modules().get(i);
      Mastery mastery = masteries.of(i);
      main.append("<tr><th scope=\"row\">")
          .append(link("/learn/" + module.id(), module.title()))
          .append("</th><td>")
          .append(mastery.mastered())
          .append(" of ")
          .append(mastery.units())
          .append("</td><td>")
          .append(Math.round(mastery.threshold() * 100))
          .append("%</td><td>")
          .append(mastery.reached() ? "mastered" : "learning")
          .append("</td></tr>\n");
    }
    main.append("</tbody></table>\n");
    masteries
        .firstNotMastered()
        .ifPresentOrElse(
            next ->
                main.append("<p>Next: ")
                    .append(link("/learn/" + next.id(), next.title()))
                    .append("</p>\n"),
            () ->
                main.append("<p>Every module is mastered. Keep them fresh: ")
                    .append(link("/review", "review"))
                    .append(".</p>\n"));
    return page("Modules", "/modules", main.toString());
  }

  String progress(
      String learner, Masteries masteries, int studied, int due, Optional<Instant> next) {
    StringBuilder main = new StringBuilder();
    main.append(paragraph("Progress of " + learner + "."));
    main.append("<h2>Mastery per module</h2>\n<ul>\n");
    for (int i = 0; i < masteries.modules().size(); i++) {
      LearningModule module = masteries.modules().get(i);
      Mastery mastery = masteries.of(i);
      main.append("<li>")
          .append(text(module.title()))
          .append(": ")
          .append(mastery.mastered())
          .append(" of ")
          .append(mastery.units())
          .append(" facts")
          .append(mastery.reached() ? " (mastered)" : "")
          .append("</li>\n");
    }
    main.append("</ul>\n<h2>Facts due for review</h2>\n");
    if (studied == 0) {
      main.append("<p>None studied yet. Start with ")
          .append(link("/learn", "Learn"))
          .append(".</p>\n");
    } else {
      main.append(paragraph(due + " of " + studied + " facts studied are due now."));
      if (due > 0) {
        main.append("<p>").append(link("/review", "Review them")).append("</p>\n");
      } else {
        next.ifPresent(at -> main.append(paragraph("Next due: " + when.format(at) + ".")));
      }
    }
    return page("Progress", "/progress", main.toString());
  }

  String reviewStart(String csrf, int due, int questions) {
    String main =
        paragraph(
                due
                    + (due == 1 ? " fact is" : " facts are")
                    + " due for review: "
                    + questions
                    + (questions == 1 ? " question." : " questions."))
            + paragraph(
                "Each fact you answer comes back just before you would forget it:"
                    + " soon when missed, later and later when right.")
            + button("/review", csrf, "Start the review");
    return page("Review", "/review", main);
  }

  String nothingDue(Optional<Instant> next, String forecast) {
    String main =
        next.map(
                at ->
                    paragraph(
                            "Nothing is due for review now. The next fact is due "
                                + when.format(at)
                                + ".")
                        + paragraph("Coming up: " + forecast + "."))
            .orElse(
                "<p>Nothing studied yet, so nothing to review. Start with "
                    + link("/learn", "Learn")
                    + ".</p>\n");
    return page("Review", "/review", main);
  }

  String message(String title, String section, String text, String href, String words) {
    return page(title, section, paragraph(text) + "<p>" + link(href, words) + "</p>\n");
  }
}

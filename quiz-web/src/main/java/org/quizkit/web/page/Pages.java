package org.quizkit.web.page;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.io.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quizkit.core.delivery.DeliveredQuiz;
import org.quizkit.core.scoring.Feedback;

/**
 * The browser pages of a delivered quiz, the front door of {@code quiz-web}: each question as an
 * HTML form that works without script, keyboard only and with a screen reader; the posted form read
 * back as response JSON (or a hint to fix it); the feedback once answered; the page around them,
 * its stylesheet and its script. {@code quiz serve} and the SCORM player both render with it.
 *
 * <p>Forms are built from {@link DeliveredQuiz#json()} only, the view without the key. Every text
 * of the view is escaped. Field names: single choice and multiple response {@code selected}
 * (radios, checkboxes; value = the view's label {@code a}, {@code b}...); true/false {@code answer}
 * ({@code true} / {@code false}); matching {@code pair.<premise label>} (a select of the choices'
 * labels, empty first); ordering {@code place.<item label>} (a select of 1..n, empty first); short
 * answer {@code text}. Each form also posts {@code question} (the view id) and, when given, {@code
 * csrf}.
 *
 * <pre>{@code
 * Pages pages = Pages.create();
 * String form = pages.questionForm(delivered, id, new Form("/answer", token));
 * Posted posted = pages.read(delivered, id, request.formParamMap());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Pages {
  /** The stylesheet's file name, under {@link Frame#assets()}. */
  public static final String STYLESHEET_FILE = "quizkit.css";

  /** The script's file name, under {@link Frame#assets()}. */
  public static final String SCRIPT_FILE = "quizkit.js";

  private static final String STYLESHEET = resource(STYLESHEET_FILE);
  private static final String SCRIPT = resource(SCRIPT_FILE);

  private final ImmutableMap<String, String> sectionTitles;

  private Pages(Map<String, String> sectionTitles) {
    this.sectionTitles = ImmutableMap.copyOf(sectionTitles);
  }

  /** Pages that name a feedback's source by its section as the question gives it. */
  public static Pages create() {
    return new Pages(Map.of());
  }

  /**
   * These pages, naming the source of feedback by the titles given for its sections (a section
   * without one is named as the question gives it).
   */
  public Pages withSectionTitles(Map<String, String> titles) {
    checkNotNull(titles, "titles");
    return new Pages(titles);
  }

  /**
   * One question of the view as a form posting to {@code form.action()}.
   *
   * @throws IllegalArgumentException when the quiz has no question {@code viewId}
   */
  public String questionForm(DeliveredQuiz quiz, String viewId, Form form) {
    return questionForm(quiz, viewId, form, Optional.empty(), Map.of());
  }

  /**
   * The form again after {@link #read} gave {@code hint}: the hint shown above the inputs, tied to
   * each of them and announced, and the fields posted filled in again.
   *
   * @throws IllegalArgumentException when the quiz has no question {@code viewId}
   */
  public String questionForm(
      DeliveredQuiz quiz,
      String viewId,
      Form form,
      Posted.Hint hint,
      Map<String, List<String>> posted) {
    checkNotNull(hint, "hint");
    return questionForm(quiz, viewId, form, Optional.of(hint.message()), posted);
  }

  private String questionForm(
      DeliveredQuiz quiz,
      String viewId,
      Form form,
      Optional<String> hint,
      Map<String, List<String>> posted) {
    checkNotNull(quiz, "quiz");
    checkNotNull(form, "form");
    checkNotNull(posted, "posted");
    return new FormHtml(Shown.of(quiz, viewId), form, hint, posted).render();
  }

  /**
   * The question {@code viewId} as it was asked, for the page that gives its feedback: its number
   * and stem in a paragraph (no options, nothing of the key).
   *
   * @throws IllegalArgumentException when the quiz has no question {@code viewId}
   */
  public String answered(DeliveredQuiz quiz, String viewId) {
    checkNotNull(quiz, "quiz");
    Shown shown = Shown.of(quiz, viewId);
    return new Html()
        .raw("<p class=\"answered\"><span class=\"count\">Question ")
        .raw(String.valueOf(shown.number()))
        .raw(" of ")
        .raw(String.valueOf(shown.total()))
        .raw("</span> <span class=\"stem\">")
        .text(shown.stem())
        .raw("</span></p>\n")
        .toString();
  }

  /**
   * The fields a browser posted for question {@code viewId} (field name to its values, as a server
   * library gives them), as response JSON for {@link DeliveredQuiz#score}, or the first thing the
   * learner must fix. Fields of other names are ignored.
   *
   * @throws IllegalArgumentException when the quiz has no question {@code viewId}
   */
  public Posted read(DeliveredQuiz quiz, String viewId, Map<String, List<String>> fields) {
    checkNotNull(quiz, "quiz");
    checkNotNull(fields, "fields");
    return new FieldReader(Shown.of(quiz, viewId), fields).read();
  }

  /**
   * The feedback on an answer, in a region with {@code id="feedback"} that screen readers announce
   * and the script focuses, with a link to go on when {@code links} has one.
   */
  public String feedback(Feedback feedback, FeedbackLinks links) {
    checkNotNull(feedback, "feedback");
    checkNotNull(links, "links");
    return FeedbackHtml.render(
        feedback, List.of(), links, section -> sectionTitles.getOrDefault(section, section));
  }

  /**
   * Scores {@code responseJson} (as {@link #read} gives it) for question {@code viewId} and gives
   * {@link #feedback(Feedback, FeedbackLinks)} with, for a response that earns part of the points,
   * how they came out in the terminal's words ({@code 1 right pick, 1 wrong pick: 0 of 1 point.},
   * {@code 2 of 4 in the right place: 0.5 of 1 point.}).
   *
   * @throws org.quizkit.core.delivery.ResponseException as {@link DeliveredQuiz#score} does
   */
  public String feedback(
      DeliveredQuiz quiz, String viewId, String responseJson, FeedbackLinks links) {
    checkNotNull(quiz, "quiz");
    checkNotNull(links, "links");
    Feedback feedback = quiz.score(viewId, responseJson);
    List<String> credit =
        Credit.lines(
            Shown.of(quiz, viewId), quiz.question(viewId).orElseThrow(), responseJson, feedback);
    return FeedbackHtml.render(
        feedback, credit, links, section -> sectionTitles.getOrDefault(section, section));
  }

  /**
   * A whole HTML5 page: a skip link, a header with {@code frame}'s navigation, and {@code <main
   * id="main">} holding the title as its heading and then {@code mainHtml} (markup, written as it
   * is).
   */
  public String document(Frame frame, String mainHtml) {
    checkNotNull(frame, "frame");
    checkNotNull(mainHtml, "mainHtml");
    return PageHtml.render(frame, mainHtml);
  }

  /** The stylesheet the pages link to ({@link #STYLESHEET_FILE}). */
  public String stylesheet() {
    return STYLESHEET;
  }

  /**
   * The script the pages link to ({@link #SCRIPT_FILE}): it only enhances pages that work without.
   */
  public String script() {
    return SCRIPT;
  }

  private static String resource(String name) {
    try {
      return Resources.toString(Pages.class.getResource(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the resource " + name + " of quiz-web", e);
    }
  }
}

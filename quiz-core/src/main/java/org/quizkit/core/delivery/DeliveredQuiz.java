package org.quizkit.core.delivery;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.LinkedHashMap;
import java.util.Map;
import org.quizkit.core.assembly.Quiz;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Question;
import org.quizkit.core.scoring.Feedback;
import org.quizkit.core.scoring.Scorer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A quiz as a web application delivers it: a JSON view a browser may see, with no key, feedback,
 * explanation, source or tags and with position labels instead of our ids, and server-side scoring
 * of the JSON a browser sends back.
 *
 * <p>The view is a function of the quiz, and the quiz of its spec and seed, so a server need not
 * keep any state between showing a quiz and scoring it: rebuild the quiz from the spec and seed.
 *
 * <pre>{@code
 * DeliveredQuiz delivered = DeliveredQuiz.of(quiz);
 * String forBrowser = delivered.json();
 * String result = delivered.scoreJson("most-site.lung", "{\"selected\": [\"b\"]}");
 * }</pre>
 *
 * <p>Response JSON by kind: single choice and multiple response {@code {"selected": ["a", "c"]}};
 * true/false {@code {"answer": true}}; matching {@code {"pairs": {"1": "b", "2": "a"}}}; ordering
 * {@code {"order": ["c", "a", "b"]}}; short answer {@code {"text": "bones"}}.
 *
 * <p>Immutable and thread-safe.
 */
public final class DeliveredQuiz {
  /** The version of the view and feedback JSON; raised when a field changes meaning. */
  public static final int VERSION = 2;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Quiz quiz;
  private final Map<String, Question> byId;

  private DeliveredQuiz(Quiz quiz) {
    this.quiz = quiz;
    Map<String, Question> index = new LinkedHashMap<>();
    quiz.questions().forEach(q -> index.put(q.id(), q));
    this.byId = index;
  }

  /** Delivers an assembled quiz; its options are shown in the order assembly drew. */
  public static DeliveredQuiz of(Quiz quiz) {
    checkNotNull(quiz, "quiz");
    return new DeliveredQuiz(quiz);
  }

  /** The quiz delivered. */
  public Quiz quiz() {
    return quiz;
  }

  /** The view for a browser: {@code {"format": "quizkit-delivery", "version": 2, ...}}. */
  public String json() {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", "quizkit-delivery");
    root.put("version", VERSION);
    ArrayNode questions = root.putArray("questions");
    quiz.questions().forEach(q -> View.write(q, questions.addObject()));
    return JSON.writeValueAsString(root);
  }

  /**
   * Scores the JSON a browser sent for one question.
   *
   * @throws ResponseException for an unknown question id or a response that cannot be read; the
   *     message names the question and the value
   */
  public Feedback score(String questionId, String responseJson) {
    Question question = question(questionId);
    return Scorer.feedback(question, Responses.read(question, responseJson));
  }

  /**
   * {@link #score} as JSON for the browser: score, whether fully right, the correct answer as text,
   * the explanation, the source section, the feedback of the options chosen (by label) and what is
   * said about a typed answer ({@code answerNotes}).
   */
  public String scoreJson(String questionId, String responseJson) {
    Question question = question(questionId);
    Feedback feedback = Scorer.feedback(question, Responses.read(question, responseJson));
    ObjectNode root = JSON.createObjectNode();
    root.put("format", "quizkit-feedback");
    root.put("version", VERSION);
    root.put("question", feedback.questionId());
    root.put("score", feedback.score().value());
    root.put("fullyRight", feedback.fullyRight());
    ArrayNode answer = root.putArray("correctAnswer");
    feedback.correctAnswer().forEach(answer::add);
    root.put("explanation", feedback.explanation());
    root.put("section", feedback.section());
    Map<String, String> labels = View.labelsOf(question);
    ArrayNode chosen = root.putArray("optionFeedback");
    for (Option option : feedback.chosenFeedback()) {
      chosen
          .addObject()
          .put("id", labels.getOrDefault(option.id(), ""))
          .put("text", option.text())
          .put("feedback", option.feedback());
    }
    ArrayNode notes = root.putArray("answerNotes");
    feedback.answerNotes().forEach(notes::add);
    return JSON.writeValueAsString(root);
  }

  private Question question(String questionId) {
    Question question = byId.get(questionId);
    if (question == null) {
      throw new ResponseException(
          "no question '" + questionId + "' in this quiz (seed " + quiz.seed() + ")");
    }
    return question;
  }
}

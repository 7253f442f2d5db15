package org.quizkit.core.delivery;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import com.google.common.primitives.Longs;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quizkit.core.assembly.Quiz;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;
import org.quizkit.core.response.Response;
import org.quizkit.core.scoring.Feedback;
import org.quizkit.core.scoring.Scorer;
import org.quizkit.core.seed.Seeds;

/**
 * A quiz as a web application delivers it: a JSON view a browser may see, and server-side scoring
 * of the JSON a browser sends back, one question at a time or the whole quiz at once.
 *
 * <p>The view holds only what a learner must see: per question an opaque id, its number, its kind,
 * its stem and its options under position labels ({@code a, b, c} and {@code 1, 2, 3} for matching
 * premises). It holds no key, feedback, explanation, source, tags, difficulty, template or real id,
 * and the options of choice questions are shuffled again for the view, from the seed, so their
 * order says nothing about the key. The opaque ids are a keyed hash of the real id under the seed.
 *
 * <p>The seed is the answer key: anyone who knows it and the spec can rebuild the quiz. A server
 * keeps both to itself, draws seeds from a {@link java.security.SecureRandom}, and keeps this
 * object (immutable and thread-safe) for as long as the quiz is open rather than rebuilding it for
 * each request.
 *
 * <pre>{@code
 * DeliveredQuiz delivered = DeliveredQuiz.of(quiz);
 * String forBrowser = delivered.json();
 * String result = delivered.scoreJson(delivered.ids().get(0), "{\"selected\": [\"b\"]}");
 * String whole = delivered.scoreAllJson("{\"responses\": {\"q0123456789ab\": {\"answer\": true}}}");
 * }</pre>
 *
 * <p>Response JSON by kind: single choice and multiple response {@code {"selected": ["a", "c"]}};
 * true/false {@code {"answer": true}}; matching {@code {"pairs": {"1": "b", "2": "a"}}}; ordering
 * {@code {"order": ["c", "a", "b"]}}; short answer {@code {"text": "bones"}}. JSON Schemas of the
 * view, the responses and the results are in {@code docs/schema/}. Response JSON longer than
 * {@value #MAX_RESPONSE_CHARS} characters or nested deeper than {@value #MAX_RESPONSE_DEPTH} levels
 * is refused before it is parsed further.
 *
 * <p>Immutable and thread-safe.
 */
public final class DeliveredQuiz {
  /** The version of the view, feedback and result JSON; raised when a field changes meaning. */
  public static final int VERSION = 3;

  /** The longest response JSON read, in characters (64 KiB). */
  public static final int MAX_RESPONSE_CHARS = 64 * 1024;

  /** The deepest nesting of objects and arrays read in response JSON. */
  public static final int MAX_RESPONSE_DEPTH = 8;

  /**
   * The name of the partial-credit rule of {@link #scoreAll}: each question weighs 1 and earns its
   * {@link Scorer} score in [0, 1] (single choice, true/false: all or nothing; multiple response:
   * (right - wrong) / keyed, at least 0; matching: keyed pairs / premises; ordering: items in place
   * / items; short answer: the credit of the weakest part); an unanswered question earns 0; the
   * total is the sum, out of the number of questions.
   */
  public static final String PARTIAL_CREDIT = "quizkit-partial-credit-1";

  /** Keeps the view's option order apart from every stream assembly draws. */
  private static final long VIEW_STREAM = 0x7669657773687566L;

  private final Quiz quiz;
  private final ImmutableList<String> ids;
  private final ImmutableMap<String, Question> shown;

  private DeliveredQuiz(Quiz quiz) {
    this.quiz = quiz;
    HashFunction idHash = Hashing.hmacSha256(Longs.toByteArray(quiz.seed()));
    long viewSeed = Seeds.derive(quiz.seed(), VIEW_STREAM);
    ImmutableList.Builder<String> viewIds = ImmutableList.builder();
    Map<String, Question> byId = new LinkedHashMap<>();
    List<Question> questions = quiz.questions();
    for (int i = 0; i < questions.size(); i++) {
      Question question = questions.get(i);
      String id = "q" + idHash.hashString(question.id(), StandardCharsets.UTF_8).toString();
      id = id.substring(0, 13);
      checkArgument(
          byId.put(id, reshuffled(question, Seeds.derive(viewSeed, i))) == null,
          "two questions of the quiz share the view id %s",
          id);
      viewIds.add(id);
    }
    this.ids = viewIds.build();
    this.shown = ImmutableMap.copyOf(byId);
  }

  /**
   * Delivers an assembled quiz: the same quiz and seed always give the same view, ids and option
   * order, so a server that lost this object can rebuild it from the spec and seed.
   */
  public static DeliveredQuiz of(Quiz quiz) {
    checkNotNull(quiz, "quiz");
    return new DeliveredQuiz(quiz);
  }

  /** The quiz delivered (server side only: it holds the keys and the seed). */
  public Quiz quiz() {
    return quiz;
  }

  /** The opaque ids of the view, in quiz order. */
  public List<String> ids() {
    return ids;
  }

  /**
   * The question behind an id of the view, with its options in the order the view shows them
   * (server side only: it holds the key and the real id, which a progress store records).
   */
  public Optional<Question> question(String viewId) {
    return Optional.ofNullable(shown.get(viewId));
  }

  /** The view for a browser: {@code {"format": "quizkit-delivery", "version": 3, ...}}. */
  public String json() {
    return View.quiz(ids, shown);
  }

  /**
   * Scores the JSON a browser sent for one question.
   *
   * @throws ResponseException for an unknown question id or a response that cannot be read (too
   *     long, too deep, not JSON, the wrong shape); the message names the question's view id and
   *     the value, never the seed, the key or the real id
   */
  public Feedback score(String viewId, String responseJson) {
    Question question = known(viewId);
    return Scorer.feedback(question, Responses.read(question, viewId, responseJson));
  }

  /**
   * The response a browser sent for one question, read as {@link #score} reads it: server side
   * only, since it names the real option ids, as a progress store records them.
   *
   * @throws ResponseException as {@link #score} does
   */
  public Response response(String viewId, String responseJson) {
    return Responses.read(known(viewId), viewId, responseJson);
  }

  /**
   * {@link #score} as JSON for the browser ({@code docs/schema/feedback.schema.json}): the view id,
   * score, whether fully right, the correct answer as text, the explanation, the source section,
   * the feedback of the options chosen (by label) and what is said about a typed answer.
   */
  public String scoreJson(String viewId, String responseJson) {
    return View.feedback(viewId, known(viewId), score(viewId, responseJson));
  }

  /**
   * Scores a whole quiz at once: {@code {"responses": {"<view id>": <response>, ...}}}, questions
   * left out unanswered, under the rule named by {@link #PARTIAL_CREDIT}.
   *
   * @throws ResponseException when the JSON cannot be read or names a question not in this quiz;
   *     nothing is scored then
   */
  public QuizResult scoreAll(String responsesJson) {
    Map<String, String> responses = Responses.readAll(responsesJson, shown.keySet());
    List<QuizResult.Scored> scored = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      String response = responses.get(id);
      scored.add(
          new QuizResult.Scored(
              id, i + 1, response == null ? Optional.empty() : Optional.of(score(id, response))));
    }
    return new QuizResult(scored, PARTIAL_CREDIT);
  }

  /** {@link #scoreAll} as JSON for the browser ({@code docs/schema/result.schema.json}). */
  public String scoreAllJson(String responsesJson) {
    return View.result(scoreAll(responsesJson), shown);
  }

  private Question known(String viewId) {
    Question question = viewId == null ? null : shown.get(viewId);
    if (question == null) {
      throw new ResponseException(
          "question '" + Responses.abbreviate(String.valueOf(viewId)) + "'", "not in this quiz");
    }
    return question;
  }

  /**
   * Choice options drawn into a fresh order: assembly spreads a quiz's keys evenly over the
   * positions, so a learner who has seen earlier keys could otherwise guess the next. Matching and
   * ordering keep assembly's order, which never shows them solved.
   */
  private static Question reshuffled(Question question, long seed) {
    return question.accept(
        new Question.Cases<Question>() {
          @Override
          public Question singleChoice(SingleChoice q) {
            return q.shuffled(Seeds.random(seed));
          }

          @Override
          public Question multipleResponse(MultipleResponse q) {
            return q.shuffled(Seeds.random(seed));
          }

          @Override
          public Question trueFalse(TrueFalse q) {
            return q;
          }

          @Override
          public Question matching(Matching q) {
            return q;
          }

          @Override
          public Question ordering(Ordering q) {
            return q;
          }

          @Override
          public Question shortAnswer(ShortAnswer q) {
            return q;
          }
        });
  }
}

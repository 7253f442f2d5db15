package org.quizkit.core;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.quizkit.core.assembly.Candidate;
import org.quizkit.core.assembly.Quiz;
import org.quizkit.core.assembly.QuizAssembler;
import org.quizkit.core.assembly.QuizSpec;
import org.quizkit.core.assembly.Variation;
import org.quizkit.core.question.Question;
import org.quizkit.core.response.Response;
import org.quizkit.core.scoring.Feedback;
import org.quizkit.core.scoring.KeyText;
import org.quizkit.core.scoring.Score;
import org.quizkit.core.scoring.Scorer;
import org.quizkit.core.session.Session;

/**
 * The front door of the question engine: scoring responses, assembling seeded quizzes, running a
 * session, and the key of a question as text.
 *
 * <p>Everything here is deterministic (randomness comes from the spec's seed, time from the clock
 * passed in) and thread-safe; the values returned are immutable, except {@link Session}, which is
 * mutable and meant for one learner on one thread.
 */
public final class QuizEngine {
  private QuizEngine() {}

  /**
   * The score in [0, 1] of {@code response} for {@code question}; full marks exactly when the
   * response is the key. The rule for each kind is documented on {@link Scorer}.
   *
   * @throws IllegalArgumentException when the response is not the kind the question takes
   */
  public static Score score(Question question, Response response) {
    return Scorer.score(question, response);
  }

  /**
   * The score of {@code response} with everything to tell the learner: the key as text, the
   * explanation, the section and the feedback of the options chosen.
   *
   * @throws IllegalArgumentException when the response is not the kind the question takes
   */
  public static Feedback feedback(Question question, Response response) {
    return Scorer.feedback(question, response);
  }

  /**
   * The key of {@code question} as text, one line per part (see {@link KeyText} for the form of
   * each kind): the same text feedback, worksheets, the terminal and exports show.
   */
  public static List<String> keyText(Question question) {
    return KeyText.lines(question);
  }

  /**
   * The response that is the key: what a learner who knows the answer would give (for a short
   * answer, its preferred wording). It always scores full marks; useful for answer keys, tests and
   * checking an integration end to end.
   */
  public static Response keyResponse(Question question) {
    return Scorer.keyResponse(question);
  }

  /**
   * The quiz {@code spec} asks for from {@code bank}: filtered by kind and tag, spread over
   * templates and subjects, questions and options in an order drawn from the seed. The same bank,
   * spec and seed give an equal quiz on any JVM. See {@link QuizAssembler} for the steps.
   *
   * @throws IllegalArgumentException when two questions in the bank share an id
   */
  public static Quiz assemble(List<Question> bank, QuizSpec spec) {
    return QuizAssembler.assemble(bank, spec);
  }

  /**
   * The same quiz as {@link #assemble(List, QuizSpec)} on a bank given as {@linkplain Candidate
   * candidates}, making only the questions the quiz draws: for a bank that is costly to generate in
   * full, such as one question per template and subject, when a quiz takes ten of them.
   *
   * @param make the question for a candidate; it must have the candidate's id, kind, template,
   *     subject and tags, and is called at most once per candidate, only for those the draw looks
   *     at (the questions taken and those the assembly rules refuse)
   * @throws IllegalArgumentException when two candidates share an id, or when {@code make} returns
   *     a question that does not fit its candidate
   */
  public static Quiz assemble(
      List<Candidate> candidates, QuizSpec spec, Function<Candidate, Question> make) {
    return QuizAssembler.assemble(candidates, spec, make);
  }

  /**
   * The versions of one draw for one spec and seed (worksheet versions, exported versions): version
   * A is {@link #assemble(List, QuizSpec, Function)}'s quiz; see {@link
   * QuizAssembler#versions(List, QuizSpec, int, Variation, Function)}.
   */
  public static List<Quiz> versions(
      List<Candidate> candidates,
      QuizSpec spec,
      int versions,
      Variation variation,
      Function<Candidate, Question> make) {
    return QuizAssembler.versions(candidates, spec, versions, variation, make);
  }

  /** The versions of one draw from a bank of questions; see the candidates' overload. */
  public static List<Quiz> versions(
      List<Question> bank, QuizSpec spec, int versions, Variation variation) {
    return QuizAssembler.versions(bank, spec, versions, variation);
  }

  /** A new session on {@code quiz}, timed by {@code clock} from now. */
  public static Session startSession(Quiz quiz, Clock clock) {
    return Session.start(quiz, clock);
  }
}

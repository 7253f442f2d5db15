package org.quizkit.core.session;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quizkit.core.assembly.Quiz;
import org.quizkit.core.question.Question;
import org.quizkit.core.response.Response;
import org.quizkit.core.scoring.Feedback;
import org.quizkit.core.scoring.KeyText;
import org.quizkit.core.scoring.Score;
import org.quizkit.core.scoring.Scorer;

/**
 * One learner taking one quiz, one question at a time, with no input or output of its own: a
 * terminal, a worksheet checker or an LMS bridge drives it.
 *
 * <p>The loop is: show {@link #current()}, then either {@link #answer(Response)} it (which scores
 * it and returns the feedback to show) and call {@link #next()}, or {@link #skip()} it (which moves
 * on at once); stop when {@link #finished()}. {@link #quit()} ends early. {@link #summary()} may be
 * called at any time.
 *
 * <pre>{@code
 * Session session = QuizEngine.startSession(quiz, Clock.systemUTC());
 * while (!session.finished()) {
 *   Question question = session.current();
 *   Feedback feedback = session.answer(readResponse(question));
 *   show(feedback);
 *   session.next();
 * }
 * Summary summary = session.summary();
 * }</pre>
 *
 * <p>Calling these in the wrong order (answering after the end, answering a question twice,
 * skipping an answered question, moving on before answering or skipping) is a programming error and
 * throws {@link IllegalStateException}.
 *
 * <p><b>Mutable and not thread-safe</b>: use one session per learner, from one thread at a time.
 * Everything it returns ({@link Question}, {@link Feedback}, {@link Summary}) is immutable.
 */
public final class Session {
  private final Quiz quiz;
  private final Clock clock;
  private final Instant startedAt;
  private final Feedback[] feedback;
  private final boolean[] skipped;
  private int position;
  private boolean quit;
  private Instant endedAt;

  private Session(Quiz quiz, Clock clock) {
    this.quiz = quiz;
    this.clock = clock;
    this.startedAt = clock.instant();
    this.feedback = new Feedback[quiz.size()];
    this.skipped = new boolean[quiz.size()];
    if (quiz.size() == 0) {
      endedAt = startedAt;
    }
  }

  /** A session on {@code quiz} whose time is read from {@code clock}; the time starts now. */
  public static Session start(Quiz quiz, Clock clock) {
    checkNotNull(quiz, "quiz");
    checkNotNull(clock, "clock");
    return new Session(quiz, clock);
  }

  /** The quiz being taken. */
  public Quiz quiz() {
    return quiz;
  }

  /** How many questions the quiz has. */
  public int total() {
    return quiz.size();
  }

  /**
   * How many questions have been passed (answered and moved on from, or skipped): the 0-based index
   * of the current question, so a display shows "question {@code position() + 1} of {@code
   * total()}". Equals {@link #total()} once every question is passed.
   */
  public int position() {
    return position;
  }

  /** Whether the session is over: every question passed, or the learner quit. */
  public boolean finished() {
    return quit || position == quiz.size();
  }

  /** The question to show now. */
  public Question current() {
    checkNotFinished("there is no current question");
    return quiz.questions().get(position);
  }

  /** The feedback for the current question if it has been answered (and not yet moved on from). */
  public Optional<Feedback> currentFeedback() {
    return finished() ? Optional.empty() : Optional.ofNullable(feedback[position]);
  }

  /**
   * Scores {@code response} to the current question and returns what to tell the learner; the
   * session stays on this question until {@link #next()}.
   *
   * @throws IllegalStateException when the session is over or the question is already answered
   * @throws IllegalArgumentException when the response is not the kind the question takes
   */
  public Feedback answer(Response response) {
    checkNotFinished("cannot answer");
    Question question = quiz.questions().get(position);
    checkState(
        feedback[position] == null,
        "question '%s' (%s of %s) is already answered; call next()",
        question.id(),
        position + 1,
        total());
    Feedback given = Scorer.feedback(question, response);
    feedback[position] = given;
    if (position == total() - 1) {
      endedAt = clock.instant();
    }
    return given;
  }

  /**
   * Moves on from the answered current question.
   *
   * @throws IllegalStateException when the session is over or the current question is unanswered
   */
  public void next() {
    checkNotFinished("cannot move on");
    checkState(
        feedback[position] != null,
        "question '%s' (%s of %s) is not answered; answer or skip it",
        quiz.questions().get(position).id(),
        position + 1,
        total());
    position++;
  }

  /**
   * Goes back to the question before the current one and forgets its answer, so that it is asked
   * again (the learner's slip taken back).
   *
   * @throws IllegalStateException when the session is over, the current question is answered, or
   *     the one before it was not answered
   */
  public void back() {
    checkNotFinished("cannot go back");
    checkState(
        position > 0 && feedback[position - 1] != null && feedback[position] == null,
        "cannot go back from question %s of %s: the one before must be answered and this one not",
        position + 1,
        total());
    position--;
    feedback[position] = null;
  }

  /**
   * Counts the answer to the question before the current one as fully right, on the learner's word
   * (a typed answer the matcher did not accept), and returns the new feedback.
   *
   * @throws IllegalStateException when the session is over or the question before was not answered
   */
  public Feedback countPreviousAsRight() {
    checkNotFinished("cannot change an answer");
    checkState(
        position > 0 && feedback[position - 1] != null,
        "question %s of %s has no answered question before it",
        position + 1,
        total());
    Feedback was = feedback[position - 1];
    Feedback right =
        new Feedback(
            was.questionId(),
            Score.full(),
            true,
            was.correctAnswer(),
            was.explanation(),
            was.section(),
            was.chosenFeedback(),
            was.answerNotes());
    feedback[position - 1] = right;
    return right;
  }

  /**
   * Passes over the current question without answering it, and moves on.
   *
   * @throws IllegalStateException when the session is over or the current question is answered
   */
  public void skip() {
    checkNotFinished("cannot skip");
    checkState(
        feedback[position] == null,
        "question '%s' (%s of %s) is already answered; call next()",
        quiz.questions().get(position).id(),
        position + 1,
        total());
    skipped[position] = true;
    position++;
    if (position == total()) {
      endedAt = clock.instant();
    }
  }

  /**
   * Ends the session now; questions not reached count as unanswered. Does nothing once the session
   * is over.
   */
  public void quit() {
    if (!finished()) {
      quit = true;
      if (endedAt == null) {
        endedAt = clock.instant();
      }
    }
  }

  /** How the session has gone so far (or went, once it is over). */
  public Summary summary() {
    int answered = 0;
    int skips = 0;
    double totalScore = 0;
    List<Miss> missed = new ArrayList<>();
    for (int i = 0; i < total(); i++) {
      Question question = quiz.questions().get(i);
      Feedback given = feedback[i];
      if (given != null) {
        answered++;
        totalScore += given.score().value();
        if (!given.fullyRight()) {
          double value = given.score().value();
          missed.add(
              miss(question, value > 0 ? Miss.Reason.PARTLY_RIGHT : Miss.Reason.WRONG, value));
        }
      } else if (skipped[i]) {
        skips++;
        missed.add(miss(question, Miss.Reason.SKIPPED, 0));
      } else {
        missed.add(miss(question, Miss.Reason.UNANSWERED, 0));
      }
    }
    Instant end = endedAt != null ? endedAt : clock.instant();
    double percentage = total() == 0 ? 0 : Math.min(100, 100 * totalScore / total());
    return new Summary(
        total(),
        answered,
        skips,
        total() - answered - skips,
        totalScore,
        percentage,
        Duration.between(startedAt, end),
        missed,
        quiz.seed(),
        quit);
  }

  private static Miss miss(Question question, Miss.Reason reason, double score) {
    return new Miss(
        question.id(),
        question.stem(),
        reason,
        score,
        KeyText.lines(question),
        question.info().explanation(),
        question.info().section());
  }

  private void checkNotFinished(String what) {
    checkState(
        !finished(),
        "%s: the session is over (%s of %s questions passed%s)",
        what,
        position,
        total(),
        quit ? ", learner quit" : "");
  }
}

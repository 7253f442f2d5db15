package org.quizkit.serve;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quizkit.content.QuizContent;
import org.quizkit.content.learner.Attempts;
import org.quizkit.content.learner.Masteries;
import org.quizkit.content.learner.Selections;
import org.quizkit.content.learner.Shortfall;
import org.quizkit.content.module.LearningModule;
import org.quizkit.content.module.Mastery;
import org.quizkit.content.module.Modules;
import org.quizkit.core.assembly.Quiz;
import org.quizkit.core.assembly.QuizSpec;
import org.quizkit.core.delivery.DeliveredQuiz;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Question;
import org.quizkit.core.scoring.Feedback;
import org.quizkit.core.scoring.Score;

/**
 * The learner's runs: practice, learning rounds until mastery and reviews, by the rules the
 * terminal's {@code quiz practice}, {@code learn} and {@code review} follow ({@link Selections},
 * {@link Masteries}). A run's quiz is rebuilt from its {@link Run} (the same run always gives the
 * same quiz) and kept for a while, since assembling it costs more than a request.
 *
 * <p>Not thread-safe: the server calls it under its lock.
 */
final class Flows {
  private static final int CACHED = 32;

  private final QuizContent content;
  private final Store store;
  private final Clock clock;
  private final Map<QuizKey, DeliveredQuiz> cache =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<QuizKey, DeliveredQuiz> eldest) {
          return size() > CACHED;
        }
      };

  Flows(QuizContent content, Store store, Clock clock) {
    this.content = content;
    this.store = store;
    this.clock = clock;
  }

  QuizContent content() {
    return content;
  }

  Store store() {
    return store;
  }

  Masteries masteries() {
    return Masteries.of(content, store.attempts());
  }

  Optional<LearningModule> module(String id) {
    return content.modules().stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /**
   * A practice of {@code count} questions (of {@code module}, when not empty; of {@code kinds},
   * when not empty; on the weak facts first, when {@code weak}, as {@code quiz practice --weak});
   * empty if none matches.
   */
  Optional<Run> practice(String module, int count, List<Kind> kinds, boolean weak, long seed) {
    List<String> kindIds = kinds.stream().map(Kind::id).toList();
    Run run = Run.practice(module, seed, count, kindIds);
    if (weak) {
      List<Question> chosen = Selections.weakFirst(content, practiceSpec(run), store.attempts());
      run = Run.weakPractice(module, seed, count, kindIds, ids(chosen));
    }
    return delivered(run).ids().isEmpty() ? Optional.empty() : Optional.of(run);
  }

  /** A first learning round of {@code module}; empty when it has no questions here. */
  Optional<Run> learn(LearningModule module, long seed) {
    List<Question> bank = Masteries.bank(content);
    List<Question> questions = module.questions(bank);
    if (questions.isEmpty()) {
      return Optional.empty();
    }
    boolean mastered = Modules.mastery(module, bank, store.attempts()).reached();
    return Optional.of(Run.learn(module.id(), seed, ids(questions), mastered));
  }

  /** A review of the facts due now, at most {@code limit} questions; empty when none is due. */
  Optional<Run> review(int limit, long seed) {
    List<String> due = store.due(clock.instant());
    List<Question> questions = Selections.questionsFor(due, content.bank(seed), seed);
    if (questions.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Run.review(seed, limit, ids(questions)));
  }

  /**
   * What a practice says when fewer questions match its choices than were asked for, in the
   * terminal's words ({@link Shortfall}); empty for other runs and for a practice as big as asked.
   */
  Optional<String> shortfall(Run run) {
    if (run.flow() != Run.Flow.PRACTICE) {
      return Optional.empty();
    }
    Quiz quiz = delivered(run).quiz();
    if (quiz.size() >= run.count()) {
      return Optional.empty();
    }
    int matching = content.available(practiceSpec(run));
    String note =
        quiz.size() == matching
            ? Shortfall.note(matching, run.count())
            : Shortfall.rules(quiz.size(), run.count());
    return Optional.of(Character.toUpperCase(note.charAt(0)) + note.substring(1) + ".");
  }

  /** The run's quiz as the browser gets it. */
  DeliveredQuiz delivered(Run run) {
    QuizKey key =
        new QuizKey(
            run.flow(),
            run.module(),
            run.seed(),
            run.count(),
            run.questions(),
            run.round(),
            run.weak(),
            run.kinds());
    DeliveredQuiz quiz = cache.get(key);
    if (quiz == null) {
      quiz = DeliveredQuiz.of(quiz(run));
      cache.put(key, quiz);
    }
    return quiz;
  }

  /** The view id of the question at the run's position, if the round has one there. */
  Optional<String> current(Run run) {
    List<String> ids = delivered(run).ids();
    return run.position() < ids.size() ? Optional.of(ids.get(run.position())) : Optional.empty();
  }

  /**
   * Scores the answer {@code responseJson} to the current question, records it in the store (the
   * attempt and the memory of its facts) and returns the run with the answer.
   *
   * @throws org.quizkit.core.delivery.ResponseException when the JSON cannot be read
   */
  Run answer(Run run, String viewId, String responseJson) {
    DeliveredQuiz quiz = delivered(run);
    Feedback feedback = quiz.score(viewId, responseJson);
    Question question = quiz.question(viewId).orElseThrow();
    Run answered = run.answer(responseJson, feedback.score().value(), question.id());
    // A typed answer not accepted is held, as the terminal holds it, until the learner goes on or
    // counts it as right (countAsRight): only one of the two is recorded.
    if (!held(answered)) {
      store.record(
          Attempts.of(
              store.learner(),
              question,
              quiz.response(viewId, responseJson),
              feedback,
              clock.instant(),
              false));
    }
    return answered;
  }

  /** Whether the run's answer is a typed one not accepted, not recorded yet. */
  boolean held(Run run) {
    if (!run.answered() || run.done() || run.scores().isEmpty()) {
      return false;
    }
    Optional<Question> question = current(run).flatMap(id -> delivered(run).question(id));
    return question.isPresent()
        && question.get().kind() == Kind.SHORT_ANSWER
        && run.scores().get(run.scores().size() - 1) < 1;
  }

  /** Whether the run's answer is a typed one the learner counted as right. */
  boolean countedAsRight(Run run) {
    if (!run.answered() || run.scores().isEmpty()) {
      return false;
    }
    String viewId = current(run).orElseThrow();
    return run.scores().get(run.scores().size() - 1) == 1
        && !delivered(run).score(viewId, run.response()).fullyRight();
  }

  /** Records the held miss, if any: the learner goes on. */
  void keep(Run run) {
    if (held(run)) {
      DeliveredQuiz quiz = delivered(run);
      String viewId = current(run).orElseThrow();
      store.record(
          Attempts.of(
              store.learner(),
              quiz.question(viewId).orElseThrow(),
              quiz.response(viewId, run.response()),
              quiz.score(viewId, run.response()),
              clock.instant(),
              false));
    }
  }

  /**
   * The learner's word that the held typed answer was right, recorded as the terminal's {@code r}
   * records it: one attempt, fully right, marked overridden. The run unchanged when none is held.
   */
  Run countAsRight(Run run) {
    if (!held(run)) {
      return run;
    }
    DeliveredQuiz quiz = delivered(run);
    String viewId = current(run).orElseThrow();
    Question question = quiz.question(viewId).orElseThrow();
    Feedback was = quiz.score(viewId, run.response());
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
    store.record(
        Attempts.of(
            store.learner(),
            question,
            quiz.response(viewId, run.response()),
            right,
            clock.instant(),
            true));
    return run.countedAsRight(question.id());
  }

  /** The mastery of the module a learning run is on. */
  Mastery mastery(Run run) {
    LearningModule module = module(run.module()).orElseThrow();
    return Modules.mastery(module, Masteries.bank(content), store.attempts());
  }

  /**
   * The run after the learner reads the feedback: the next question, the next round (learning: the
   * questions on facts not mastered yet; review: the questions missed, once), or the end.
   */
  Run next(Run run) {
    if (run.flow() == Run.Flow.LEARN && !run.practiceOnly() && mastery(run).reached()) {
      return run.finished();
    }
    Run next = run.next();
    if (current(next).isPresent()) {
      return next;
    }
    switch (run.flow()) {
      case LEARN -> {
        if (run.practiceOnly()) {
          return run.finished();
        }
        LearningModule module = module(run.module()).orElseThrow();
        List<Question> left =
            Selections.notMastered(module.questions(Masteries.bank(content)), store.attempts());
        return left.isEmpty() ? run.finished() : run.nextRound(ids(left));
      }
      case REVIEW -> {
        if (run.round() > 1 || run.missed().isEmpty()) {
          return run.finished();
        }
        Set<String> missed = Set.copyOf(run.missed());
        List<String> again =
            delivered(run).quiz().questions().stream()
                .map(Question::id)
                .filter(missed::contains)
                .toList();
        return run.nextRound(again);
      }
      default -> {
        return run.finished();
      }
    }
  }

  private Quiz quiz(Run run) {
    return switch (run.flow()) {
      case PRACTICE ->
          run.weak()
              ? Selections.weakPractice(
                  byIds(content.bank(run.seed()), run.questions()), run.seed())
              : content.quiz(practiceSpec(run));
      case LEARN ->
          Selections.learningRound(
              module(run.module()).orElseThrow(),
              byIds(Masteries.bank(content), run.questions()),
              run.seed(),
              run.round());
      case REVIEW -> {
        List<Question> questions = byIds(content.bank(run.seed()), run.questions());
        yield run.round() == 1
            ? Selections.review(questions, run.count(), run.seed())
            : Selections.reviewAgain(questions, run.seed());
      }
    };
  }

  private static QuizSpec practiceSpec(Run run) {
    QuizSpec spec =
        QuizSpec.builder()
            .count(run.count())
            .seed(run.seed())
            .build()
            .withKinds(
                run.kinds().stream()
                    .map(Kind::fromId)
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
    return run.module().isEmpty()
        ? spec
        : spec.withTags(Set.of(QuizContent.moduleTag(run.module())));
  }

  private static List<Question> byIds(List<Question> bank, List<String> ids) {
    Map<String, Question> byId =
        bank.stream().collect(Collectors.toMap(Question::id, Function.identity(), (a, b) -> a));
    return ids.stream().map(byId::get).filter(q -> q != null).toList();
  }

  private static List<String> ids(List<Question> questions) {
    return questions.stream().map(Question::id).toList();
  }

  /** What a run's quiz is drawn from: runs that agree on it have the same quiz. */
  private record QuizKey(
      Run.Flow flow,
      String module,
      long seed,
      int count,
      List<String> questions,
      int round,
      boolean weak,
      List<String> kinds) {}
}

package org.quizkit.serve;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a learner is in one practice, learning round or review: everything needed to rebuild its
 * quiz (which holds the keys, so it stays on the server) and to go on after a restart.
 *
 * @param flow what the learner is doing
 * @param module the module learnt or practised; empty for none
 * @param seed the seed the quiz was drawn with (the answer key: never sent to the browser)
 * @param count the number of questions asked for (practice) or the limit (review)
 * @param questions the real ids of the questions a learning round or review is assembled from, in
 *     the order given to assembly; empty for practice, which draws from its spec
 * @param round the round, from 1 (learning rounds; a review's second pass over its misses)
 * @param position the question answered or to answer, from 0, in quiz order
 * @param response the response JSON given to the question at {@code position}, empty before the
 *     learner answers it
 * @param scores the score of every answer of this run, in order
 * @param missed the real ids of the questions of this round not answered fully right
 * @param practiceOnly learning a module already mastered: one round, no stop at mastery
 * @param done whether the run has ended (its summary is shown)
 * @param weak a practice on the learner's weak facts first; its {@code questions} are then the ones
 *     chosen when it started, so that answering does not change the quiz under the learner
 * @param kinds the ids of the kinds of question a practice draws; empty for every kind
 */
record Run(
    Flow flow,
    String module,
    long seed,
    int count,
    List<String> questions,
    int round,
    int position,
    String response,
    List<Double> scores,
    List<String> missed,
    boolean practiceOnly,
    boolean done,
    boolean weak,
    List<String> kinds) {

  /** What a learner is doing in a run. */
  enum Flow {
    PRACTICE,
    LEARN,
    REVIEW
  }

  Run {
    checkNotNull(flow, "flow");
    checkNotNull(module, "module");
    checkArgument(count >= 0, "count %s of a %s run is negative", count, flow);
    questions = List.copyOf(questions);
    checkArgument(round >= 1, "round %s of a %s run is before the first", round, flow);
    checkArgument(position >= 0, "position %s of a %s run is negative", position, flow);
    checkNotNull(response, "response");
    scores = List.copyOf(scores);
    missed = List.copyOf(missed);
    // Absent from the session files of earlier versions: every kind.
    kinds = kinds == null ? List.of() : List.copyOf(kinds);
  }

  static Run practice(String module, long seed, int count, List<String> kinds) {
    return start(Flow.PRACTICE, module, seed, count, List.of(), false, false, kinds);
  }

  /** A practice on the weak facts first, over the questions chosen as it starts. */
  static Run weakPractice(
      String module, long seed, int count, List<String> kinds, List<String> questions) {
    return start(Flow.PRACTICE, module, seed, count, questions, false, true, kinds);
  }

  static Run learn(String module, long seed, List<String> questions, boolean practiceOnly) {
    return start(
        Flow.LEARN, module, seed, questions.size(), questions, practiceOnly, false, List.of());
  }

  static Run review(long seed, int limit, List<String> questions) {
    return start(Flow.REVIEW, "", seed, limit, questions, false, false, List.of());
  }

  boolean answered() {
    return !response.isEmpty();
  }

  /** This run after the answer {@code response} to the current question, scored {@code score}. */
  Run answer(String responseJson, double score, String questionId) {
    List<Double> allScores = new ArrayList<>(scores);
    allScores.add(score);
    List<String> allMissed = new ArrayList<>(missed);
    if (score < 1) {
      allMissed.add(questionId);
    }
    return new Run(
        flow,
        module,
        seed,
        count,
        questions,
        round,
        position,
        responseJson,
        allScores,
        allMissed,
        practiceOnly,
        done,
        weak,
        kinds);
  }

  /** This run with its last answer, to question {@code questionId}, counted as fully right. */
  Run countedAsRight(String questionId) {
    List<Double> allScores = new ArrayList<>(scores);
    allScores.set(allScores.size() - 1, 1.0);
    List<String> allMissed = new ArrayList<>(missed);
    allMissed.remove(questionId);
    return new Run(
        flow,
        module,
        seed,
        count,
        questions,
        round,
        position,
        response,
        allScores,
        allMissed,
        practiceOnly,
        done,
        weak,
        kinds);
  }

  /** This run at the next question of the same round. */
  Run next() {
    return new Run(
        flow,
        module,
        seed,
        count,
        questions,
        round,
        position + 1,
        "",
        scores,
        missed,
        practiceOnly,
        done,
        weak,
        kinds);
  }

  /** This run at the first question of its next round, over {@code roundQuestions}. */
  Run nextRound(List<String> roundQuestions) {
    return new Run(
        flow,
        module,
        seed,
        roundQuestions.size(),
        roundQuestions,
        round + 1,
        0,
        "",
        scores,
        List.of(),
        practiceOnly,
        false,
        weak,
        kinds);
  }

  /** This run, ended. */
  Run finished() {
    return new Run(
        flow,
        module,
        seed,
        count,
        questions,
        round,
        position,
        "",
        scores,
        missed,
        practiceOnly,
        true,
        weak,
        kinds);
  }

  /** A run at its start: round 1, nothing answered yet. */
  private static Run start(
      Flow flow,
      String module,
      long seed,
      int count,
      List<String> questions,
      boolean practiceOnly,
      boolean weak,
      List<String> kinds) {
    return new Run(
        flow,
        module,
        seed,
        count,
        questions,
        1,
        0,
        "",
        List.of(),
        List.of(),
        practiceOnly,
        false,
        weak,
        kinds);
  }
}

package org.quizkit.core.question;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The learner types the answer.
 *
 * @param accepted the answers that count as right, the preferred wording first
 * @param keyed the accepted answers shown as the key, each one of {@code accepted}: one when a
 *     single answer is asked for, several when any one of them counts (for example every most
 *     common site, without their synonyms)
 * @param rivals other known answers in the same domain (for example every other site); a typed
 *     answer closer to one of these than to an accepted answer is never accepted
 * @param notes graded alternatives: typed answers that earn a note's credit and show its feedback.
 *     No note answer is also an accepted answer, and none is ever treated as a rival
 */
public record ShortAnswer(
    String id,
    String stem,
    List<String> accepted,
    List<String> keyed,
    List<String> rivals,
    List<TypedAnswerNote> notes,
    QuestionInfo info)
    implements Question {
  public ShortAnswer {
    Checks.header(id, stem, info);
    accepted = List.copyOf(accepted);
    keyed = List.copyOf(keyed);
    rivals = List.copyOf(rivals);
    notes = List.copyOf(notes);
    checkArgument(!accepted.isEmpty(), "question '%s' accepts no answer", id);
    checkArgument(
        accepted.stream().noneMatch(String::isBlank), "question '%s' accepts a blank answer", id);
    checkArgument(!keyed.isEmpty(), "question '%s' shows no key", id);
    for (String key : keyed) {
      checkArgument(
          accepted.contains(key),
          "question '%s' shows '%s' as its key, which is not accepted (accepted: %s)",
          id,
          key,
          accepted);
    }
    Set<String> seen = new HashSet<>(accepted);
    for (TypedAnswerNote note : notes) {
      for (String answer : note.answers()) {
        checkArgument(
            seen.add(answer),
            "question '%s' lists '%s' twice among its accepted and noted answers",
            id,
            answer);
      }
    }
  }

  /** A question with no notes, whose key is its preferred wording. */
  public ShortAnswer(
      String id, String stem, List<String> accepted, List<String> rivals, QuestionInfo info) {
    this(id, stem, accepted, first(accepted), rivals, List.of(), info);
  }

  /** A question with notes, whose key is its preferred wording. */
  public ShortAnswer(
      String id,
      String stem,
      List<String> accepted,
      List<String> rivals,
      List<TypedAnswerNote> notes,
      QuestionInfo info) {
    this(id, stem, accepted, first(accepted), rivals, notes, info);
  }

  private static List<String> first(List<String> accepted) {
    return accepted.isEmpty() ? List.of() : List.of(accepted.get(0));
  }

  /** The preferred wording of the answer. */
  public String answer() {
    return accepted.get(0);
  }

  @Override
  public Kind kind() {
    return Kind.SHORT_ANSWER;
  }

  @Override
  public <R> R accept(Cases<R> cases) {
    return cases.shortAnswer(this);
  }

  @Override
  public ShortAnswer shuffled(RandomGenerator random) {
    return this;
  }

  @Override
  public ShortAnswer withInfo(QuestionInfo newInfo) {
    return new ShortAnswer(id, stem, accepted, keyed, rivals, notes, newInfo);
  }

  @Override
  public List<Option> shownOptions() {
    return List.of();
  }
}

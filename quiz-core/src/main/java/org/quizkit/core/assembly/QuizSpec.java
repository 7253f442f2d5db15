package org.quizkit.core.assembly;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import java.util.List;
import java.util.Set;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Question;

/**
 * What quiz to assemble from a bank.
 *
 * <p>Immutable and thread-safe. The sets are copied into sets with a fixed iteration order (kinds
 * in declaration order, tags sorted), so a spec prints the same way on every run.
 *
 * @param count how many questions are wanted; at least 1
 * @param kinds the kinds allowed; empty means every kind
 * @param tags the tags wanted; a question matches when it has any of them; empty means every
 *     question
 * @param seed decides selection, question order and option order; the same bank, spec and seed give
 *     the same quiz
 */
public record QuizSpec(int count, Set<Kind> kinds, Set<String> tags, long seed) {
  public QuizSpec {
    checkArgument(count >= 1, "a quiz needs at least 1 question, not %s", count);
    checkNotNull(kinds, "kinds");
    checkNotNull(tags, "tags");
    kinds = Sets.immutableEnumSet(kinds);
    tags = ImmutableSortedSet.copyOf(tags);
    checkArgument(tags.stream().noneMatch(String::isBlank), "blank tag in %s", tags);
  }

  /** A spec for {@code count} questions of any kind and tag. */
  public static QuizSpec of(int count, long seed) {
    return new QuizSpec(count, Set.of(), Set.of(), seed);
  }

  /** A copy allowing only these kinds (empty: every kind). */
  public QuizSpec withKinds(Set<Kind> newKinds) {
    return new QuizSpec(count, newKinds, tags, seed);
  }

  /** A copy wanting questions with any of these tags (empty: every question). */
  public QuizSpec withTags(Set<String> newTags) {
    return new QuizSpec(count, kinds, newTags, seed);
  }

  /** A copy with another seed. */
  public QuizSpec withSeed(long newSeed) {
    return new QuizSpec(count, kinds, tags, newSeed);
  }

  /** Whether {@code question} is of an allowed kind and has a wanted tag. */
  public boolean matches(Question question) {
    return matches(question.kind(), question.info().tags());
  }

  /** Whether {@code candidate} is of an allowed kind and has a wanted tag. */
  public boolean matches(Candidate candidate) {
    return matches(candidate.kind(), candidate.tags());
  }

  private boolean matches(Kind kind, List<String> questionTags) {
    return (kinds.isEmpty() || kinds.contains(kind))
        && (tags.isEmpty() || questionTags.stream().anyMatch(tags::contains));
  }
}

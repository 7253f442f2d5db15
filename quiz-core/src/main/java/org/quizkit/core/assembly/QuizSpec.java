package org.quizkit.core.assembly;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

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

  /**
   * A builder that names each argument, so count and seed cannot change places: {@code
   * QuizSpec.builder().count(20).seed(7).build()}. Count and seed must be given; kinds and tags
   * default to every kind and every question.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this spec's values. */
  public Builder toBuilder() {
    return new Builder().count(count).kinds(kinds).tags(tags).seed(seed);
  }

  /** Builds a {@link QuizSpec} from named values. Mutable, for one thread. */
  public static final class Builder {
    private Integer count;
    private Long seed;
    private Set<Kind> kinds = Set.of();
    private Set<String> tags = Set.of();

    private Builder() {}

    /** How many questions are wanted; at least 1. */
    public Builder count(int newCount) {
      this.count = newCount;
      return this;
    }

    /** The seed that decides selection, question order and option order. */
    public Builder seed(long newSeed) {
      this.seed = newSeed;
      return this;
    }

    /** The kinds allowed (empty: every kind). */
    public Builder kinds(Set<Kind> newKinds) {
      this.kinds = checkNotNull(newKinds, "kinds");
      return this;
    }

    /** The tags wanted; a question matches when it has any of them (empty: every question). */
    public Builder tags(Set<String> newTags) {
      this.tags = checkNotNull(newTags, "tags");
      return this;
    }

    /**
     * The spec.
     *
     * @throws IllegalStateException when the count or the seed was not given
     * @throws IllegalArgumentException when a value is out of range
     */
    public QuizSpec build() {
      checkState(count != null, "a quiz spec needs a count: call count(...)");
      checkState(seed != null, "a quiz spec needs a seed: call seed(...)");
      return new QuizSpec(count, kinds, tags, seed);
    }
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

package org.quizkit.core.response;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a learner answered. Each kind of question takes one kind of response: choice questions a
 * {@link Choice}, true/false a {@link Judgement}, matching {@link Pairs}, ordering a {@link
 * Sequence}, short answer a {@link Text}. Ids are the ids of options, never display letters.
 *
 * <p>Code that must treat each kind of response differently implements {@link Cases}, so that
 * adding a kind breaks every such place at compile time, as {@code Question.Cases} does for
 * questions.
 *
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface Response
    permits Response.Choice, Response.Judgement, Response.Pairs, Response.Sequence, Response.Text {

  /** Dispatches on the kind of this response. */
  <R> R accept(Cases<R> cases);

  /** One method per kind of response: the exhaustive alternative to a type switch. */
  interface Cases<R> {
    R choice(Choice response);

    R judgement(Judgement response);

    R pairs(Pairs response);

    R sequence(Sequence response);

    R text(Text response);
  }

  /** The options selected; for a single-choice question exactly one is expected. */
  record Choice(Set<String> selected) implements Response {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.choice(this);
    }

    public Choice {
      selected = Collections.unmodifiableSet(new TreeSet<>(selected));
    }

    /** A choice of these option ids. */
    public static Choice of(String... ids) {
      return new Choice(Set.of(ids));
    }
  }

  /** A verdict on a true/false statement. */
  record Judgement(boolean value) implements Response {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.judgement(this);
    }
  }

  /** Premise id to choice id; premises left out are unanswered. */
  record Pairs(Map<String, String> pairs) implements Response {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.pairs(this);
    }

    public Pairs {
      pairs = Collections.unmodifiableMap(new LinkedHashMap<>(pairs));
    }
  }

  /** Item ids in the order the learner put them. */
  record Sequence(List<String> order) implements Response {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.sequence(this);
    }

    public Sequence {
      order = List.copyOf(order);
      checkArgument(
          order.stream().distinct().count() == order.size(), "order repeats an item: %s", order);
    }
  }

  /** Typed text, as typed. */
  record Text(String text) implements Response {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.text(this);
    }

    public Text {
      checkNotNull(text, "text");
    }
  }
}

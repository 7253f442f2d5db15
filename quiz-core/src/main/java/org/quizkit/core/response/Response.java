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
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface Response
    permits Response.Choice, Response.Judgement, Response.Pairs, Response.Sequence, Response.Text {

  /** The options selected; for a single-choice question exactly one is expected. */
  record Choice(Set<String> selected) implements Response {
    public Choice {
      selected = Collections.unmodifiableSet(new TreeSet<>(selected));
    }

    /** A choice of these option ids. */
    public static Choice of(String... ids) {
      return new Choice(Set.of(ids));
    }
  }

  /** A verdict on a true/false statement. */
  record Judgement(boolean value) implements Response {}

  /** Premise id to choice id; premises left out are unanswered. */
  record Pairs(Map<String, String> pairs) implements Response {
    public Pairs {
      pairs = Collections.unmodifiableMap(new LinkedHashMap<>(pairs));
    }
  }

  /** Item ids in the order the learner put them. */
  record Sequence(List<String> order) implements Response {
    public Sequence {
      order = List.copyOf(order);
      checkArgument(
          order.stream().distinct().count() == order.size(), "order repeats an item: %s", order);
    }
  }

  /** Typed text, as typed. */
  record Text(String text) implements Response {
    public Text {
      checkNotNull(text, "text");
    }
  }
}

package org.quizkit.content.dataset;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * An order the source gives: a path a cancer grows along, or a chain of events.
 *
 * @param cancer the cancer id it is about, or empty
 * @param prompt the question's instruction, in our own words
 * @param items in their right order (the loader sorts them by their {@code order})
 */
public record Sequence(
    String id, String cancer, String prompt, List<Sequence.Item> items, String section) {
  /** Checks every text is present and there are at least two items. */
  public Sequence {
    checkNotNull(id, "id");
    checkNotNull(cancer, "cancer");
    checkNotNull(prompt, "prompt");
    checkNotNull(section, "section");
    items = List.copyOf(items);
    checkArgument(items.size() >= 2, "sequence %s has %s items, want 2 or more", id, items.size());
  }

  /** One place in a sequence. */
  public record Item(String id, String text, int order) {
    /** Checks every text is present and the order is positive. */
    public Item {
      checkNotNull(id, "id");
      checkNotNull(text, "text");
      checkArgument(order > 0, "item %s has order %s, want 1 or more", id, order);
    }
  }
}

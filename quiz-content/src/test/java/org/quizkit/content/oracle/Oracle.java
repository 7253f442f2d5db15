package org.quizkit.content.oracle;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates claims against a {@link SpreadFile} exactly as the table in {@code docs/claims.md}
 * says, and nothing more. Written from that page alone: it shares no code with the generators or
 * the dataset loader, so when the two disagree a validity property fails.
 *
 * <p>An id the file does not know makes a claim {@code UNDECIDED} (never {@code FALSE}): the
 * contract gives that rule for {@code claim} and {@code cause}, and the oracle applies it to every
 * relation so that a distractor naming nothing real can never count as a false option.
 *
 * <p>Immutable and thread-safe.
 */
final class Oracle {
  private final SpreadFile file;

  Oracle(SpreadFile file) {
    this.file = checkNotNull(file, "file");
  }

  /** The file the oracle reads. */
  SpreadFile file() {
    return file;
  }

  /**
   * Evaluates a closed claim written as text.
   *
   * @throws IllegalArgumentException when the claim is malformed, has a hole, names an unknown
   *     relation, or is {@code order()}, which is not a truth claim (see {@link #inOrder})
   */
  Truth evaluate(String claim) {
    return evaluate(Assertion.parse(claim));
  }

  /** Evaluates a closed claim; see {@link #evaluate(String)}. */
  Truth evaluate(Assertion claim) {
    checkArgument(claim.isClosed(), "claim %s has a hole; fill it before evaluating", claim);
    List<String> a = claim.args();
    return switch (claim.relation()) {
      case MOST -> most(a.get(0), a.get(1));
      case STATED ->
          tier(a.get(0), a.get(1))
              .map(t -> t.equals("local") ? Truth.UNDECIDED : Truth.TRUE)
              .orElse(Truth.UNDECIDED);
      case ALSO -> onlyTrue(a.get(0), a.get(1), "also");
      case LOCAL -> onlyTrue(a.get(0), a.get(1), "local");
      case LESS -> falseWhenMost(a.get(0), a.get(1), "less");
      case RARE -> falseWhenMost(a.get(0), a.get(1), "rare");
      case NAMED -> named(a.get(0), a.get(1), a.get(2));
      case CLAIM ->
          Optional.ofNullable(file.claims().get(a.get(0)))
              .map(k -> Truth.of(k.truth()))
              .orElse(Truth.UNDECIDED);
      case CAUSE ->
          file.knows(Thing.DOWNSTREAM, a.get(0)) && file.knows(Thing.DOWNSTREAM, a.get(1))
              ? Truth.of(a.get(0).equals(a.get(1)))
              : Truth.UNDECIDED;
      case ORDER, SEQUENCE ->
          throw new IllegalArgumentException(
              claim.relation().id()
                  + "() is not a truth claim; check an ordering with inOrder or inSequence");
      case STATEMENT ->
          Optional.ofNullable(file.statements().get(a.get(0)))
              .map(k -> Truth.of(k.truth()))
              .orElse(Truth.UNDECIDED);
      case CLUE ->
          file.knows(Thing.CANCER, a.get(0)) && file.knows(Thing.CLUE, a.get(1))
              ? Truth.of(file.clues().get(a.get(1)).cancer().equals(a.get(0)))
              : Truth.UNDECIDED;
      case MEANS -> means(a.get(0), a.get(1));
      case REACH -> reach(a.get(0), a.get(1));
    };
  }

  /**
   * Whether these steps are listed in the order the source implies: {@code TRUE} when every step
   * has an order above 0 and the orders strictly ascend; {@code FALSE} when every step has its own
   * order above 0 but they do not ascend; {@code UNDECIDED} when a step is unknown, has no place
   * (order 0), or shares its order with another listed step (the source does not order them).
   */
  Truth inOrder(List<String> stepIds) {
    return ascending(stepIds, file.steps());
  }

  /**
   * Whether these items of a sequence are listed in its order: {@code TRUE} when the orders
   * strictly ascend, {@code FALSE} when they do not, {@code UNDECIDED} when the sequence or an item
   * is unknown or two items share a place.
   */
  Truth inSequence(String sequence, List<String> itemIds) {
    SpreadFile.SequenceRow row = file.sequences().get(sequence);
    return row == null ? Truth.UNDECIDED : ascending(itemIds, row.items());
  }

  /**
   * {@code TRUE} when every listed id has a place above 0 in {@code places} and the places strictly
   * ascend; {@code FALSE} when they are distinct places that do not ascend; {@code UNDECIDED} when
   * an id is unknown, has no place (0), or shares its place with another.
   */
  private static Truth ascending(List<String> ids, Map<String, SpreadFile.StepRow> places) {
    int[] orders = new int[ids.size()];
    for (int i = 0; i < orders.length; i++) {
      SpreadFile.StepRow row = places.get(ids.get(i));
      if (row == null || row.order() <= 0) {
        return Truth.UNDECIDED;
      }
      orders[i] = row.order();
    }
    if (Arrays.stream(orders).distinct().count() != orders.length) {
      return Truth.UNDECIDED;
    }
    for (int i = 1; i < orders.length; i++) {
      if (orders[i - 1] > orders[i]) {
        return Truth.FALSE;
      }
    }
    return Truth.TRUE;
  }

  private Truth means(String term, String meaning) {
    SpreadFile.TermRow a = file.terms().get(term);
    SpreadFile.TermRow b = file.terms().get(meaning);
    if (a == null || b == null) {
      return Truth.UNDECIDED;
    }
    if (term.equals(meaning)) {
      return Truth.TRUE;
    }
    // a meaning the file says could also be read to fit the other term decides nothing
    boolean clash = a.clashes().contains(meaning) || b.clashes().contains(term);
    return clash ? Truth.UNDECIDED : Truth.FALSE;
  }

  private Truth reach(String cancer, String reach) {
    String stated = file.reach(cancer);
    if (!file.knows(Thing.CANCER, cancer) || !SpreadFile.REACHES.contains(reach)) {
      return Truth.UNDECIDED;
    }
    if (stated.equals(reach) && !reach.equals("unstated")) {
      return Truth.TRUE;
    }
    // "anywhere" and "mostly-local" contradict each other; "unstated" contradicts nothing
    boolean opposite =
        (stated.equals("anywhere") && reach.equals("mostly-local"))
            || (stated.equals("mostly-local") && reach.equals("anywhere"));
    return opposite ? Truth.FALSE : Truth.UNDECIDED;
  }

  private Truth most(String cancer, String site) {
    if (!known(cancer, site)) {
      return Truth.UNDECIDED;
    }
    Optional<SpreadFile.Fact> fact = file.fact(cancer, site);
    if (fact.isPresent() && fact.get().uncertain()) {
      return Truth.UNDECIDED;
    }
    if (fact.isPresent() && fact.get().tier().equals("most")) {
      return Truth.TRUE;
    }
    // the article ranks where a cancer spreads, not what it grows into where it starts
    if (fact.isPresent() && fact.get().tier().equals("local")) {
      return Truth.UNDECIDED;
    }
    // a part of a most common site, or a site holding one, is not "another" site
    for (String most : file.mostSites(cancer)) {
      if (file.inside(site, most) || file.inside(most, site)) {
        return Truth.UNDECIDED;
      }
    }
    // the source lists a cancer's most common sites in full, so once it names one, any other
    // site is not among them; with none named, silence decides nothing
    return file.mostSites(cancer).isEmpty() ? Truth.UNDECIDED : Truth.FALSE;
  }

  private Truth onlyTrue(String cancer, String site, String tier) {
    return tier(cancer, site).filter(tier::equals).map(t -> Truth.TRUE).orElse(Truth.UNDECIDED);
  }

  private Truth falseWhenMost(String cancer, String site, String tier) {
    // A cancer that mostly stays local has its most common sites only once it spreads, so
    // "rarely / less often spreads to s" is not contradicted by s being one of them.
    boolean contradicts = !file.mostlyLocal(cancer);
    return tier(cancer, site)
        .map(
            t ->
                t.equals(tier)
                    ? Truth.TRUE
                    : t.equals("most") && contradicts ? Truth.FALSE : Truth.UNDECIDED)
        .orElse(Truth.UNDECIDED);
  }

  private Truth named(String cancer, String site, String name) {
    if (tier(cancer, site).isEmpty() || !file.knows(Thing.CANCER, name)) {
      return Truth.UNDECIDED;
    }
    return Truth.of(name.equals(cancer));
  }

  /** The tier of a certain fact for a known pair; empty when unstated, uncertain or unknown. */
  private Optional<String> tier(String cancer, String site) {
    if (!known(cancer, site)) {
      return Optional.empty();
    }
    return file.fact(cancer, site).filter(f -> !f.uncertain()).map(SpreadFile.Fact::tier);
  }

  private boolean known(String cancer, String site) {
    return file.knows(Thing.CANCER, cancer) && file.knows(Thing.SITE, site);
  }
}

package org.quizkit.content.generate;

import java.util.List;
import org.quizkit.content.dataset.Claim;
import org.quizkit.content.dataset.Term;

/** What the term templates share: finding a term, whether two clash, and their tags. */
final class Terms {
  private Terms() {}

  static Term term(Facts facts, String id) {
    return facts.dataset().terms().stream()
        .filter(t -> t.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no term '" + id + "'"));
  }

  /** Whether either term's meaning could be read to fit the other (the dataset's clashes). */
  static boolean clash(Term a, Term b) {
    return a.clashes().contains(b.id()) || b.clashes().contains(a.id());
  }

  /**
   * A term from a cancer's paragraph belongs with that cancer; one from the opening sections with
   * the topic it explains (its own id when that is a topic, homing's section for the "why" part,
   * the routes otherwise), so the questions land in the module that teaches the word.
   */
  static List<String> tags(Term term) {
    if (term.section().startsWith("spread/")) {
      return List.of("cancer:" + term.section().substring("spread/".length()));
    }
    if (Claim.topics().contains(term.id())) {
      return List.of("topic:" + term.id());
    }
    return List.of("topic:" + (term.section().equals("why-certain-parts") ? "homing" : "routes"));
  }
}

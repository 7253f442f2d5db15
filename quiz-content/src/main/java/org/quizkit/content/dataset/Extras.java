package org.quizkit.content.dataset;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quizkit.content.internal.tree.Node;
import org.quizkit.content.internal.tree.Node.ScalarNode;
import org.quizkit.content.internal.tree.Problems;

/**
 * Binds the lists that let questions reach the rest of the article (terms, statements, clues and
 * sequences) for a {@link Binder}, with the same located diagnostics as the other lists.
 */
final class Extras {
  private final Binder binder;
  private final Problems problems;
  private final Ids termIds;
  private final Ids statementIds;
  private final Ids clueIds;
  private final Ids sequenceIds;
  // Normalised term words to the term they name, so a typed answer names one term.
  private final Map<String, String> termWords = new LinkedHashMap<>();
  // Each term's clashes, checked once every term is known.
  private final List<ScalarNode> clashRefs = new ArrayList<>();

  Extras(Binder binder, Problems problems) {
    this.binder = binder;
    this.problems = problems;
    this.termIds = new Ids("term", false, problems);
    this.statementIds = new Ids("statement", false, problems);
    this.clueIds = new Ids("clue", false, problems);
    this.sequenceIds = new Ids("sequence", false, problems);
  }

  Optional<Term> term(Node node, int index) {
    Optional<Fields> read =
        binder.fields(
            node,
            index,
            "term",
            List.of("id"),
            List.of("id", "term", "meaning", "section"),
            List.of("synonyms", "clashes"));
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Fields f = read.get();
    Optional<ScalarNode> id = f.text("id");
    boolean idOk = id.map(termIds::add).orElse(false);
    Optional<ScalarNode> term = f.text("term");
    List<ScalarNode> synonyms = f.texts("synonyms");
    if (id.isPresent()) {
      term.ifPresent(t -> binder.claimWord(f, "term", id.get().text(), "term", t, termWords));
      synonyms.forEach(s -> binder.claimWord(f, "term", id.get().text(), "synonym", s, termWords));
    }
    Optional<ScalarNode> meaning = f.text("meaning");
    List<ScalarNode> clashes = f.texts("clashes");
    clashRefs.addAll(clashes);
    Optional<ScalarNode> section = section(f);
    if (!idOk || f.failed()) {
      return Optional.empty();
    }
    return Optional.of(
        new Term(
            id.get().text(),
            term.get().text(),
            synonyms.stream().map(ScalarNode::text).toList(),
            meaning.get().text(),
            clashes.stream().map(ScalarNode::text).toList(),
            section.get().text()));
  }

  /** Clashes name other terms; checked after the whole list, since they may point forward. */
  void checkClashes() {
    for (ScalarNode ref : clashRefs) {
      termIds.check(ref, termWords);
    }
  }

  Optional<Statement> statement(Node node, int index) {
    Optional<Fields> read =
        binder.fields(
            node,
            index,
            "statement",
            List.of("id"),
            List.of("id", "cancer", "text", "truth", "section"),
            List.of("why", "facts"));
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Fields f = read.get();
    Optional<ScalarNode> id = f.text("id");
    boolean idOk = id.map(statementIds::add).orElse(false);
    Optional<ScalarNode> cancer = cancer(f);
    Optional<ScalarNode> text = f.text("text");
    Optional<Boolean> truth = f.bool("truth");
    String why = Concepts.why(f, truth);
    Optional<ScalarNode> section = section(f);
    List<ScalarNode> facts = f.texts("facts");
    for (ScalarNode fact : facts) {
      if (truth.orElse(true) == false) {
        f.fail(fact, f.what() + " is false, so it states no fact, but lists '" + fact.text() + "'");
      } else if (!binder.isFact(fact.text()) && binder.everyFactBound()) {
        f.fail(fact, "unknown fact '" + fact.text() + "' in " + f.what());
      } else if (cancer.isPresent() && !fact.text().startsWith(cancer.get().text() + ">")) {
        f.fail(
            fact,
            "fact '"
                + fact.text()
                + "' of "
                + f.what()
                + " is not about its cancer '"
                + cancer.get().text()
                + "'");
      }
    }
    if (!idOk || f.failed()) {
      return Optional.empty();
    }
    return Optional.of(
        new Statement(
            id.get().text(),
            cancer.get().text(),
            text.get().text(),
            truth.get(),
            why,
            section.get().text(),
            facts.stream().map(ScalarNode::text).toList()));
  }

  Optional<Clue> clue(Node node, int index) {
    Optional<Fields> read =
        binder.fields(
            node,
            index,
            "clue",
            List.of("id"),
            List.of("id", "cancer", "text", "section"),
            List.of());
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Fields f = read.get();
    Optional<ScalarNode> id = f.text("id");
    boolean idOk = id.map(clueIds::add).orElse(false);
    Optional<ScalarNode> cancer = cancer(f);
    Optional<ScalarNode> text = f.text("text");
    Optional<ScalarNode> section = section(f);
    if (!idOk || f.failed()) {
      return Optional.empty();
    }
    return Optional.of(
        new Clue(id.get().text(), cancer.get().text(), text.get().text(), section.get().text()));
  }

  Optional<Sequence> sequence(Node node, int index) {
    Optional<Fields> read =
        binder.fields(
            node,
            index,
            "sequence",
            List.of("id"),
            List.of("id", "prompt", "items", "section"),
            List.of("cancer"));
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Fields f = read.get();
    Optional<ScalarNode> id = f.text("id");
    boolean idOk = id.map(sequenceIds::add).orElse(false);
    Optional<ScalarNode> cancer = f.has("cancer") ? cancer(f) : Optional.empty();
    Optional<ScalarNode> prompt = f.text("prompt");
    Optional<ScalarNode> section = section(f);
    List<Node> itemNodes = f.list("items").orElse(List.of());
    List<Sequence.Item> items = new ArrayList<>();
    Ids itemIds = new Ids("item", false, problems);
    Set<Integer> orders = new HashSet<>();
    for (int i = 0; i < itemNodes.size(); i++) {
      Optional<Fields> itemRead =
          binder.fields(
              itemNodes.get(i),
              i + 1,
              "item",
              List.of("id"),
              List.of("id", "text", "order"),
              List.of());
      if (itemRead.isEmpty()) {
        f.markFailed();
        continue;
      }
      Fields g = itemRead.get();
      Optional<ScalarNode> itemId = g.text("id");
      boolean itemIdOk = itemId.map(itemIds::add).orElse(false);
      Optional<ScalarNode> text = g.text("text");
      Optional<Integer> order = g.integer("order");
      if (order.isPresent() && !orders.add(order.get())) {
        g.fail(
            g.value("order").get(),
            "order "
                + order.get()
                + " of "
                + g.what()
                + " is given twice in "
                + f.what()
                + "; items must have one right order");
      } else if (order.isPresent() && order.get() < 1) {
        g.fail(g.value("order").get(), "order " + order.get() + " of " + g.what() + " is below 1");
      }
      if (!itemIdOk || g.failed()) {
        f.markFailed();
        continue;
      }
      items.add(new Sequence.Item(itemId.get().text(), text.get().text(), order.get()));
    }
    if (f.value("items").isPresent() && itemNodes.size() < 2 && !f.failed()) {
      f.fail(
          f.value("items").get(),
          f.what() + " has " + itemNodes.size() + " items; a sequence needs at least 2");
    }
    if (!f.failed() && !items.isEmpty() && java.util.Collections.max(orders) != items.size()) {
      f.fail(
          f.value("items").get(),
          "items of "
              + f.what()
              + " have orders "
              + orders.stream().sorted().toList()
              + "; they must run 1, 2, ..., n without gaps");
    }
    if (!idOk || f.failed()) {
      return Optional.empty();
    }
    items.sort((a, b) -> Integer.compare(a.order(), b.order()));
    return Optional.of(
        new Sequence(
            id.get().text(),
            cancer.map(ScalarNode::text).orElse(""),
            prompt.get().text(),
            items,
            section.get().text()));
  }

  private Optional<ScalarNode> cancer(Fields f) {
    return f.text("cancer").filter(c -> binder.checked(f, c, binder.cancers, binder.cancerWords));
  }

  private Optional<ScalarNode> section(Fields f) {
    return f.text("section").filter(s -> binder.checked(f, s, binder.sections, Map.of()));
  }
}

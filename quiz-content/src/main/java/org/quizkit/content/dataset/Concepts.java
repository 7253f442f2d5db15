package org.quizkit.content.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.quizkit.content.internal.tree.Node;
import org.quizkit.content.internal.tree.Node.ScalarNode;
import org.quizkit.content.internal.tree.Problems;

/** Binds the concept lists (routes, steps, claims, downstream) for a {@link Binder}. */
final class Concepts {
  private final Binder binder;
  private final Problems problems;
  private final Ids routeIds;
  private final Ids stepIds;
  private final Ids claimIds;
  private final Ids downstreamIds;
  private ScalarNode moreCommonRoute;
  // Steps that give an order above 0, by order, to check they run 1..n.
  private final TreeMap<Integer, List<ScalarNode>> ordered = new TreeMap<>();

  Concepts(Binder binder, Problems problems) {
    this.binder = binder;
    this.problems = problems;
    this.routeIds = new Ids("route", false, problems);
    this.stepIds = new Ids("step", false, problems);
    this.claimIds = new Ids("claim", false, problems);
    this.downstreamIds = new Ids("downstream entry", false, problems);
  }

  Optional<Route> route(Node node, int index) {
    Optional<Fields> read =
        binder.fields(
            node,
            index,
            "route",
            List.of("id"),
            List.of("id", "name", "more_common", "description", "section"),
            List.of());
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Fields f = read.get();
    Optional<ScalarNode> id = f.text("id");
    boolean idOk = id.map(routeIds::add).orElse(false);
    Optional<ScalarNode> name = f.text("name");
    Optional<Boolean> moreCommon = f.bool("more_common");
    Optional<ScalarNode> description = f.text("description");
    Optional<ScalarNode> section = section(f);
    if (moreCommon.orElse(false) && id.isPresent()) {
      // The article ranks the two routes; two "more common" routes would be a contradiction.
      if (moreCommonRoute != null) {
        f.fail(
            id.get(),
            "route '"
                + id.get().text()
                + "' is marked more_common, but so is route '"
                + moreCommonRoute.text()
                + "'; only one route can be the more common one");
      } else {
        moreCommonRoute = id.get();
      }
    }
    if (!idOk || f.failed()) {
      return Optional.empty();
    }
    return Optional.of(
        new Route(
            id.get().text(),
            name.get().text(),
            moreCommon.get(),
            description.get().text(),
            section.get().text()));
  }

  Optional<Step> step(Node node, int index) {
    Optional<Fields> read =
        binder.fields(
            node,
            index,
            "step",
            List.of("id"),
            List.of("id", "text", "order", "section"),
            List.of());
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Fields f = read.get();
    Optional<ScalarNode> id = f.text("id");
    boolean idOk = id.map(stepIds::add).orElse(false);
    Optional<ScalarNode> text = f.text("text");
    Optional<Integer> order = f.integer("order");
    if (order.isPresent() && order.get() < 0) {
      f.fail(
          f.value("order").get(),
          "order "
              + order.get()
              + " of "
              + f.what()
              + " is negative; use 0 for a step with no place in the sequence");
    } else if (order.isPresent() && order.get() > 0 && id.isPresent()) {
      ordered.computeIfAbsent(order.get(), k -> new ArrayList<>()).add(id.get());
    }
    Optional<ScalarNode> section = section(f);
    if (!idOk || f.failed()) {
      return Optional.empty();
    }
    return Optional.of(
        new Step(id.get().text(), text.get().text(), order.get(), section.get().text()));
  }

  /** Orders above 0 must be exactly 1, 2, ..., n, so a list of steps has one right sequence. */
  void checkStepOrder() {
    int expected = 1;
    for (Map.Entry<Integer, List<ScalarNode>> entry : ordered.entrySet()) {
      List<ScalarNode> steps = entry.getValue();
      for (ScalarNode repeat : steps.subList(1, steps.size())) {
        problems.at(
            repeat,
            "step '"
                + repeat.text()
                + "' has order "
                + entry.getKey()
                + ", as does step '"
                + steps.get(0).text()
                + "'; orders other than 0 must run 1, 2, ..., n");
      }
      if (entry.getKey() != expected) {
        ScalarNode at = steps.get(0);
        problems.at(
            at,
            "step '"
                + at.text()
                + "' has order "
                + entry.getKey()
                + " but no step has order "
                + expected
                + "; orders other than 0 must run 1, 2, ..., n without gaps");
        expected = entry.getKey();
      }
      expected++;
    }
  }

  Optional<Claim> claim(Node node, int index) {
    Optional<Fields> read =
        binder.fields(
            node,
            index,
            "claim",
            List.of("id"),
            List.of("id", "topic", "text", "truth", "section"),
            List.of("why"));
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Fields f = read.get();
    Optional<ScalarNode> id = f.text("id");
    boolean idOk = id.map(claimIds::add).orElse(false);
    Optional<ScalarNode> topic = f.text("topic");
    topic
        .filter(t -> !Claim.topics().contains(t.text()))
        .ifPresent(
            t ->
                f.fail(
                    t,
                    "unknown claim topic '"
                        + t.text()
                        + "' of "
                        + f.what()
                        + " (known: "
                        + String.join(", ", Claim.topics())
                        + ")"));
    Optional<ScalarNode> text = f.text("text");
    Optional<Boolean> truth = f.bool("truth");
    String why = why(f, truth);
    Optional<ScalarNode> section = section(f);
    if (!idOk || f.failed()) {
      return Optional.empty();
    }
    return Optional.of(
        new Claim(
            id.get().text(),
            topic.get().text(),
            text.get().text(),
            truth.get(),
            why,
            section.get().text()));
  }

  Optional<Downstream> downstream(Node node, int index) {
    Optional<Fields> read =
        binder.fields(
            node,
            index,
            "downstream entry",
            List.of("id"),
            List.of("id", "pattern", "cause", "sites", "section"),
            List.of("cancers"));
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Fields f = read.get();
    Optional<ScalarNode> id = f.text("id");
    boolean idOk = id.map(downstreamIds::add).orElse(false);
    Optional<ScalarNode> pattern = f.text("pattern");
    Optional<ScalarNode> cause = f.text("cause");
    List<ScalarNode> sites = f.texts("sites");
    if (f.value("sites").isPresent() && sites.isEmpty() && !f.failed()) {
      f.fail(
          f.value("sites").get(),
          "'sites' of " + f.what() + " is empty; name the site ids the pattern is about");
    }
    sites.forEach(s -> binder.checked(f, s, binder.sites, binder.siteWords));
    List<ScalarNode> cancers = f.texts("cancers");
    cancers.forEach(c -> binder.checked(f, c, binder.cancers, binder.cancerWords));
    Optional<ScalarNode> section = section(f);
    if (!idOk || f.failed()) {
      return Optional.empty();
    }
    return Optional.of(
        new Downstream(
            id.get().text(),
            pattern.get().text(),
            cause.get().text(),
            sites.stream().map(ScalarNode::text).toList(),
            cancers.stream().map(ScalarNode::text).toList(),
            section.get().text()));
  }

  /**
   * The {@code why} of a claim or statement: required when it is false, since a learner told
   * "false" must be told what the source says instead; refused when it is true.
   */
  static String why(Fields f, Optional<Boolean> truth) {
    String why = f.optionalText("why");
    if (truth.isPresent() && !truth.get() && why.isBlank() && !f.failed()) {
      f.fail(f.node(), f.what() + " is false but has no 'why' giving the fact that makes it false");
    } else if (truth.isPresent() && truth.get() && !why.isBlank()) {
      f.fail(
          f.value("why").get(),
          "'why' of " + f.what() + " is for false statements only; this one is true");
    }
    return why;
  }

  private Optional<ScalarNode> section(Fields f) {
    return f.text("section").filter(s -> binder.checked(f, s, binder.sections, Map.of()));
  }
}

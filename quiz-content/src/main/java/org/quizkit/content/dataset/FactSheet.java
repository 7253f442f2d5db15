package org.quizkit.content.dataset;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The dataset as a reader sees it: text for people (cancer by cancer, tier by tier, with the source
 * section of each fact) and JSON for programs. Immutable and thread-safe.
 */
public final class FactSheet {
  /** The version of the JSON form; raised when a field changes meaning or disappears. */
  public static final int JSON_VERSION = 1;

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private FactSheet() {}

  /** Every cancer with its facts grouped by tier, then the concepts, as plain text. */
  public static String text(Dataset dataset) {
    Map<String, Site> sites = byId(dataset.sites(), Site::id);
    StringBuilder out = new StringBuilder();
    out.append(dataset.name()).append('\n').append('\n');
    for (Cancer cancer : dataset.cancers()) {
      out.append(cancer.name())
          .append("  [")
          .append(title(dataset, cancer.section()))
          .append("]\n");
      if (!cancer.reachNote().isEmpty()) {
        out.append("  overall: ").append(cancer.reachNote()).append('\n');
      }
      for (Tier tier : Tier.values()) {
        List<SpreadFact> facts =
            dataset.factsAbout(cancer.id()).stream().filter(f -> f.tier() == tier).toList();
        if (facts.isEmpty()) {
          continue;
        }
        out.append("  ").append(label(tier)).append(": ");
        out.append(
            facts.stream()
                .map(f -> sites.get(f.site()).name() + (f.uncertain() ? " (tier uncertain)" : ""))
                .collect(Collectors.joining(", ")));
        out.append('\n');
      }
      out.append('\n');
    }
    out.append("Routes\n");
    dataset
        .routes()
        .forEach(
            r ->
                out.append("  ")
                    .append(r.name())
                    .append(r.moreCommon() ? " (more common)" : "")
                    .append(": ")
                    .append(r.description())
                    .append('\n'));
    out.append("\nSteps\n");
    dataset
        .steps()
        .forEach(
            s ->
                out.append("  ")
                    .append(s.order() == 0 ? "-" : String.valueOf(s.order()))
                    .append(". ")
                    .append(s.text())
                    .append('\n'));
    out.append("\nWhy some places\n");
    dataset
        .downstream()
        .forEach(
            d -> out.append("  ").append(d.pattern()).append(" ").append(d.cause()).append('\n'));
    return out.toString();
  }

  /** The dataset as versioned JSON: ids, names, tiers by id and section titles. */
  public static String json(Dataset dataset) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", "quizkit-facts");
    root.put("version", JSON_VERSION);
    root.put("name", dataset.name());
    ArrayNode sections = root.putArray("sections");
    dataset.sections().forEach(s -> sections.addObject().put("id", s.id()).put("title", s.title()));
    ArrayNode sites = root.putArray("sites");
    for (Site site : dataset.sites()) {
      ObjectNode node = sites.addObject().put("id", site.id()).put("name", site.name());
      site.synonyms().forEach(node.putArray("synonyms")::add);
      site.partOf().forEach(node.putArray("partOf")::add);
    }
    ArrayNode cancers = root.putArray("cancers");
    for (Cancer cancer : dataset.cancers()) {
      ObjectNode node = cancers.addObject().put("id", cancer.id()).put("name", cancer.name());
      cancer.aliases().forEach(node.putArray("aliases")::add);
      node.put("section", title(dataset, cancer.section()));
      node.put("reach", cancer.reach().id());
      node.put("reachNote", cancer.reachNote());
    }
    ArrayNode facts = root.putArray("spread");
    for (SpreadFact fact : dataset.facts()) {
      facts
          .addObject()
          .put("id", fact.id())
          .put("cancer", fact.cancer())
          .put("site", fact.site())
          .put("tier", fact.tier().id())
          .put("uncertain", fact.uncertain())
          .put("when", fact.when())
          .put("tends", fact.tends())
          .put("section", title(dataset, fact.section()))
          .put("note", fact.note());
    }
    ArrayNode routes = root.putArray("routes");
    dataset
        .routes()
        .forEach(
            r ->
                routes
                    .addObject()
                    .put("id", r.id())
                    .put("name", r.name())
                    .put("moreCommon", r.moreCommon())
                    .put("description", r.description())
                    .put("section", title(dataset, r.section())));
    ArrayNode steps = root.putArray("steps");
    dataset
        .steps()
        .forEach(
            s ->
                steps
                    .addObject()
                    .put("id", s.id())
                    .put("text", s.text())
                    .put("order", s.order())
                    .put("section", title(dataset, s.section())));
    ArrayNode claims = root.putArray("claims");
    dataset
        .claims()
        .forEach(
            c ->
                claims
                    .addObject()
                    .put("id", c.id())
                    .put("topic", c.topic())
                    .put("text", c.text())
                    .put("truth", c.truth())
                    .put("section", title(dataset, c.section())));
    ArrayNode downstream = root.putArray("downstream");
    for (Downstream d : dataset.downstream()) {
      ObjectNode node =
          downstream
              .addObject()
              .put("id", d.id())
              .put("pattern", d.pattern())
              .put("cause", d.cause());
      d.sites().forEach(node.putArray("sites")::add);
      d.cancers().forEach(node.putArray("cancers")::add);
      node.put("section", title(dataset, d.section()));
    }
    return JSON.writeValueAsString(root) + "\n";
  }

  private static String label(Tier tier) {
    switch (tier) {
      case MOST:
        return "most often";
      case ALSO:
        return "can also";
      case LESS:
        return "less often";
      case RARE:
        return "rarely";
      case LOCAL:
        return "grows into nearby";
      default:
        throw new AssertionError(tier);
    }
  }

  private static String title(Dataset dataset, String sectionId) {
    return dataset.section(sectionId).map(Section::title).orElse(sectionId);
  }

  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    return items.stream().collect(Collectors.toMap(id, Function.identity()));
  }
}

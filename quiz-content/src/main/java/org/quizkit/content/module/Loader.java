package org.quizkit.content.module;

import org.quizkit.core.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a module file, collecting every problem with its line and column before giving up.
 *
 * <p>The tree is read for content and the token stream once more for positions, because Jackson
 * trees do not keep where their nodes came from.
 */
final class Loader {
  private static final int VERSION = 1;
  private static final Set<String> TOP_KEYS = Set.of("version", "cancers", "sections", "topics",
      "modules");
  private static final Set<String> MODULE_KEYS = Set.of("id", "title", "objectives", "lesson",
      "sections", "topics", "cancers", "mastery");

  private final String source;
  private final Map<String, int[]> places = new HashMap<>();
  private final List<Diagnostic> problems = new ArrayList<>();

  Loader(String source) {
    this.source = source;
  }

  ModuleCatalog load(String yaml) {
    YAMLMapper mapper = YAMLMapper.builder().build();
    JsonNode root;
    try {
      root = mapper.readTree(yaml);
      locate(mapper, yaml);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      problems.add(
          new Diagnostic(
              source,
              at == null ? 0 : at.getLineNr(),
              at == null ? 0 : at.getColumnNr(),
              "not valid YAML: " + e.getOriginalMessage()));
      throw new ModuleException(problems);
    }
    if (root == null || !root.isObject()) {
      problems.add(new Diagnostic(source, 0, 0, "expected a mapping with 'modules' at the top"));
      throw new ModuleException(problems);
    }
    unknownKeys(root, "", TOP_KEYS);
    JsonNode version = root.path("version");
    if (!version.isInt() || version.intValue() != VERSION) {
      report("/version", "version is " + describe(version) + ", this reader knows " + VERSION);
    }
    List<String> cancers = ids(root, "/cancers");
    List<String> sections = ids(root, "/sections");
    List<String> topics = ids(root, "/topics");
    List<LearningModule> modules = new ArrayList<>();
    JsonNode list = root.path("modules");
    if (!list.isArray() || list.isEmpty()) {
      report("/modules", "'modules' must be a non-empty list");
    } else {
      for (int i = 0; i < list.size(); i++) {
        LearningModule module =
            module(list.get(i), "/modules/" + i, cancers, sections, topics);
        if (module != null) {
          modules.add(module);
        }
      }
    }
    if (problems.isEmpty()) {
      // Only on a clean file: a broken module would make every one of its cancers look missing.
      cover(modules, cancers, sections, topics);
    }
    if (!problems.isEmpty()) {
      throw new ModuleException(problems);
    }
    return new ModuleCatalog(cancers, sections, topics, modules);
  }

  private LearningModule module(
      JsonNode node, String at, List<String> cancers, List<String> sections, List<String> topics) {
    if (!node.isObject()) {
      report(at, "a module must be a mapping, found " + describe(node));
      return null;
    }
    int before = problems.size();
    unknownKeys(node, at, MODULE_KEYS);
    String id = text(node, at + "/id");
    String title = text(node, at + "/title");
    String lesson = text(node, at + "/lesson");
    List<String> objectives = strings(node, at + "/objectives");
    if (objectives.isEmpty()) {
      report(at + "/objectives", "module '" + id + "' has no learning objectives");
    }
    List<String> ownSections = known(node, at + "/sections", "section", sections);
    List<String> ownTopics = known(node, at + "/topics", "topic", topics);
    List<String> ownCancers = known(node, at + "/cancers", "cancer", cancers);
    JsonNode mastery = node.path("mastery");
    if (!mastery.isNumber() || mastery.doubleValue() <= 0 || mastery.doubleValue() > 1) {
      report(at + "/mastery", "module '" + id + "' has mastery " + describe(mastery)
          + ", expected a number in (0, 1]");
    }
    if (problems.size() > before) {
      return null;
    }
    return new LearningModule(
        id, title, objectives, lesson, ownSections, ownTopics, ownCancers, mastery.doubleValue());
  }

  /** Every cancer in exactly one module; every module id once; every section and topic used. */
  private void cover(
      List<LearningModule> modules,
      List<String> cancers,
      List<String> sections,
      List<String> topics) {
    Map<String, String> owner = new LinkedHashMap<>();
    Set<String> ids = new LinkedHashSet<>();
    for (int i = 0; i < modules.size(); i++) {
      LearningModule module = modules.get(i);
      if (!ids.add(module.id())) {
        report("/modules/" + i + "/id", "module id '" + module.id() + "' is used twice");
      }
      for (String cancer : module.cancers()) {
        String first = owner.putIfAbsent(cancer, module.id());
        if (first != null) {
          report("/modules/" + i + "/cancers", "cancer '" + cancer + "' is in module '" + first
              + "' and again in module '" + module.id() + "'");
        }
      }
    }
    for (int i = 0; i < cancers.size(); i++) {
      if (!owner.containsKey(cancers.get(i))) {
        report("/cancers/" + i, "cancer '" + cancers.get(i) + "' is in no module");
      }
    }
    for (int i = 0; i < sections.size(); i++) {
      String section = sections.get(i);
      if (modules.stream().noneMatch(m -> m.sections().contains(section))) {
        report("/sections/" + i, "section '" + section + "' is covered by no module");
      }
    }
    for (int i = 0; i < topics.size(); i++) {
      String topic = topics.get(i);
      if (modules.stream().noneMatch(m -> m.topics().contains(topic))) {
        report("/topics/" + i, "topic '" + topic + "' is taught by no module");
      }
    }
  }

  private List<String> ids(JsonNode root, String at) {
    List<String> ids = strings(root, at);
    Set<String> seen = new LinkedHashSet<>();
    for (String id : ids) {
      if (!seen.add(id)) {
        report(at, "'" + id + "' is listed twice");
      }
    }
    return List.copyOf(seen);
  }

  private List<String> known(JsonNode node, String at, String what, List<String> allowed) {
    List<String> values = strings(node, at);
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      if (!allowed.contains(value)) {
        String known = String.join(", ", allowed);
        report(at + "/" + i, "unknown " + what + " '" + value + "' (known: " + known + ")");
      }
    }
    if (values.stream().distinct().count() != values.size()) {
      report(at, what + " listed twice in " + values);
    }
    return values;
  }

  private List<String> strings(JsonNode parent, String at) {
    JsonNode node = parent.path(last(at));
    if (node.isMissingNode()) {
      report(at, "'" + last(at) + "' is missing");
      return List.of();
    }
    if (!node.isArray()) {
      report(at, "'" + last(at) + "' must be a list, found " + describe(node));
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      if (!item.isString() || item.asString().isBlank()) {
        report(at + "/" + i, "expected a non-blank text, found " + describe(item));
      } else {
        values.add(item.asString().strip());
      }
    }
    return values;
  }

  private String text(JsonNode parent, String at) {
    JsonNode node = parent.path(last(at));
    if (!node.isString() || node.asString().isBlank()) {
      report(at, "'" + last(at) + "' must be a non-blank text, found " + describe(node));
      return "?";
    }
    return node.asString().strip();
  }

  private void unknownKeys(JsonNode node, String at, Set<String> known) {
    for (String key : node.propertyNames()) {
      if (!known.contains(key)) {
        report(at + "/" + key, "unknown key '" + key + "' (known: "
            + String.join(", ", known.stream().sorted().toList()) + ")");
      }
    }
  }

  private static String last(String pointer) {
    return pointer.substring(pointer.lastIndexOf('/') + 1);
  }

  private static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    String text = node.toString();
    return text.length() > 40 ? text.substring(0, 40) + "..." : text;
  }

  /** Reports at the nearest place known: the node itself or its closest ancestor. */
  private void report(String pointer, String message) {
    String at = pointer;
    int[] place = places.get(at);
    while (place == null && !at.isEmpty()) {
      at = at.substring(0, at.lastIndexOf('/'));
      place = places.get(at);
    }
    problems.add(
        place == null
            ? new Diagnostic(source, 0, 0, message)
            : new Diagnostic(source, place[0], place[1], message));
  }

  private void locate(YAMLMapper mapper, String yaml) {
    try (JsonParser parser = mapper.createParser(yaml)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          continue;
        }
        TokenStreamLocation at = parser.currentTokenLocation();
        places.putIfAbsent(
            parser.streamReadContext().pathAsPointer().toString(),
            new int[] {at.getLineNr(), at.getColumnNr()});
      }
    }
  }
}

package org.quizkit.content.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quizkit.content.dataset.Dataset;
import org.quizkit.content.dataset.DatasetLoader;
import org.quizkit.core.question.Question;

/**
 * docs/coverage.md lists every entry of the built-in dataset, each either with the templates that
 * ask it or as deliberately not asked, with a reason naming an entry that is asked instead; and
 * what it says is true of the generated banks.
 */
class CoverageDocTests {
  private static final Path DOC = Path.of("..", "docs", "coverage.md");
  private static final Pattern ROW = Pattern.compile("^\\| ([a-z]+) `([^`]+)` \\| (.+) \\|$");
  private static final Pattern NAMED = Pattern.compile("`([^`]+)`");
  private static final String NOT_ASKED = "not asked: ";
  private static final int SEEDS = 30;

  @Test
  void everyEntryOfTheDatasetIsListedOnceAndWhatTheRowSaysIsTrue() throws IOException {
    Dataset dataset = DatasetLoader.loadBuiltIn();
    Map<String, String> rows = rows(Files.readString(DOC, StandardCharsets.UTF_8));
    Map<String, Set<String>> askedBy = askedBy(dataset);
    List<String> problems = new ArrayList<>(check(entries(dataset), rows, askedBy));
    assertEquals(List.of(), problems);
  }

  @Test
  void reportsAMissingRowAWrongTemplateAndAStaleNotAsked() {
    Map<String, Set<String>> askedBy =
        Map.of("claim:a", Set.of("concept-statement"), "claim:b", Set.of("concept-choice"));
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put("claim:a", "concept-choice");
    rows.put("claim:b", NOT_ASKED + "asked elsewhere as `a`");
    List<String> problems = check(List.of("claim:a", "claim:b", "claim:c"), rows, askedBy);
    assertEquals(3, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("concept-choice"), problems.get(0));
    assertTrue(problems.get(1).contains("claim:b"), problems.get(1));
    assertTrue(problems.get(2).contains("claim:c"), problems.get(2));
  }

  /**
   * Rewrites the "asked by" cell of every row from the current generators, keeping the reasons of
   * rows not asked: run from the quiz-content directory after a template changes what it asks (java
   * with the test class path, no arguments), then read the diff. A row whose entry stopped being
   * asked gets "not asked: " with no reason, which the test refuses until one is written.
   */
  public static void main(String[] args) throws IOException {
    Dataset dataset = DatasetLoader.loadBuiltIn();
    Map<String, Set<String>> askedBy = askedBy(dataset);
    StringBuilder out = new StringBuilder();
    for (String line : Files.readString(DOC, StandardCharsets.UTF_8).split("\n", -1)) {
      Matcher m = ROW.matcher(line.strip());
      if (m.matches()) {
        String key = m.group(1) + ":" + m.group(2);
        Set<String> templates = new java.util.TreeSet<>(askedBy.getOrDefault(key, Set.of()));
        String cell =
            !templates.isEmpty()
                ? String.join(", ", templates)
                : m.group(3).startsWith(NOT_ASKED) ? m.group(3) : NOT_ASKED.strip();
        line = "| " + m.group(1) + " `" + m.group(2) + "` | " + cell + " |";
      }
      out.append(line).append('\n');
    }
    Files.writeString(DOC, out.substring(0, out.length() - 1), StandardCharsets.UTF_8);
  }

  static List<String> check(
      List<String> entries, Map<String, String> rows, Map<String, Set<String>> askedBy) {
    List<String> problems = new ArrayList<>();
    Set<String> askedIds = new HashSet<>();
    askedBy.keySet().forEach(k -> askedIds.add(k.substring(k.indexOf(':') + 1)));
    for (String entry : entries) {
      String row = rows.get(entry);
      Set<String> templates = askedBy.getOrDefault(entry, Set.of());
      if (row == null) {
        problems.add(entry + " has no row in " + DOC);
      } else if (row.startsWith(NOT_ASKED)) {
        if (!templates.isEmpty()) {
          problems.add(entry + " is marked not asked, but " + templates + " ask it");
        }
        Matcher named = NAMED.matcher(row);
        boolean pointsOn = false;
        while (named.find()) {
          pointsOn |= askedIds.contains(named.group(1));
        }
        if (!pointsOn) {
          problems.add(entry + " is not asked, and its reason names no entry that is: " + row);
        }
      } else {
        for (String template : row.split(",\\s*")) {
          if (!templates.contains(template.trim())) {
            problems.add(
                entry + " is listed as asked by " + template.trim() + ", which never relies on it");
          }
        }
      }
    }
    Set<String> known = new HashSet<>(entries);
    rows.keySet().stream()
        .filter(r -> !known.contains(r))
        .forEach(r -> problems.add(DOC + " lists " + r + ", which is not in the dataset"));
    return problems;
  }

  /** kind:id of every entry of the dataset, in the kinds of the page. */
  static List<String> entries(Dataset d) {
    List<String> out = new ArrayList<>();
    d.facts().forEach(f -> out.add("fact:" + f.id()));
    d.routes().forEach(r -> out.add("route:" + r.id()));
    d.steps().forEach(s -> out.add("step:" + s.id()));
    d.claims().forEach(c -> out.add("claim:" + c.id()));
    d.downstream().forEach(x -> out.add("downstream:" + x.id()));
    d.terms().forEach(t -> out.add("term:" + t.id()));
    d.statements().forEach(s -> out.add("statement:" + s.id()));
    d.clues().forEach(c -> out.add("clue:" + c.id()));
    d.sequences().forEach(s -> out.add("sequence:" + s.id()));
    return out;
  }

  /** kind:id to the templates whose questions rely on it, over the banks of seeds 1 to 30. */
  static Map<String, Set<String>> askedBy(Dataset dataset) {
    Map<String, List<String>> kindsOf = new HashMap<>();
    for (String entry : entries(dataset)) {
      String id = entry.substring(entry.indexOf(':') + 1);
      kindsOf.computeIfAbsent(id, k -> new ArrayList<>()).add(entry);
    }
    QuestionGenerators generators = QuestionGenerators.of(dataset);
    Map<String, Set<String>> out = new HashMap<>();
    for (long seed = 1; seed <= SEEDS; seed++) {
      for (Question q : generators.bank(seed)) {
        for (String id : q.info().basis()) {
          for (String entry : kindsOf.getOrDefault(id, List.of())) {
            out.computeIfAbsent(entry, k -> new HashSet<>()).add(q.info().template());
          }
        }
      }
    }
    return out;
  }

  static Map<String, String> rows(String doc) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : doc.split("\n")) {
      Matcher m = ROW.matcher(line.strip());
      if (m.matches()) {
        String key = m.group(1) + ":" + m.group(2);
        if (out.putIfAbsent(key, m.group(3).strip()) != null) {
          out.put(key + " (twice)", m.group(3));
        }
      }
    }
    return out;
  }
}

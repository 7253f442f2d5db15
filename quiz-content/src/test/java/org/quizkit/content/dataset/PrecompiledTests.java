package org.quizkit.content.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quizkit.content.internal.tree.Node;
import org.quizkit.content.internal.tree.Node.ListNode;
import org.quizkit.content.internal.tree.Node.MapNode;
import org.quizkit.content.internal.tree.Node.ScalarNode;
import org.quizkit.content.internal.tree.Problems;
import org.quizkit.content.internal.tree.TreeReader;

/** The JSON the build writes from the bundled YAML, which the library reads at run time. */
class PrecompiledTests {
  private static final Path SOURCE =
      Path.of("src/main/resources/org/quizkit/content/dataset/spread.yaml");

  @TempDir Path dir;

  @Test
  void theBuiltInDatasetIsTheOneItsYamlSourceHolds() {
    assertNotNull(
        DatasetLoader.class.getResource(DatasetLoader.PRECOMPILED),
        "the build did not write spread.json, so the library silently reads the YAML");

    assertEquals(DatasetLoader.load(SOURCE), DatasetLoader.loadBuiltIn());
  }

  @Test
  void keepsEveryValueWithTheKindTheYamlGaveIt() throws IOException {
    Path yaml = dir.resolve("sample.yaml");
    Files.writeString(
        yaml,
        String.join(
            "\n",
            "text: plain words, with \"quotes\" and ünïcode",
            "quoted number: '12'",
            "number: 12",
            "hex: 0x1F",
            "decimal: 2.50",
            "yes: true",
            "nothing: ~",
            "list: [a, 1, null, {nested: [x]}]",
            ""),
        StandardCharsets.UTF_8);

    String json = Precompiled.json(yaml);
    Problems problems = new Problems("sample.json");
    Node fromJson = new TreeReader(problems).readJson(json).orElseThrow();
    Node fromYaml =
        new TreeReader(new Problems("sample.yaml")).readYaml(Files.readString(yaml)).orElseThrow();

    assertTrue(!problems.any(), problems.sorted()::toString);
    assertEquals(shape(fromYaml), shape(fromJson));
    assertTrue(shape(fromJson).contains("TEXT:12"), shape(fromJson)::toString);
    assertTrue(shape(fromJson).contains("INTEGER:31"), shape(fromJson)::toString);
  }

  @Test
  void refusesADatasetWithProblemsNamingThemAgainstTheYaml() throws IOException {
    Path broken = dir.resolve(DatasetLoader.BUILT_IN);
    Files.writeString(broken, Files.readString(SOURCE).replaceFirst("tier: most", "tier: mostly"));

    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () ->
                Precompiled.main(
                    new String[] {broken.toString(), dir.resolve("out.json").toString()}));

    assertTrue(refused.getMessage().contains(broken + ":"), refused.getMessage());
    assertTrue(refused.getMessage().contains("mostly"), refused.getMessage());
    assertTrue(Files.notExists(dir.resolve("out.json")), "nothing written for a broken dataset");
  }

  /** The tree without positions: each value's kind and text, in order. */
  private static List<String> shape(Node node) {
    List<String> out = new ArrayList<>();
    walk(node, out);
    return out;
  }

  private static void walk(Node node, List<String> out) {
    if (node instanceof MapNode map) {
      out.add("{");
      map.entries()
          .forEach(
              e -> {
                out.add("key:" + e.key());
                walk(e.value(), out);
              });
      out.add("}");
    } else if (node instanceof ListNode list) {
      out.add("[");
      list.items().forEach(item -> walk(item, out));
      out.add("]");
    } else {
      ScalarNode scalar = (ScalarNode) node;
      out.add(scalar.kind() + ":" + scalar.text());
    }
  }
}

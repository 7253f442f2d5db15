package org.quizkit.content.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quizkit.content.internal.tree.TreeReader.Format;

/**
 * A character outside the Basic Multilingual Plane is two UTF-16 halves; the YAML reader fills its
 * buffer 1,024 characters at a time, and once crashed when the first half fell on the last place of
 * a buffer (an IndexOutOfBoundsException from the library's stream reader). These tests place such
 * characters at every position around several buffer boundaries, in each kind of YAML text, and
 * expect the file to load with the character intact.
 */
class BufferBoundaryTests {
  private static final List<String> WIDE = List.of("\uD83D\uDE00", "\uD840\uDC00");
  private static final int BUFFER = 1024;
  private static final int BOUNDARIES = 6;

  /** Every position from two before to two after each of the first boundaries. */
  private static List<Integer> positions() {
    List<Integer> positions = new ArrayList<>();
    for (int boundary = 1; boundary <= BOUNDARIES; boundary++) {
      for (int offset = -2; offset <= 2; offset++) {
        positions.add(boundary * BUFFER + offset);
      }
    }
    return positions;
  }

  /** Letters with a space now and then, never at either end. */
  private static String letters(int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(i % 7 == 3 && i < length - 1 ? ' ' : (char) ('a' + i % 26));
    }
    return text.toString();
  }

  /**
   * For each position and wide character: small.yaml with its name written between {@code open} and
   * {@code close}, ending in the character with its first half at the position, must load with that
   * name.
   */
  private static void assertNameSurvives(String open, String close) {
    String small = Fixtures.resource("small.yaml");
    int start = small.indexOf("name: Small") + "name: ".length() + open.length();
    for (int position : positions()) {
      for (String wide : WIDE) {
        String name = letters(position - start) + wide;
        String yaml = small.replace("name: Small", "name: " + open + name + close);
        assertEquals(position, yaml.indexOf(wide), "the fixture places the character");
        assertEquals(name, load(yaml).name(), "first half at character " + position);
      }
    }
  }

  private static Dataset load(String yaml) {
    return DatasetLoader.parse("wide.yaml", yaml.getBytes(StandardCharsets.UTF_8), Format.YAML);
  }

  @Test
  void readsItInAPlainScalar() {
    assertNameSurvives("", "");
  }

  @Test
  void readsItInADoubleQuotedScalar() {
    assertNameSurvives("\"", "\"");
  }

  @Test
  void readsItInASingleQuotedScalar() {
    assertNameSurvives("'", "'");
  }

  @Test
  void readsItInAFlowSequenceItem() {
    String small = Fixtures.resource("small.yaml");
    String before = "  - {id: bone, name: bones, synonyms: [bone, ";
    int start = small.indexOf(before) + before.length();
    for (int position : positions()) {
      for (String wide : WIDE) {
        String synonym = letters(position - start) + wide;
        String yaml = small.replace(before + "skeleton]", before + synonym + "]");
        assertEquals(position, yaml.indexOf(wide), "the fixture places the character");
        assertEquals(
            List.of("bone", synonym),
            load(yaml).site("bone").orElseThrow().synonyms(),
            "first half at character " + position);
      }
    }
  }

  @Test
  void readsItInAComment() {
    String small = Fixtures.resource("small.yaml");
    for (int position : positions()) {
      for (String wide : WIDE) {
        String yaml = "# " + letters(position - 2) + wide + "\n" + small;
        assertEquals(position, yaml.indexOf(wide), "the fixture places the character");
        assertEquals("Small", load(yaml).name(), "first half at character " + position);
      }
    }
  }
}

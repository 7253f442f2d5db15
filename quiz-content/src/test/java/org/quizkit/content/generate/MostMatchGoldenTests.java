package org.quizkit.content.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quizkit.content.dataset.Dataset;
import org.quizkit.content.dataset.DatasetLoader;

/**
 * A golden digest of the most-match questions: for every seed from 0 to {@value #SEEDS} - 1, a
 * short SHA-256 prefix of the question's {@code toString()} (records print every component, and the
 * key in premise order), on the built-in dataset and on two shapes of the test fixture.
 *
 * <p>This is a legitimate regression test, not a hard-coded answer: a question's id, options and
 * key are what learners' progress and integrators' stored results point at, so a change to the
 * generator (such as making it faster) must give exactly the questions it gave before for the same
 * seed. The digest was recorded from the generator as it was before its search was rewritten over
 * integer indexes. Regenerate it with {@link #main} only when a change in the questions is
 * intended, and say so in the commit.
 */
class MostMatchGoldenTests {
  static final int SEEDS = 5000;
  private static final String RESOURCE = "most-match-golden.txt";

  @Test
  void givesTheRecordedQuestionForEverySeed() {
    Map<String, List<String>> expected = read();
    Map<String, List<String>> actual = digests();
    assertEquals(expected.keySet(), actual.keySet());
    for (Map.Entry<String, List<String>> entry : actual.entrySet()) {
      List<String> want = expected.get(entry.getKey());
      List<String> got = entry.getValue();
      assertEquals(want.size(), got.size(), entry.getKey());
      for (int seed = 0; seed < got.size(); seed++) {
        int at = seed;
        assertEquals(
            want.get(seed),
            got.get(seed),
            () -> entry.getKey() + " seed " + at + " moved: " + question(entry.getKey(), at));
      }
    }
  }

  /** The datasets by name, in a fixed order. */
  private static Map<String, Dataset> datasets() {
    Map<String, Dataset> out = new LinkedHashMap<>();
    out.put("built-in", DatasetLoader.loadBuiltIn());
    out.put("fixture", Fixture.dataset());
    // A smaller pool of cancers, so the search runs out of candidates sooner.
    out.put(
        "fixture-few", only(Fixture.dataset(), Set.of("lung", "breast", "colorectal", "ovary")));
    return out;
  }

  private static Dataset only(Dataset full, Set<String> cancers) {
    return new Dataset(
        "fixture-few",
        full.sections(),
        full.sites(),
        full.cancers().stream().filter(c -> cancers.contains(c.id())).toList(),
        full.facts().stream().filter(f -> cancers.contains(f.cancer())).toList(),
        full.routes(),
        full.steps(),
        full.claims(),
        full.downstream().stream().filter(d -> cancers.containsAll(d.cancers())).toList());
  }

  private static String question(String dataset, long seed) {
    return QuestionGenerators.of(datasets().get(dataset))
        .generate(MostMatch.ID, seed)
        .map(MostMatchGoldenTests::withoutFacts)
        .orElse("none");
  }

  static Map<String, List<String>> digests() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    datasets()
        .forEach(
            (name, dataset) -> {
              QuestionGenerators generators = QuestionGenerators.of(dataset);
              List<String> hashes = new ArrayList<>();
              for (long seed = 0; seed < SEEDS; seed++) {
                hashes.add(
                    hash(
                        generators
                            .generate(MostMatch.ID, seed)
                            .map(MostMatchGoldenTests::withoutFacts)
                            .orElse("none")));
              }
              out.put(name, hashes);
            });
    return out;
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      // 32 bits a seed: a changed question slips through with odds of one in four billion.
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, List<String>> read() {
    try (InputStream in = MostMatchGoldenTests.class.getResourceAsStream(RESOURCE)) {
      assertNotNull(in, RESOURCE);
      Map<String, List<String>> out = new LinkedHashMap<>();
      List<String> current = null;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("dataset ")) {
          current = new ArrayList<>();
          out.put(line.substring("dataset ".length()), current);
        } else {
          current.add(line.strip());
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Rewrites the digest from the current generator: run from the module directory, only when the
   * questions are meant to change.
   */
  public static void main(String[] args) throws IOException {
    StringBuilder out = new StringBuilder();
    out.append("# most-match questions, seeds 0 to ")
        .append(SEEDS - 1)
        .append(": first 4 bytes of SHA-256 of toString(), one seed a line.\n")
        .append("# Written by MostMatchGoldenTests.main; see its Javadoc.\n");
    digests()
        .forEach(
            (name, hashes) -> {
              out.append("dataset ").append(name).append('\n');
              hashes.forEach(h -> out.append(h).append('\n'));
            });
    Path file = Path.of("src/test/resources/org/quizkit/content/generate/" + RESOURCE);
    Files.createDirectories(file.getParent());
    Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
  }

  /**
   * The question as the generator made it, printed as before QuestionInfo had tested and revealed
   * facts: the digests were recorded then, and pin the generator alone.
   */
  private static String withoutFacts(org.quizkit.core.question.Question question) {
    return question
        .withInfo(question.info().withFacts(List.of(), List.of()))
        .toString()
        .replace(", tests=[], reveals=[]]", "]");
  }
}

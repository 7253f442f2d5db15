package org.quizkit.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.RandomQuestions;

/**
 * What every exporter promises, whatever the text of the questions. A failure prints its seed:
 * rerun with {@code -DQT_SEED=N} (see {@link RandomQuestions}).
 */
class ExportProperties {
  /** Banks of hostile text, as every export property draws them. */
  static Gen<List<Question>> banks() {
    return RandomQuestions.hostile().banks(1, 6);
  }

  private static Gen<String> formats() {
    return Generate.pick(Exporters.names());
  }

  /** A format, a bank and a seed. */
  private record Draw(String format, List<Question> bank, long seed) {}

  /**
   * The same input gives the same bytes, pinned: 150 exports of banks drawn with a fixed seed, in
   * every format, digested per format. A timestamp, an unseeded shuffle or a hash order leaking
   * into a file changes a digest. When a change to a format is meant (or {@link RandomQuestions}
   * changes), the failure shows the new digests: check the golden files first, then re-pin.
   */
  @Test
  void writesTheBytesPinnedForAFixedSeed() {
    Gen<Draw> draws = formats().zip(banks(), longs().all(), Draw::new);
    Map<String, MessageDigest> digests = new TreeMap<>();
    for (Draw draw : RandomQuestions.sample(draws, 20261204L, 150)) {
      ExportOptions options = ExportOptions.defaults().withSeed(draw.seed()).withPoolSize(1);
      digests
          .computeIfAbsent(draw.format(), f -> sha256())
          .update(bytes(Exporters.byName(draw.format()), draw.bank(), options));
    }
    Map<String, String> hex = new TreeMap<>();
    digests.forEach((format, digest) -> hex.put(format, HexFormat.of().formatHex(digest.digest())));
    assertEquals(PINNED, hex);
  }

  private static final Map<String, String> PINNED =
      Map.of(
          "aiken", "453046d2bb80cff3b13741d37e7606a484089775f53bd16315a3cce1686ec544",
          "canvas", "a712d3866abef830e967150ba98375e8947358399c807df37f7a808a4a148631",
          "gift", "be1a2bc6f0f12075bbdfa00368de43a4d21a819e15a47f610b77ddeebeb2df99",
          "json", "5079e337250ff2d5f65bccbe49713af508cdf136c8780d24e18862e7940fefb7",
          "moodle-xml", "402e55e82a0f03f00ed9dd6a1ecae45c02c83214905209f39e6ac9e195599802",
          "qti21", "e6e1e45aa752b6f6dcce484021ef3d3e09e94294aae76c0e5340ad2fe927a411",
          "qti3", "1c1b7a83bd30e1cd6a6d59b4b6dbe6bd20425fb191b605a53eaa6ba2595ee9fe");

  @Test
  void accountsForEveryQuestion() {
    qt().withExamples(150)
        .forAll(formats(), banks())
        .checkAssert(
            (format, bank) -> {
              ExportReport report;
              try {
                report =
                    Exporters.byName(format)
                        .write(bank, ExportOptions.defaults(), new ByteArrayOutputStream());
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              Set<String> ids = new HashSet<>();
              bank.forEach(q -> ids.add(q.id()));
              assertEquals(
                  bank.size(), report.written() + report.skipped().size(), report.toString());
              assertTrue(
                  report.skipped().stream()
                      .allMatch(
                          note -> ids.contains(note.questionId()) && !note.reason().isBlank()),
                  report.toString());
              assertTrue(
                  report.converted().stream().allMatch(note -> ids.contains(note.questionId())),
                  report.toString());
            });
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] bytes(Exporter exporter, List<Question> bank, ExportOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      exporter.write(bank, options, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}

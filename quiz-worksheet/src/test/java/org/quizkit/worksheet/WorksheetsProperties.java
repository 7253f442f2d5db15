package org.quizkit.worksheet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quizkit.worksheet.WorksheetSpec.Format;
import org.quizkit.worksheet.WorksheetSpec.Variants;

/**
 * Rendering worksheets. A failure prints its seed: rerun with {@code -DQT_SEED=N} (see {@link
 * org.quizkit.core.question.RandomQuestions}).
 */
class WorksheetsProperties {
  @Test
  void sameSpecGivesByteIdenticalHtmlAndMarkdown() {
    qt().withExamples(30)
        .forAll(longs().all(), integers().between(1, 4), Generate.enumValues(Variants.class))
        .checkAssert(WorksheetsProperties::rendersTheSameBytes);
  }

  private static void rendersTheSameBytes(long seed, int versions, Variants variants) {
    for (Format format : new Format[] {Format.HTML, Format.MARKDOWN}) {
      WorksheetSpec spec =
          WorksheetSpec.defaults("T")
              .withSeed(seed)
              .withCount(12)
              .withVersions(versions)
              .withVariants(variants)
              .withFormat(format);
      Map<String, byte[]> once = Worksheets.render(Banks.mixed(24), spec);
      Map<String, byte[]> twice = Worksheets.render(Banks.mixed(24), spec);
      assertEquals(once.keySet(), twice.keySet());
      once.forEach((name, bytes) -> assertArrayEquals(bytes, twice.get(name), name));
    }
  }

  @Test
  void footerCarriesTheSeedOnEverySheetAndKey() {
    qt().withExamples(30)
        .forAll(longs().all())
        .checkAssert(WorksheetsProperties::footerCarriesTheSeed);
  }

  private static void footerCarriesTheSeed(long seed) {
    WorksheetSpec spec =
        WorksheetSpec.defaults("T").withSeed(seed).withCount(3).withFormat(Format.MARKDOWN);
    Worksheets.render(Banks.small(), spec)
        .forEach(
            (name, bytes) -> {
              String text = new String(bytes, StandardCharsets.UTF_8);
              assertTrue(text.endsWith(" \u00b7 seed " + seed + "\n"), name);
            });
  }
}

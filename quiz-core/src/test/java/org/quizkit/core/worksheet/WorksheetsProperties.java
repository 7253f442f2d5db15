package org.quizkit.core.worksheet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.quizkit.core.worksheet.WorksheetSpec.Format;
import org.quizkit.core.worksheet.WorksheetSpec.Variants;

class WorksheetsProperties {
  @Property(tries = 30)
  void sameSpecGivesByteIdenticalHtmlAndMarkdown(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 4) int versions,
      @ForAll Variants variants) {
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

  @Property(tries = 30)
  void footerCarriesTheSeedOnEverySheetAndKey(@ForAll long seed) {
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

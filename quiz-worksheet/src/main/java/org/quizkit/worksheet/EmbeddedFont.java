package org.quizkit.worksheet;

import com.google.common.io.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The font embedded in every PDF (DejaVu Sans, regular and bold, shipped with the library under the
 * Bitstream Vera licence), and the characters it can draw. Loaded once per {@link Worksheets} call
 * and shared by every PDF of that call; immutable after construction.
 */
final class EmbeddedFont {
  static final String FAMILY = "DejaVu Sans";

  private final byte[] regular;
  private final byte[] bold;
  private final List<CmapLookup> cmaps;

  private EmbeddedFont(byte[] regular, byte[] bold) throws IOException {
    this.regular = regular;
    this.bold = bold;
    List<CmapLookup> lookups = new ArrayList<>();
    for (byte[] file : List.of(regular, bold)) {
      try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file))) {
        lookups.add(font.getUnicodeCmapLookup());
      }
    }
    this.cmaps = List.copyOf(lookups);
  }

  static EmbeddedFont load() {
    try {
      return new EmbeddedFont(
          withoutSubstitutions(read("fonts/DejaVuSans.ttf")),
          withoutSubstitutions(read("fonts/DejaVuSans-Bold.ttf")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the worksheet font", e);
    }
  }

  /**
   * The font with its glyph substitution table (GSUB) hidden. PDFBox applies that table's ligatures
   * when it writes text, so "first" went into the PDF as the single glyph "\ufb01rst" and search,
   * copying and screen readers missed the word; openhtmltopdf ignores CSS that turns ligatures off.
   * The table's tag in the font's table directory is renamed, so PDFBox finds no substitutions (and
   * the subset it embeds never copies the table); nothing else changes.
   */
  static byte[] withoutSubstitutions(byte[] font) {
    byte[] copy = font.clone();
    ByteBuffer buffer = ByteBuffer.wrap(copy);
    int tables = Short.toUnsignedInt(buffer.getShort(4));
    for (int i = 0; i < tables; i++) {
      int at = 12 + 16 * i;
      if (copy[at] == 'G' && copy[at + 1] == 'S' && copy[at + 2] == 'U' && copy[at + 3] == 'B') {
        copy[at] = 'X';
      }
    }
    return copy;
  }

  private static byte[] read(String name) throws IOException {
    return Resources.toByteArray(Resources.getResource(EmbeddedFont.class, name));
  }

  /** The regular face; callers must not change the array. */
  byte[] regular() {
    return regular;
  }

  /** The bold face; callers must not change the array. */
  byte[] bold() {
    return bold;
  }

  /** The code points of {@code text} that some face cannot draw; white space never counts. */
  SortedSet<Integer> missing(String text) {
    SortedSet<Integer> missing = new TreeSet<>();
    text.codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c))
        .filter(c -> cmaps.stream().anyMatch(cmap -> cmap.getGlyphId(c) == 0))
        .forEach(missing::add);
    return missing;
  }
}

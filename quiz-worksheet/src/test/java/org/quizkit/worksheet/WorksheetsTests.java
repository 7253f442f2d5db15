package org.quizkit.worksheet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quizkit.worksheet.WorksheetSpec.Format;

class WorksheetsTests {
  @TempDir Path temp;

  @Nested
  class Writing {
    @Test
    void writesASheetThenAKeyForEachVersionAndReturnsThemInOrder() throws IOException {
      Path out = temp.resolve("new/dir");
      List<Path> files =
          Worksheets.write(
              Banks.small(), WorksheetSpec.defaults("T").withCount(4).withVersions(3), out);
      assertEquals(
          List.of(
                  "worksheet-A.html",
                  "worksheet-A-key.html",
                  "worksheet-B.html",
                  "worksheet-B-key.html",
                  "worksheet-C.html",
                  "worksheet-C-key.html",
                  "worksheet-keys.html")
              .stream()
              .map(out::resolve)
              .toList(),
          files);
      files.forEach(file -> assertFalse(isEmpty(file), file.toString()));
    }

    @Test
    void writesWhatRenderMakes() throws IOException {
      WorksheetSpec spec = WorksheetSpec.defaults("T").withCount(6).withFormat(Format.MARKDOWN);
      List<Path> files = Worksheets.write(Banks.small(), spec, temp);
      Map<String, byte[]> rendered = Worksheets.render(Banks.small(), spec);
      assertEquals(
          List.copyOf(rendered.keySet()),
          files.stream().map(f -> f.getFileName().toString()).toList());
      for (Path file : files) {
        assertArrayEquals(rendered.get(file.getFileName().toString()), Files.readAllBytes(file));
      }
    }

    @Test
    void writesNothingWhenTheBankCannotServe() throws IOException {
      Path out = temp.resolve("out");
      assertThrows(
          WorksheetException.class,
          () -> Worksheets.write(Banks.small(), WorksheetSpec.defaults("T").withCount(7), out));
      assertFalse(Files.exists(out));
    }
  }

  private static boolean isEmpty(Path file) {
    try {
      return Files.size(file) == 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

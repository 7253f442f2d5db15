package org.quizkit.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ExportersTests {

  @Nested
  class ByName {
    @Test
    void findsEveryFormatByItsNameIgnoringCase() {
      for (String name : Exporters.names()) {
        assertEquals(name, Exporters.byName(" " + name.toUpperCase() + " ").format());
      }
    }

    @Test
    void namesTheKnownFormatsWhenTheNameIsUnknown() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Exporters.byName("scorm"));
      assertEquals(
          "unknown export format 'scorm' (known: " + String.join(", ", Exporters.names()) + ")",
          e.getMessage());
    }

    @Test
    void listsTheFormatsInOrderOfPreference() {
      assertEquals(
          List.of("json", "gift", "aiken", "qti21", "moodle-xml", "canvas", "qti3"),
          Exporters.names());
    }
  }

  @Nested
  class Failures {
    @Test
    void reportsAFailingStreamAsAnIoExceptionInEveryFormat() {
      for (String name : Exporters.names()) {
        java.io.OutputStream broken =
            new java.io.OutputStream() {
              @Override
              public void write(int b) throws IOException {
                throw new IOException("disk full");
              }
            };
        IOException e =
            assertThrows(
                IOException.class,
                () ->
                    Exporters.byName(name)
                        .write(SampleQuiz.plain(), ExportOptions.defaults(), broken),
                name);
        assertEquals("disk full", e.getMessage(), name);
      }
    }
  }

  @Nested
  class Options {
    @Test
    void rejectsABlankTitleAndANegativePool() {
      assertThrows(IllegalArgumentException.class, () -> new ExportOptions(" ", 0, 0));
      assertThrows(IllegalArgumentException.class, () -> ExportOptions.defaults().withPoolSize(-1));
    }

    @Test
    void takesOnlyAVersionsLettersAsTheVersion() {
      assertEquals("AB", ExportOptions.defaults().withVersion("AB").version());
      assertThrows(
          IllegalArgumentException.class, () -> ExportOptions.defaults().withVersion("a-1"));
    }
  }

  @Nested
  class Reports {
    @Test
    void saysAnExportIsCompleteOnlyWhenNothingWasChangedOrLeftOut() throws IOException {
      ExportReport json =
          Exporters.json()
              .write(SampleQuiz.plain(), ExportOptions.defaults(), new ByteArrayOutputStream());
      ExportReport aiken =
          Exporters.aiken()
              .write(SampleQuiz.plain(), ExportOptions.defaults(), new ByteArrayOutputStream());
      assertTrue(json.isComplete());
      assertEquals(false, aiken.isComplete());
      assertEquals(4, aiken.skipped().size());
    }
  }
}

package org.quizkit.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quizkit.core.export.ExportOptions;
import org.quizkit.core.export.ExportReport;
import org.quizkit.core.export.Exporters;
import org.quizkit.core.question.Question;
import uk.ac.ed.ph.jqtiplus.JqtiExtensionManager;
import uk.ac.ed.ph.jqtiplus.notification.Notification;
import uk.ac.ed.ph.jqtiplus.reading.AssessmentObjectXmlLoader;
import uk.ac.ed.ph.jqtiplus.reading.QtiXmlReader;
import uk.ac.ed.ph.jqtiplus.validation.ItemValidationResult;
import uk.ac.ed.ph.jqtiplus.validation.TestValidationResult;
import uk.ac.ed.ph.jqtiplus.xmlutils.SimpleSchemaCache;
import uk.ac.ed.ph.jqtiplus.xmlutils.locators.ChainedResourceLocator;
import uk.ac.ed.ph.jqtiplus.xmlutils.locators.FileResourceLocator;

/**
 * The exporters' own tests use small hand-made banks; this runs the real bank through them, so the
 * generators' ids and texts meet every format (a QTI item ref with a period once slipped through).
 */
class RealBankExportTests {
  private static final List<Question> BANK = QuizContent.builtIn().bank(1);

  static List<String> formats() {
    return Exporters.names();
  }

  private static byte[] export(String format, ExportOptions options) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportReport report = Exporters.byName(format).write(BANK, options, out);
    assertEquals(BANK.size(), report.written() + report.skipped().size(), format);
    return out.toByteArray();
  }

  @ParameterizedTest
  @MethodSource("formats")
  void writesEveryQuestionOrSaysWhyNot(String format) throws IOException {
    assertTrue(export(format, ExportOptions.defaults()).length > 1000, format);
  }

  @Test
  void readsTheJsonBankBackUnchanged() throws IOException {
    byte[] json = export("json", ExportOptions.defaults());
    assertEquals(BANK, Exporters.readJson(new ByteArrayInputStream(json), "bank.json"));
  }

  @Test
  void jqtiReadsTheQti21TestAndEveryItemOfTheRealBank(@TempDir Path dir) throws IOException {
    unzip(export("qti21", ExportOptions.defaults().withPoolSize(3)), dir);
    AssessmentObjectXmlLoader loader =
        new AssessmentObjectXmlLoader(
            new QtiXmlReader(new JqtiExtensionManager(), new SimpleSchemaCache()),
            new ChainedResourceLocator(
                new FileResourceLocator(), QtiXmlReader.JQTIPLUS_PARSER_RESOURCE_LOCATOR));

    TestValidationResult test = loader.loadResolveAndValidateTest(dir.resolve("test.xml").toUri());

    assertTrue(
        test.getResolvedAssessmentObject().getRootNodeLookup().wasSuccessful(), "test.xml read");
    assertEquals(List.of(), errors(test.getErrors()));
    assertEquals(BANK.size(), test.getItemValidationResults().size());
    for (ItemValidationResult item : test.getItemValidationResults()) {
      assertFalse(item.hasErrors(), () -> errors(item.getErrors()).toString());
    }
  }

  private static List<String> errors(List<Notification> notifications) {
    return notifications.stream().map(Notification::toString).toList();
  }

  private static void unzip(byte[] zip, Path dir) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        Path file = dir.resolve(entry.getName()).normalize();
        assertTrue(file.startsWith(dir), entry.getName());
        Files.createDirectories(file.getParent());
        Files.write(file, in.readAllBytes());
      }
    }
  }
}

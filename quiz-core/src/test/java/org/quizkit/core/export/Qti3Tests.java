package org.quizkit.core.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Question;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.LSInput;
import uk.ac.ed.ph.jqtiplus.validation.TestValidationResult;
import uk.ac.ed.ph.jqtiplus.value.Value;

class Qti3Tests {
  private static final ExportOptions OPTIONS = ExportOptions.defaults().withTitle("Spread quiz");
  private static final String XLINK =
      "https://purl.imsglobal.org/spec/w3/1999/schema/xsd/xlink.xsd";
  private static final Jqti JQTI = new Jqti();

  static byte[] zip(List<Question> questions, ExportOptions options) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Exporters.qti3().write(questions, options, out);
    return out.toByteArray();
  }

  /** Item files the manifest lists as QTI 3.0 items, in order. */
  static List<String> itemHrefs(Path dir) throws Exception {
    NodeList resources =
        Qti21Tests.parse(dir.resolve("imsmanifest.xml")).getElementsByTagNameNS("*", "resource");
    List<String> hrefs = new ArrayList<>();
    for (int i = 0; i < resources.getLength(); i++) {
      Element resource = (Element) resources.item(i);
      if (resource.getAttribute("type").equals("imsqti_item_xmlv3p0")) {
        hrefs.add(resource.getAttribute("href"));
      }
    }
    return hrefs;
  }

  @Nested
  class Package {
    @Test
    void writesEveryEntryAsInTheGoldenFile() throws IOException {
      StringBuilder text = new StringBuilder();
      for (Map.Entry<String, String> e :
          Qti21Tests.entries(zip(SampleQuiz.plain(), OPTIONS.withPoolSize(2))).entrySet()) {
        text.append("=== ").append(e.getKey()).append('\n').append(e.getValue());
      }
      Golden.assertMatches("plain.qti3.txt", text.toString().getBytes(UTF_8));
    }

    @Test
    void manifestIsValidQti3ContentPackaging(@TempDir Path dir) throws Exception {
      for (List<Question> quiz : List.of(SampleQuiz.plain(), SampleQuiz.metacharacters())) {
        Path manifest = Files.createTempDirectory(dir, "m").resolve("imsmanifest.xml");
        Files.writeString(manifest, Qti21Tests.entries(zip(quiz, OPTIONS)).get("imsmanifest.xml"));
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        // the one import that names a network address is answered with a local stub
        factory.setResourceResolver(
            (type, namespace, publicId, systemId, baseUri) ->
                XLINK.equals(systemId) ? stub() : null);
        factory
            .newSchema(Qti3Tests.class.getResource("schemas/qtiv3p0/imsqtiv3p0_imscpv1p2_v1p0.xsd"))
            .newValidator()
            .validate(new StreamSource(manifest.toFile()));
      }
    }

    @Test
    void namesEveryElementTheQti3Way() throws IOException {
      String item = Qti21Tests.entries(zip(SampleQuiz.plain(), OPTIONS)).get("items/sc-bone.xml");
      assertTrue(
          item.contains(
              "<qti-assessment-item xmlns=\"http://www.imsglobal.org/xsd/imsqtiasi_v3p0\""),
          item);
      assertTrue(
          item.contains(
              "<qti-choice-interaction response-identifier=\"RESPONSE\" shuffle=\"true\" max-choices=\"1\">"),
          item);
      assertTrue(
          item.contains("<qti-content-body>Bone is the site named first.</qti-content-body>"),
          item);
      assertTrue(item.contains("<qti-response-processing>"), item);
      assertFalse(item.contains("template="), item);
    }
  }

  /** Each QTI 3 file renamed back to QTI 2.1 must be what the QTI 2.1 export checks prove. */
  @Nested
  class BackInQti21Names {
    @Test
    void jqtiReadsAndScoresEveryItem(@TempDir Path dir) throws Exception {
      for (List<Question> quiz : List.of(SampleQuiz.plain(), SampleQuiz.metacharacters())) {
        Path unzipped = Qti21Tests.unzip(zip(quiz, OPTIONS), Files.createTempDirectory(dir, "p"));
        Path renamed = Files.createTempDirectory(dir, "r");
        List<String> hrefs = itemHrefs(unzipped);
        assertEquals(quiz.size(), hrefs.size());
        for (int i = 0; i < quiz.size(); i++) {
          Path item = renamed.resolve(hrefs.get(i));
          Qti3To21.convert(unzipped.resolve(hrefs.get(i)), item);
          var result = JQTI.item(item.toFile());
          assertEquals(List.of(), Jqti.problems(result), hrefs.get(i));
          QtiResponses responses = QtiResponses.of(quiz.get(i));
          var resolved = result.getResolvedAssessmentItem();
          Map<String, Value> best = JQTI.run(resolved, Map.of("RESPONSE", responses.right()));
          assertEquals(responses.maxScore(), Jqti.number(best.get("SCORE")), hrefs.get(i));
          assertTrue(Jqti.identifiers(best.get("FEEDBACK")).contains("EXPLANATION"));
          for (List<String> wrong : responses.wrong()) {
            assertTrue(
                Jqti.number(JQTI.run(resolved, Map.of("RESPONSE", wrong)).get("SCORE"))
                    < responses.maxScore());
          }
        }
      }
    }

    @Test
    void jqtiReadsTheTest(@TempDir Path dir) throws Exception {
      Path unzipped =
          Qti21Tests.unzip(zip(SampleQuiz.plain(), OPTIONS.withPoolSize(2)), dir.resolve("p"));
      Path renamed = dir.resolve("r");
      for (String href : itemHrefs(unzipped)) {
        Qti3To21.convert(unzipped.resolve(href), renamed.resolve(href));
      }
      Qti3To21.convert(unzipped.resolve("test.xml"), renamed.resolve("test.xml"));
      TestValidationResult result = JQTI.test(renamed.resolve("test.xml").toFile());
      assertEquals(List.of(), Jqti.problems(result));
      assertEquals(SampleQuiz.plain().size(), result.getItemValidationResults().size());
    }
  }

  /**
   * For the validator by hand, and for {@code lms-check/check.js}, which converts each QTI 2.1 file
   * with @citolab/qti-convert (npm) and compares the result with the QTI 3 file.
   */
  @Nested
  class ForTheNodeCheck {
    @Test
    void writesBothDialectsOfTheSampleQuizzes() throws IOException {
      LmsCheckFiles.write(
          Exporters.qti3(), "plain.qti3.zip", SampleQuiz.plain(), OPTIONS.withPoolSize(2));
      for (var quiz :
          Map.of("plain", SampleQuiz.plain(), "meta", SampleQuiz.metacharacters()).entrySet()) {
        Path dir = LmsCheckFiles.DIR.resolve("qti3-compare").resolve(quiz.getKey());
        Qti21Tests.unzip(
            Qti21Tests.zip(quiz.getValue(), OPTIONS.withPoolSize(2)), dir.resolve("qti21"));
        Qti21Tests.unzip(zip(quiz.getValue(), OPTIONS.withPoolSize(2)), dir.resolve("qti3"));
      }
      assertTrue(Files.exists(LmsCheckFiles.DIR.resolve("qti3-compare/meta/qti3/test.xml")));
    }
  }

  /**
   * For {@code lms-check/qti3-runtime.js}, which answers every item in a QTI 3 delivery runtime
   * ({@code @citolab/qti-components} in headless Chromium) and compares scores and feedback with
   * these runs.
   */
  @Nested
  class ForTheRuntimeCheck {
    @Test
    void writesItemsOfEveryKindWithWhatTheRuntimeMustScoreAndShow() throws Exception {
      Path dir = LmsCheckFiles.DIR.resolve("qti3-runtime");
      if (Files.exists(dir)) {
        try (var files = Files.walk(dir)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
      Set<String> kinds = new TreeSet<>();
      kinds.addAll(QtiRuntimeRuns.write(SampleQuiz.plain(), OPTIONS, dir.resolve("plain")));
      kinds.addAll(QtiRuntimeRuns.write(SampleQuiz.metacharacters(), OPTIONS, dir.resolve("meta")));
      kinds.addAll(
          QtiRuntimeRuns.write(
              List.of(QtiRuntimeRuns.manyFeedbacks()), OPTIONS, dir.resolve("feedback")));
      kinds.addAll(
          QtiRuntimeRuns.write(
              LmsCheckFiles.randomBank(60, 20261124L), OPTIONS, dir.resolve("random")));
      assertEquals(Arrays.stream(Kind.values()).map(Kind::id).collect(Collectors.toSet()), kinds);
    }
  }

  private static LSInput stub() {
    try {
      var implementation =
          (org.w3c.dom.ls.DOMImplementationLS)
              javax.xml.parsers.DocumentBuilderFactory.newDefaultInstance()
                  .newDocumentBuilder()
                  .getDOMImplementation()
                  .getFeature("LS", "3.0");
      LSInput input = implementation.createLSInput();
      InputStream in = Qti3Tests.class.getResourceAsStream("schemas/xlink-stub.xsd");
      input.setByteStream(in);
      input.setSystemId(Qti3Tests.class.getResource("schemas/xlink-stub.xsd").toString());
      return input;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

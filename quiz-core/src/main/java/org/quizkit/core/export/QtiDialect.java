package org.quizkit.core.export;

import java.io.OutputStream;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What differs between QTI 2.1 and QTI 3.0 for the items, tests and packages quizkit writes: names
 * (QTI 3 prefixes every QTI element with {@code qti-} and writes names in kebab case), namespaces,
 * package resource types, and the {@code qti-content-body} that QTI 3 puts around feedback content.
 * The structure is the same, so one writer serves both.
 *
 * @param format the exporter's format name
 * @param itemNamespace namespace of items and tests
 * @param itemSchemaLocation {@code xsi:schemaLocation} of items and tests
 * @param packageNamespace namespace of {@code imsmanifest.xml}
 * @param packageSchemaLocation {@code xsi:schemaLocation} of {@code imsmanifest.xml}
 * @param packageSchema the manifest's {@code metadata/schema}
 * @param packageSchemaVersion the manifest's {@code metadata/schemaversion}
 * @param version the version part of the resource types ({@code imsqti_item_xmlv2p1})
 * @param qti3 whether QTI 3 conventions apply: kebab-case names prefixed with {@code qti-}, and
 *     feedback content wrapped in {@code qti-content-body}
 */
record QtiDialect(
    String format,
    String itemNamespace,
    String itemSchemaLocation,
    String packageNamespace,
    String packageSchemaLocation,
    String packageSchema,
    String packageSchemaVersion,
    String version,
    boolean qti3) {

  /** Elements QTI borrows from XHTML keep their names in QTI 3. */
  private static final Set<String> HTML = Set.of("p", "br", "div");

  static final QtiDialect QTI21 =
      new QtiDialect(
          "qti21",
          "http://www.imsglobal.org/xsd/imsqti_v2p1",
          "http://www.imsglobal.org/xsd/imsqti_v2p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd",
          "http://www.imsglobal.org/xsd/imscp_v1p1",
          "http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd",
          "QTIv2.1 Package",
          "1.0.0",
          "v2p1",
          false);

  static final QtiDialect QTI30 =
      new QtiDialect(
          "qti3",
          "http://www.imsglobal.org/xsd/imsqtiasi_v3p0",
          "http://www.imsglobal.org/xsd/imsqtiasi_v3p0 https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd",
          "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1",
          "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1 https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd",
          "QTI Package",
          "3.0.0",
          "v3p0",
          true);

  String itemType() {
    return "imsqti_item_xml" + version;
  }

  String testType() {
    return "imsqti_test_xml" + version;
  }

  /** A writer for items and tests in this dialect's names. */
  XmlOut items(OutputStream out) {
    if (!qti3) {
      return new XmlOut(out);
    }
    UnaryOperator<String> element = name -> HTML.contains(name) ? name : "qti-" + kebab(name);
    return new XmlOut(out, element, QtiDialect::kebab);
  }

  /** {@code choiceInteraction} to {@code choice-interaction}. */
  static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }
}

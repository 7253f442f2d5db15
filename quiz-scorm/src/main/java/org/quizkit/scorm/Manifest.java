package org.quizkit.scorm;

import com.google.common.escape.Escaper;
import com.google.common.xml.XmlEscapers;
import java.util.List;
import java.util.Locale;

/**
 * {@code imsmanifest.xml}: one organization with one item, the player, launched as one SCO whose
 * resource lists every file of the package. SCORM 2004 4th edition states the pass mark as the
 * primary objective's minimum normalised measure (the LMS gives it to the player as {@code
 * cmi.scaled_passing_score}); SCORM 1.2 as {@code adlcp:masteryscore} in percent.
 */
final class Manifest {
  private static final Escaper TEXT = XmlEscapers.xmlContentEscaper();
  private static final Escaper ATTRIBUTE = XmlEscapers.xmlAttributeEscaper();

  private Manifest() {}

  static String write(
      Standard standard, String identifier, String title, double pass, List<String> files) {
    return switch (standard) {
      case SCORM_2004 -> scorm2004(identifier, title, pass, files);
      case SCORM_12 -> scorm12(identifier, title, pass, files);
    };
  }

  private static String scorm2004(
      String identifier, String title, double pass, List<String> files) {
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<manifest identifier=\"")
        .append(ATTRIBUTE.escape(identifier))
        .append("\" version=\"1\"\n")
        .append("    xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\"\n")
        .append("    xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_v1p3\"\n")
        .append("    xmlns:adlseq=\"http://www.adlnet.org/xsd/adlseq_v1p3\"\n")
        .append("    xmlns:adlnav=\"http://www.adlnet.org/xsd/adlnav_v1p3\"\n")
        .append("    xmlns:imsss=\"http://www.imsglobal.org/xsd/imsss\"\n")
        .append("    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n")
        .append("    xsi:schemaLocation=\"http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd")
        .append(" http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd")
        .append(" http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd")
        .append(" http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd")
        .append(" http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd\">\n")
        .append("  <metadata>\n")
        .append("    <schema>ADL SCORM</schema>\n")
        .append("    <schemaversion>2004 4th Edition</schemaversion>\n")
        .append("  </metadata>\n")
        .append("  <organizations default=\"quiz\">\n")
        .append("    <organization identifier=\"quiz\">\n")
        .append("      <title>")
        .append(TEXT.escape(title))
        .append("</title>\n")
        .append("      <item identifier=\"quiz-item\" identifierref=\"player\">\n")
        .append("        <title>")
        .append(TEXT.escape(title))
        .append("</title>\n")
        .append("        <imsss:sequencing>\n")
        .append("          <imsss:objectives>\n")
        .append(
            "            <imsss:primaryObjective objectiveID=\"pass\" satisfiedByMeasure=\"true\">\n")
        .append("              <imsss:minNormalizedMeasure>")
        .append(decimal(pass))
        .append("</imsss:minNormalizedMeasure>\n")
        .append("            </imsss:primaryObjective>\n")
        .append("          </imsss:objectives>\n")
        .append(
            "          <imsss:deliveryControls completionSetByContent=\"true\""
                + " objectiveSetByContent=\"true\"/>\n")
        .append("        </imsss:sequencing>\n")
        .append("      </item>\n")
        .append("    </organization>\n")
        .append("  </organizations>\n")
        .append("  <resources>\n")
        .append(
            "    <resource identifier=\"player\" type=\"webcontent\" adlcp:scormType=\"sco\""
                + " href=\"index.html\">\n");
    files(xml, files);
    return xml.append("    </resource>\n")
        .append("  </resources>\n")
        .append("</manifest>\n")
        .toString();
  }

  private static String scorm12(String identifier, String title, double pass, List<String> files) {
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<manifest identifier=\"")
        .append(ATTRIBUTE.escape(identifier))
        .append("\" version=\"1.2\"\n")
        .append("    xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\"\n")
        .append("    xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_rootv1p2\"\n")
        .append("    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n")
        .append(
            "    xsi:schemaLocation=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2"
                + " imscp_rootv1p1p2.xsd")
        .append(" http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd")
        .append(" http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd\">\n")
        .append("  <metadata>\n")
        .append("    <schema>ADL SCORM</schema>\n")
        .append("    <schemaversion>1.2</schemaversion>\n")
        .append("  </metadata>\n")
        .append("  <organizations default=\"quiz\">\n")
        .append("    <organization identifier=\"quiz\">\n")
        .append("      <title>")
        .append(TEXT.escape(title))
        .append("</title>\n")
        .append(
            "      <item identifier=\"quiz-item\" identifierref=\"player\" isvisible=\"true\">\n")
        .append("        <title>")
        .append(TEXT.escape(title))
        .append("</title>\n")
        .append("        <adlcp:masteryscore>")
        .append(decimal(pass * 100))
        .append("</adlcp:masteryscore>\n")
        .append("      </item>\n")
        .append("    </organization>\n")
        .append("  </organizations>\n")
        .append("  <resources>\n")
        .append(
            "    <resource identifier=\"player\" type=\"webcontent\" adlcp:scormtype=\"sco\""
                + " href=\"index.html\">\n");
    files(xml, files);
    return xml.append("    </resource>\n")
        .append("  </resources>\n")
        .append("</manifest>\n")
        .toString();
  }

  private static void files(StringBuilder xml, List<String> files) {
    for (String file : files) {
      xml.append("      <file href=\"").append(ATTRIBUTE.escape(file)).append("\"/>\n");
    }
  }

  /** Such as {@code 0.8} or {@code 80}: at most four decimals, no exponent, no trailing zeros. */
  static String decimal(double value) {
    String text = String.format(Locale.ROOT, "%.4f", value);
    text = text.replaceAll("0+$", "");
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }
}

package org.quizkit.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;

/**
 * An IMS QTI content package (QTI 2.1 or 3.0, by {@link QtiDialect}): {@code imsmanifest.xml},
 * {@code test.xml} (one {@code assessmentSection} per module) and {@code items/<id>.xml}, one item
 * per question, written entry by entry into the zip.
 */
final class QtiPackageExporter implements Exporter {
  static final String TEST_FILE = "test.xml";
  static final String TEST_ID = "TEST";

  private final QtiDialect dialect;

  QtiPackageExporter(QtiDialect dialect) {
    this.dialect = dialect;
  }

  @Override
  public String format() {
    return dialect.format();
  }

  @Override
  public String extension() {
    return "zip";
  }

  /** A question that will be written, with its identifier, file and section. */
  private record Planned(Question question, String identifier, String section) {
    String href() {
      return "items/" + identifier + ".xml";
    }
  }

  @Override
  public ExportReport write(
      List<? extends Question> questions, ExportOptions options, OutputStream out)
      throws IOException {
    return XmlOut.unwrapping(() -> export(questions, options, out));
  }

  private ExportReport export(
      List<? extends Question> questions, ExportOptions options, OutputStream out)
      throws IOException {
    Bank.checkIds(questions);
    XmlOut.checkTitle(options.title());
    ReportBuilder report = new ReportBuilder(format());
    QtiIds ids = new QtiIds(TEST_ID, "imsmanifest", "test");
    List<Planned> plan = new ArrayList<>();
    for (Question question : questions) {
      String reason = XmlChecks.unwritable(question);
      if (reason != null) {
        report.skipped(question.id(), reason);
        continue;
      }
      conversions(question).forEach(note -> report.converted(question.id(), note));
      plan.add(
          new Planned(
              question, ids.next(question.id()), Bank.module(question).orElse(options.title())));
    }
    ZipPackage zip = new ZipPackage(out);
    manifest(new XmlOut(zip.entry("imsmanifest.xml")), options, plan);
    test(dialect.items(zip.entry(TEST_FILE)), options, plan);
    for (Planned planned : plan) {
      QtiItemWriter.write(
          zip.entry(planned.href()), dialect, planned.identifier(), planned.question());
      report.written();
    }
    zip.finish();
    return report.build();
  }

  /** What the item changes, for the report. */
  private static List<String> conversions(Question question) {
    return question.accept(CONVERSIONS);
  }

  private static final Question.Cases<List<String>> CONVERSIONS =
      new Question.Cases<>() {
        @Override
        public List<String> singleChoice(SingleChoice question) {
          return List.of();
        }

        @Override
        public List<String> multipleResponse(MultipleResponse question) {
          return List.of();
        }

        @Override
        public List<String> trueFalse(TrueFalse question) {
          return List.of();
        }

        @Override
        public List<String> matching(Matching question) {
          return Stream.concat(question.premises().stream(), question.choices().stream())
                  .anyMatch(o -> !o.feedback().isEmpty())
              ? List.of(
                  "feedback on matching premises or choices dropped: QTI shows it only per"
                      + " response")
              : List.of();
        }

        @Override
        public List<String> ordering(Ordering question) {
          return List.of();
        }

        @Override
        public List<String> shortAnswer(ShortAnswer question) {
          return QtiItemWriter.typedForms(question).equals(question.accepted())
              ? List.of()
              : List.of(
                  "accepted answers made one line and distinct ignoring case, as a text entry is");
        }
      };

  private void manifest(XmlOut xml, ExportOptions options, List<Planned> plan) {
    xml.root(
        "manifest",
        dialect.packageNamespace(),
        dialect.packageSchemaLocation(),
        "identifier",
        "MANIFEST-" + new QtiIds().next(options.title()));
    xml.start("metadata");
    xml.leaf("schema", dialect.packageSchema());
    xml.leaf("schemaversion", dialect.packageSchemaVersion());
    xml.end();
    xml.empty("organizations");
    xml.start("resources");
    xml.start("resource", "identifier", TEST_ID, "type", dialect.testType(), "href", TEST_FILE);
    xml.empty("file", "href", TEST_FILE);
    for (Planned planned : plan) {
      xml.empty("dependency", "identifierref", planned.identifier());
    }
    xml.end();
    for (Planned planned : plan) {
      xml.start(
          "resource",
          "identifier",
          planned.identifier(),
          "type",
          dialect.itemType(),
          "href",
          planned.href());
      xml.empty("file", "href", planned.href());
      xml.end();
    }
    xml.end();
    xml.close();
  }

  /**
   * One section per module, in order of first appearance. With a pool size each section draws that
   * many of its items ({@code selection}) and shuffles them ({@code ordering}).
   */
  private void test(XmlOut xml, ExportOptions options, List<Planned> plan) {
    Map<String, List<Planned>> sections = new LinkedHashMap<>();
    for (Planned planned : plan) {
      sections.computeIfAbsent(planned.section(), s -> new ArrayList<>()).add(planned);
    }
    xml.root(
        "assessmentTest",
        dialect.itemNamespace(),
        dialect.itemSchemaLocation(),
        "identifier",
        TEST_ID,
        "title",
        options.title(),
        "toolName",
        "quizkit");
    xml.start(
        "outcomeDeclaration", "identifier", "SCORE", "cardinality", "single", "baseType", "float");
    xml.start("defaultValue").leaf("value", "0").end();
    xml.end();
    xml.start(
        "testPart",
        "identifier",
        "PART",
        "navigationMode",
        "nonlinear",
        "submissionMode",
        "individual");
    int number = 1;
    for (Map.Entry<String, List<Planned>> section : sections.entrySet()) {
      xml.start(
          "assessmentSection",
          "identifier",
          "SECTION-" + number++,
          "title",
          section.getKey(),
          "visible",
          "true");
      if (options.poolSize() > 0) {
        int select = Math.min(options.poolSize(), section.getValue().size());
        xml.empty("selection", "select", String.valueOf(select));
        xml.empty("ordering", "shuffle", "true");
      }
      for (Planned planned : section.getValue()) {
        xml.empty("assessmentItemRef", "identifier", planned.identifier(), "href", planned.href());
      }
      xml.end();
    }
    xml.end();
    xml.start("outcomeProcessing");
    xml.start("setOutcomeValue", "identifier", "SCORE").start("sum");
    xml.empty("testVariables", "variableIdentifier", "SCORE");
    xml.end().end();
    xml.end();
    xml.close();
  }
}

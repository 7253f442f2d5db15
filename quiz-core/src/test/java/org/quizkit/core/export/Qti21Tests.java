package org.quizkit.core.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.SingleChoice;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import uk.ac.ed.ph.jqtiplus.validation.ItemValidationResult;
import uk.ac.ed.ph.jqtiplus.validation.TestValidationResult;
import uk.ac.ed.ph.jqtiplus.value.Value;

class Qti21Tests {
  private static final ExportOptions OPTIONS = ExportOptions.defaults().withTitle("Spread quiz");

  /** One reader for the class: compiling the QTI schema is the slow part. */
  private static final Jqti jqti = new Jqti();

  static byte[] zip(List<Question> questions, ExportOptions options) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Exporters.qti21().write(questions, options, out);
    return out.toByteArray();
  }

  /** The entries of a zip, in order, as text. */
  static Map<String, String> entries(byte[] zip) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        entries.put(e.getName(), new String(in.readAllBytes(), UTF_8));
      }
    }
    return entries;
  }

  static Path unzip(byte[] zip, Path dir) throws IOException {
    for (Map.Entry<String, String> entry : entries(zip).entrySet()) {
      Path file = dir.resolve(entry.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, entry.getValue(), UTF_8);
    }
    return dir;
  }

  static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  /** The item files the manifest lists, in manifest order. */
  static List<String> itemHrefs(Path dir) throws Exception {
    NodeList resources =
        parse(dir.resolve("imsmanifest.xml")).getElementsByTagNameNS("*", "resource");
    List<String> hrefs = new ArrayList<>();
    for (int i = 0; i < resources.getLength(); i++) {
      Element resource = (Element) resources.item(i);
      if (resource.getAttribute("type").equals("imsqti_item_xmlv2p1")) {
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
      for (Map.Entry<String, String> entry : entries(zip(SampleQuiz.plain(), OPTIONS)).entrySet()) {
        text.append("=== ").append(entry.getKey()).append('\n').append(entry.getValue());
      }
      Golden.assertMatches("plain.qti21.txt", text.toString().getBytes(UTF_8));
    }

    @Test
    void manifestIsValidImsContentPackaging(@TempDir Path dir) throws Exception {
      for (List<Question> quiz : List.of(SampleQuiz.plain(), SampleQuiz.metacharacters())) {
        Path unzipped = unzip(zip(quiz, OPTIONS), Files.createTempDirectory(dir, "p"));
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        // offline: schemas only from the copies in the test resources
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        Validator validator =
            factory
                .newSchema(Qti21Tests.class.getResource("schemas/imscp_v1p1.xsd"))
                .newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.validate(new StreamSource(unzipped.resolve("imsmanifest.xml").toFile()));
      }
    }

    @Test
    void manifestListsEveryFileInThePackageAndNothingElse(@TempDir Path dir) throws Exception {
      byte[] zip = zip(SampleQuiz.plain(), OPTIONS);
      Path unzipped = unzip(zip, dir);
      NodeList files =
          parse(unzipped.resolve("imsmanifest.xml")).getElementsByTagNameNS("*", "file");
      List<String> listed = new ArrayList<>();
      for (int i = 0; i < files.getLength(); i++) {
        listed.add(((Element) files.item(i)).getAttribute("href"));
      }
      List<String> inZip = new ArrayList<>(entries(zip).keySet());
      inZip.remove("imsmanifest.xml");
      assertEquals(inZip, listed);
      assertEquals(SampleQuiz.plain().size(), itemHrefs(unzipped).size());
    }

    @Test
    void stampsEveryEntryWithTheSameTime() throws IOException {
      try (ZipInputStream in =
          new ZipInputStream(new ByteArrayInputStream(zip(SampleQuiz.plain(), OPTIONS)))) {
        for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
          assertEquals(ZipPackage.ENTRY_TIME, e.getTimeLocal(), e.getName());
        }
      }
    }

    @Test
    void skipsQuestionsWithCharactersXmlCannotHold() throws IOException {
      Question bad =
          new SingleChoice(
              "ctl",
              "Bell \u0007 here",
              List.of(Option.of("a", "A"), Option.of("b", "B")),
              "a",
              QuestionInfo.of("E", "X"));
      ExportReport report =
          Exporters.qti21().write(List.of(bad), OPTIONS, new ByteArrayOutputStream());
      assertEquals(
          "ctl: its stem holds U+0007, which XML 1.0 cannot", report.skipped().get(0).toString());
    }

    @Test
    void saysWhenFeedbackOnMatchingPremisesIsDropped() throws IOException {
      Question quiet = matching("quiet", "");
      Question told = matching("told", "Colon blood drains to the liver first.");
      ExportReport report =
          Exporters.qti21().write(List.of(quiet, told), OPTIONS, new ByteArrayOutputStream());
      assertEquals(
          List.of(
              new ExportReport.Note(
                  "told",
                  "feedback on matching premises or choices dropped: QTI shows it only per"
                      + " response")),
          report.converted());
    }

    private Question matching(String id, String feedback) {
      Map<String, String> key = new LinkedHashMap<>();
      key.put("colon", "liver");
      key.put("prostate", "bone");
      return new Matching(
          id,
          "Match each cancer to a site.",
          List.of(
              new Option("colon", "Colon cancer", "", feedback),
              Option.of("prostate", "Prostate cancer")),
          List.of(Option.of("liver", "Liver"), Option.of("bone", "Bone")),
          key,
          QuestionInfo.of("E", "X"));
    }
  }

  @Nested
  class Items {
    @Test
    void jqtiReadsEveryItemWithoutAProblem(@TempDir Path dir) throws Exception {
      for (List<Question> quiz : List.of(SampleQuiz.plain(), SampleQuiz.metacharacters())) {
        Path unzipped = unzip(zip(quiz, OPTIONS), Files.createTempDirectory(dir, "p"));
        for (String href : itemHrefs(unzipped)) {
          ItemValidationResult result = jqti.item(unzipped.resolve(href).toFile());
          assertEquals(List.of(), Jqti.problems(result), href);
        }
      }
    }

    @Test
    void scoresTheRightResponseHighestAndEveryDistractorLower(@TempDir Path dir) throws Exception {
      for (List<Question> quiz : List.of(SampleQuiz.plain(), SampleQuiz.metacharacters())) {
        Path unzipped = unzip(zip(quiz, OPTIONS), Files.createTempDirectory(dir, "p"));
        List<String> hrefs = itemHrefs(unzipped);
        for (int i = 0; i < quiz.size(); i++) {
          Question question = quiz.get(i);
          var item = jqti.item(unzipped.resolve(hrefs.get(i)).toFile()).getResolvedAssessmentItem();
          QtiResponses responses = QtiResponses.of(question);
          Map<String, Value> best = jqti.run(item, Map.of("RESPONSE", responses.right()));
          assertEquals(responses.maxScore(), Jqti.number(best.get("SCORE")), question.id());
          assertEquals(responses.maxScore(), Jqti.number(best.get("MAXSCORE")), question.id());
          assertTrue(Jqti.identifiers(best.get("FEEDBACK")).contains("EXPLANATION"), question.id());
          assertFalse(responses.wrong().isEmpty(), question.id());
          for (List<String> wrong : responses.wrong()) {
            double score = Jqti.number(jqti.run(item, Map.of("RESPONSE", wrong)).get("SCORE"));
            assertTrue(
                score < responses.maxScore(), question.id() + " scores " + score + " for " + wrong);
            assertTrue(score >= 0, question.id() + " scores " + score + " for " + wrong);
          }
        }
      }
    }

    /**
     * An engine may run a named standard template in place of the written rules, and no template
     * sets FEEDBACK, which every item does: so no item names one.
     */
    @Test
    void namesNoTemplateSinceEveryItemSetsFeedback(@TempDir Path dir) throws Exception {
      int checked = 0;
      for (List<Question> quiz : List.of(SampleQuiz.plain(), SampleQuiz.metacharacters())) {
        Path unzipped = unzip(zip(quiz, OPTIONS), Files.createTempDirectory(dir, "p"));
        for (String href : itemHrefs(unzipped)) {
          Element processing =
              (Element)
                  parse(unzipped.resolve(href))
                      .getElementsByTagNameNS("*", "responseProcessing")
                      .item(0);
          assertFalse(processing.hasAttribute("template"), href);
          assertTrue(
              processing.getElementsByTagNameNS("*", "setOutcomeValue").getLength() > 0, href);
          checked++;
        }
      }
      assertEquals(SampleQuiz.plain().size() + SampleQuiz.metacharacters().size(), checked);
    }

    @Test
    void scoresNothingForChoosingEveryOptionWhateverThePenaltyRoundsTo(@TempDir Path dir)
        throws Exception {
      // one right option of four: each wrong one costs a third of a point, written to 6 places
      Question question =
          new MultipleResponse(
              "mr-third",
              "Which is named?",
              List.of(
                  Option.of("a", "A"),
                  Option.of("b", "B"),
                  Option.of("c", "C"),
                  Option.of("d", "D")),
              List.of("a"),
              QuestionInfo.of("A is named.", "module:x"));
      Path unzipped = unzip(zip(List.of(question), OPTIONS), dir);
      var item =
          jqti.item(unzipped.resolve(itemHrefs(unzipped).get(0)).toFile())
              .getResolvedAssessmentItem();
      Map<String, Value> all = jqti.run(item, Map.of("RESPONSE", List.of("C1", "C2", "C3", "C4")));
      assertEquals(0.0, Jqti.number(all.get("SCORE")));
    }

    /** Every chosen option with feedback raises its identifier, however many are chosen. */
    @Test
    void showsTheFeedbackOfEveryChosenOptionOfAMultipleResponse(@TempDir Path dir)
        throws Exception {
      Question question =
          new MultipleResponse(
              "mr-all",
              "Which are named?",
              List.of(
                  Option.of("a", "A"),
                  new Option("b", "B", "b", "B is not named."),
                  new Option("c", "C", "c", "C is not named either."),
                  new Option("d", "D", "d", "D is named.")),
              List.of("a", "d"),
              QuestionInfo.of("A and D are named.", "module:x"));
      Path unzipped = unzip(zip(List.of(question), OPTIONS), dir);
      Path file = unzipped.resolve(itemHrefs(unzipped).get(0));
      var item = jqti.item(file.toFile()).getResolvedAssessmentItem();
      Map<List<String>, List<String>> expected =
          Map.of(
              List.of("C1", "C2", "C3"), List.of("C2", "C3", "EXPLANATION"),
              List.of("C1", "C4"), List.of("C4", "EXPLANATION"),
              List.of("C1"), List.of("EXPLANATION"),
              List.of("C2", "C3", "C4"), List.of("C2", "C3", "C4", "EXPLANATION"));
      for (Map.Entry<List<String>, List<String>> e : expected.entrySet()) {
        List<String> feedback =
            Jqti.identifiers(jqti.run(item, Map.of("RESPONSE", e.getKey())).get("FEEDBACK"));
        assertEquals(e.getValue(), feedback.stream().distinct().sorted().toList(), "" + e);
      }
    }

    @Test
    void showsTheFeedbackOfTheChosenOption(@TempDir Path dir) throws Exception {
      Path unzipped = unzip(zip(SampleQuiz.plain(), OPTIONS), dir);
      var item =
          jqti.item(unzipped.resolve(itemHrefs(unzipped).get(0)).toFile())
              .getResolvedAssessmentItem();
      Map<String, Value> outcomes = jqti.run(item, Map.of("RESPONSE", List.of("C2")));
      assertEquals(List.of("C2", "EXPLANATION"), Jqti.identifiers(outcomes.get("FEEDBACK")));
      assertEquals(0.0, Jqti.number(outcomes.get("SCORE")));
    }

    @Test
    void acceptsShortAnswersWhateverTheirCase(@TempDir Path dir) throws Exception {
      Path unzipped = unzip(zip(SampleQuiz.plain(), OPTIONS), dir);
      var item =
          jqti.item(unzipped.resolve(itemHrefs(unzipped).get(5)).toFile())
              .getResolvedAssessmentItem();
      Map<String, Value> outcomes =
          jqti.run(item, Map.of("RESPONSE", List.of("Metastatic Cancer")));
      assertEquals(1.0, Jqti.number(outcomes.get("SCORE")));
    }

    @Test
    void scoresEachNoteAnswerItsCreditAndShowsItsFeedback(@TempDir Path dir) throws Exception {
      int checked = 0;
      for (List<Question> quiz : List.of(SampleQuiz.plain(), SampleQuiz.metacharacters())) {
        Path unzipped = unzip(zip(quiz, OPTIONS), Files.createTempDirectory(dir, "p"));
        List<String> hrefs = itemHrefs(unzipped);
        for (int i = 0; i < quiz.size(); i++) {
          var item = jqti.item(unzipped.resolve(hrefs.get(i)).toFile()).getResolvedAssessmentItem();
          for (QtiResponses.Graded graded : QtiResponses.of(quiz.get(i)).graded()) {
            Map<String, Value> outcomes =
                jqti.run(
                    item,
                    Map.of("RESPONSE", List.of(graded.typed().toUpperCase(java.util.Locale.ROOT))));
            assertEquals(graded.score(), Jqti.number(outcomes.get("SCORE")), graded.typed());
            List<String> feedback = Jqti.identifiers(outcomes.get("FEEDBACK"));
            assertEquals(
                graded.feedbackId().isEmpty()
                    ? List.of("EXPLANATION")
                    : List.of("EXPLANATION", graded.feedbackId()),
                feedback,
                graded.typed());
            checked++;
          }
          Map<String, Value> right =
              jqti.run(item, Map.of("RESPONSE", QtiResponses.of(quiz.get(i)).right()));
          assertFalse(
              Jqti.identifiers(right.get("FEEDBACK")).stream().anyMatch(f -> f.startsWith("NOTE")));
        }
      }
      assertEquals(5, checked);
    }

    @Test
    void givesOrderingOnePointPerItemInItsPlace(@TempDir Path dir) throws Exception {
      Path unzipped = unzip(zip(SampleQuiz.plain(), OPTIONS), dir);
      var item =
          jqti.item(unzipped.resolve(itemHrefs(unzipped).get(4)).toFile())
              .getResolvedAssessmentItem();
      // right order is I2 I3 I1; this puts only the last one right
      Map<String, Value> outcomes = jqti.run(item, Map.of("RESPONSE", List.of("I3", "I2", "I1")));
      assertEquals(1.0, Jqti.number(outcomes.get("SCORE")));
    }

    @Test
    void harnessRejectsABrokenItem(@TempDir Path dir) throws Exception {
      // the checks above can fail: JQTI+ reports a schema error in an item
      Path unzipped = unzip(zip(SampleQuiz.plain(), OPTIONS), dir);
      Path item = unzipped.resolve(itemHrefs(unzipped).get(0));
      Files.writeString(
          item, Files.readString(item).replace("maxChoices=\"1\"", "maxChoices=\"one\""));
      assertFalse(Jqti.problems(jqti.item(item.toFile())).isEmpty());
    }
  }

  @Nested
  class AssessmentTest {
    @Test
    void jqtiReadsTheTestAndEveryItemItUses(@TempDir Path dir) throws Exception {
      Path unzipped = unzip(zip(SampleQuiz.plain(), OPTIONS.withPoolSize(2)), dir);
      File test = unzipped.resolve(QtiPackageExporter.TEST_FILE).toFile();
      TestValidationResult result = jqti.test(test);
      assertEquals(List.of(), Jqti.problems(result));
      for (ItemValidationResult item : result.getItemValidationResults()) {
        assertEquals(List.of(), Jqti.problems(item));
      }
      assertEquals(SampleQuiz.plain().size(), result.getItemValidationResults().size());
    }

    @Test
    void acceptsQuestionIdsWithPeriodsAsTheGeneratorsMakeThem(@TempDir Path dir) throws Exception {
      SingleChoice first = (SingleChoice) SampleQuiz.plain().get(0);
      List<Question> dotted =
          List.of(
              new SingleChoice(
                  "most-site.breast", first.stem(), first.options(), first.correct(), first.info()),
              new SingleChoice(
                  "tier.lung.liver", first.stem(), first.options(), first.correct(), first.info()));
      Path unzipped = unzip(zip(dotted, OPTIONS), dir);

      TestValidationResult result =
          jqti.test(unzipped.resolve(QtiPackageExporter.TEST_FILE).toFile());

      assertEquals(List.of(), Jqti.problems(result));
      assertEquals(2, result.getItemValidationResults().size());
    }

    @Test
    void drawsThePoolFromEachModuleAndShufflesIt(@TempDir Path dir) throws Exception {
      Path unzipped = unzip(zip(SampleQuiz.plain(), OPTIONS.withPoolSize(2)), dir);
      Document test = parse(unzipped.resolve(QtiPackageExporter.TEST_FILE));
      NodeList sections = test.getElementsByTagNameNS("*", "assessmentSection");
      List<String> drawn = new ArrayList<>();
      for (int i = 0; i < sections.getLength(); i++) {
        Element section = (Element) sections.item(i);
        Element selection = (Element) section.getElementsByTagNameNS("*", "selection").item(0);
        Element ordering = (Element) section.getElementsByTagNameNS("*", "ordering").item(0);
        drawn.add(
            section.getAttribute("title")
                + "="
                + selection.getAttribute("select")
                + "/"
                + section.getElementsByTagNameNS("*", "assessmentItemRef").getLength());
        assertEquals("true", ordering.getAttribute("shuffle"));
      }
      // modules breast (1 question), lung (1), routes (4)
      assertEquals(List.of("breast=1/1", "lung=1/1", "routes=2/4"), drawn);
    }

    @Test
    void keepsEveryQuestionInOrderWithoutAPool(@TempDir Path dir) throws Exception {
      Path unzipped = unzip(zip(SampleQuiz.plain(), OPTIONS), dir);
      Document test = parse(unzipped.resolve(QtiPackageExporter.TEST_FILE));
      assertEquals(0, test.getElementsByTagNameNS("*", "selection").getLength());
      assertEquals(0, test.getElementsByTagNameNS("*", "ordering").getLength());
    }
  }

  @Nested
  class ForTheValidator {
    @Test
    void writesThePackagesForAHandCheck() throws IOException {
      LmsCheckFiles.write(
          Exporters.qti21(), "plain.qti21.zip", SampleQuiz.plain(), OPTIONS.withPoolSize(2));
      LmsCheckFiles.write(
          Exporters.qti21(), "meta.qti21.zip", SampleQuiz.metacharacters(), OPTIONS);
      assertTrue(Files.size(LmsCheckFiles.DIR.resolve("plain.qti21.zip")) > 0);
    }
  }
}

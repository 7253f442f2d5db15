package org.quizkit.worksheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quizkit.worksheet.PdfTests.flat;
import static org.quizkit.worksheet.PdfTests.pages;
import static org.quizkit.worksheet.PdfTests.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Question;
import org.quizkit.worksheet.WorksheetSpec.Format;

/**
 * Issue 17: points and a total on the sheet, the engine's marking rules and the source on the key,
 * the keys of every version side by side, a header and instructions that fit the sheet, and PDF
 * text that search and screen readers can read.
 */
class MarkingSchemeTests {
  static final Citation SOURCE =
      new Citation("The Book of Small Facts", "Fact Press", LocalDate.of(2014, 2, 7));
  static final WorksheetSpec SPEC =
      WorksheetSpec.defaults("First field test")
          .withCount(6)
          .withVersions(3)
          .withSeed(42)
          .withPoints(Points.parse("multiple-response=2,matching=3"))
          .withHeader(new Header("Biology 2B", "Ms Okafor", "40 minutes"))
          .withCitation(SOURCE)
          .withFormat(Format.PDF);
  static final Map<String, byte[]> PDF = Worksheets.render(Banks.small(), SPEC);
  static final List<Version> VERSIONS = Worksheets.versions(Banks.small(), SPEC);

  @Nested
  class Sheet {
    @Test
    void showsEachQuestionsPointsAndTheTotalOnPageOne() {
      // 1 + 2 (multiple response) + 1 + 3 (matching) + 1 + 1
      String first = flat(pages(PDF.get("worksheet-A.pdf")).get(0));
      assertTrue(first.contains("6 questions \u00b7 9 points"), first);
      assertTrue(first.contains("Score: / 9"), first);
      List<Question> questions = VERSIONS.get(0).questions();
      String all = flat(text(PDF.get("worksheet-A.pdf")));
      for (int i = 0; i < questions.size(); i++) {
        Question q = questions.get(i);
        int points = SPEC.points().of(q);
        String expected =
            (i + 1)
                + ". "
                + flat(q.stem())
                + " ("
                + points
                + (points == 1 ? " point)" : " points)");
        assertTrue(all.contains(expected), expected + " in " + all);
      }
    }

    @Test
    void fillsInTheHeaderAndCreditsTheSource() {
      String text = flat(text(PDF.get("worksheet-B.pdf")));
      for (String part :
          List.of(
              "Name",
              "Student ID",
              "Course Biology 2B",
              "Teacher Ms Okafor",
              "Date",
              "Time allowed 40 minutes",
              "Questions written from The Book of Small Facts (Fact Press, reviewed 2014-02-07).")) {
        assertTrue(text.contains(part), part + " in " + text);
      }
    }

    @Test
    void givesInstructionsOnlyForTheKindsOnTheSheet() {
      WorksheetSpec judgements =
          WorksheetSpec.defaults("T").withCount(1).withKinds(List.of(Kind.TRUE_FALSE));
      Document sheet =
          Jsoup.parse(
              HtmlSheet.render(judgements, Worksheets.versions(Banks.small(), judgements).get(0)));
      String instructions = sheet.selectFirst("p.instructions").text();
      assertTrue(instructions.contains("Tick one box clearly"), instructions);
      assertFalse(instructions.contains("letter"), instructions);
      assertFalse(instructions.contains("line"), instructions);
      Document all = Jsoup.parse(HtmlSheet.render(SPEC, VERSIONS.get(0)));
      String every = all.selectFirst("p.instructions").text();
      assertTrue(every.contains("a wrong tick costs"), every);
      assertTrue(every.contains("one capital letter in each blank"), every);
      assertTrue(every.contains("short answers on the line"), every);
    }

    @Test
    void embedsAFontWithoutLigatureSubstitutions() throws IOException {
      byte[] original =
          com.google.common.io.Resources.toByteArray(
              com.google.common.io.Resources.getResource(
                  EmbeddedFont.class, "fonts/DejaVuSans.ttf"));
      EmbeddedFont font = EmbeddedFont.load();
      assertTrue(tables(original).contains("GSUB"), "the shipped font has a GSUB table");
      for (byte[] face : List.of(font.regular(), font.bold())) {
        assertFalse(tables(face).contains("GSUB"), tables(face).toString());
        assertTrue(tables(face).contains("glyf"), tables(face).toString());
      }
    }

    private java.util.Set<String> tables(byte[] font) throws IOException {
      try (var parsed =
          new org.apache.fontbox.ttf.TTFParser()
              .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(font))) {
        return parsed.getTableMap().keySet();
      }
    }

    @Test
    void hasNoLigaturesInItsText() {
      String text = text(PDF.get("worksheet-A.pdf"));
      assertTrue(text.contains("First field test"), text);
      assertFalse(text.chars().anyMatch(c -> c >= 0xFB00 && c <= 0xFB06), text);
      String key = text(PDF.get("worksheet-A-key.pdf"));
      assertTrue(key.contains("fractions"), key);
      assertFalse(key.chars().anyMatch(c -> c >= 0xFB00 && c <= 0xFB06), key);
    }
  }

  @Nested
  class Key {
    @Test
    void statesTheEnginesRuleForEachKindOnTheVersionWithItsPoints() {
      String text = flat(text(PDF.get("worksheet-A-key.pdf")));
      assertTrue(text.contains("out of 9 points"), text);
      assertTrue(
          text.contains(
              "Multiple response (2 points each): count the keyed boxes ticked (right) and every"
                  + " other box ticked (wrong); points \u00d7 (right \u2212 wrong) \u00f7 number"
                  + " of keyed boxes, never below 0."),
          text);
      assertTrue(text.contains("Matching (3 points each): points \u00d7 items"), text);
      assertTrue(text.contains("Ordering (1 point each): points \u00d7 items written"), text);
      assertTrue(text.contains("One slip is forgiven in one word of five letters or more"), text);
      WorksheetSpec judgements =
          WorksheetSpec.defaults("T").withCount(1).withKinds(List.of(Kind.TRUE_FALSE));
      Document key =
          Jsoup.parse(
              HtmlKey.render(judgements, Worksheets.versions(Banks.small(), judgements).get(0)));
      List<String> rules = key.select("ol.rules > li").eachText();
      assertEquals(2, rules.size(), rules.toString());
      assertTrue(rules.get(0).startsWith("True or false (1 point each)"), rules.get(0));
    }

    @Test
    void citesTheSourceInFull() {
      String text = flat(text(PDF.get("worksheet-C-key.pdf")));
      assertTrue(
          text.contains("Source The Book of Small Facts. Fact Press. Last reviewed 2014-02-07."),
          text);
    }

    @Test
    void linesTheGridUpTenEntriesARow() {
      WorksheetSpec long23 = SPEC.withCount(23).withVersions(1).withFormat(Format.HTML);
      List<Question> bank = Banks.mixed(30);
      Document key = Jsoup.parse(HtmlKey.render(long23, Worksheets.versions(bank, long23).get(0)));
      List<Element> rows = key.select("table.grid tr");
      assertEquals(3, rows.size());
      rows.forEach(row -> assertEquals(10, row.select("td").size()));
      assertEquals("11", rows.get(1).selectFirst("td .n").text());
      assertEquals("", rows.get(2).select("td").get(3).text());
    }
  }

  @Nested
  class AllVersions {
    @Test
    void tabulatesEveryVersionsKeyWithEveryAcceptedWording() {
      Document table =
          Jsoup.parse(Overview.html(SPEC.withFormat(Format.HTML), VERSIONS).replace("\u00a0", " "));
      assertEquals(
          List.of("Question", "A", "B", "C"), table.select("table.overview thead th").eachText());
      List<Element> rows = table.select("table.overview tbody tr");
      assertEquals(6, rows.size());
      for (int v = 0; v < VERSIONS.size(); v++) {
        List<Question> questions = VERSIONS.get(v).questions();
        for (int i = 0; i < questions.size(); i++) {
          String cell = rows.get(i).select("td").get(v).text();
          assertEquals(Answers.of(i + 1, questions.get(i)).overview(), cell);
          if (questions.get(i).id().equals("gas")) {
            assertEquals("carbon dioxide / CO2", cell);
          }
        }
      }
      String pdf = flat(text(PDF.get("worksheet-keys.pdf")));
      assertTrue(pdf.contains("Question A B C"), pdf);
      assertTrue(pdf.contains("carbon dioxide / CO2"), pdf);
    }

    @Test
    void splitsManyVersionsIntoTablesOfEight() {
      WorksheetSpec many = SPEC.withVersions(20).withFormat(Format.HTML);
      Document table = Jsoup.parse(Overview.html(many, Worksheets.versions(Banks.small(), many)));
      assertEquals(3, table.select("table.overview").size());
      assertEquals(
          List.of("Question", "Q", "R", "S", "T"),
          table.select("table.overview").get(2).select("thead th").eachText());
    }
  }

  @Nested
  class OutFolder {
    @TempDir Path out;

    @Test
    void refusesAFolderHoldingSheetsOfAnotherRunAndWritesNothing() throws IOException {
      WorksheetSpec html = SPEC.withFormat(Format.HTML);
      Worksheets.write(Banks.small(), html, out);
      // the same run again replaces its own files
      assertEquals(7, Worksheets.write(Banks.small(), html, out).size());
      byte[] before = Files.readAllBytes(out.resolve("worksheet-A.html"));
      WorksheetException e =
          assertThrows(
              WorksheetException.class,
              () -> Worksheets.write(Banks.small(), html.withVersions(1).withSeed(7), out));
      assertEquals(
          out
              + ": holds 5 worksheet files of another run (worksheet-B-key.html, worksheet-B.html,"
              + " worksheet-C-key.html, worksheet-C.html, worksheet-keys.html); remove them or"
              + " choose an empty folder, so that one folder holds one set",
          e.getMessage());
      assertEquals(
          new String(before, StandardCharsets.UTF_8),
          Files.readString(out.resolve("worksheet-A.html")));
      try (var files = Files.list(out)) {
        assertEquals(7, files.count());
      }
    }
  }
}

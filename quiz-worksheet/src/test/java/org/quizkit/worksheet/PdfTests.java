package org.quizkit.worksheet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.worksheet.WorksheetSpec.Format;
import org.quizkit.worksheet.WorksheetSpec.Paper;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfTests {
  static final WorksheetSpec SPEC =
      WorksheetSpec.defaults("Science check")
          .withCount(6)
          .withVersions(2)
          .withSeed(42)
          .withFormat(Format.PDF);

  List<Version> versions;
  Map<String, byte[]> files;

  @BeforeAll
  void render() {
    versions = Worksheets.versions(Banks.small(), SPEC);
    files = Worksheets.render(Banks.small(), SPEC);
  }

  /** Each page's text, white space collapsed so wrapped lines read as one. */
  static List<String> pages(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      // read in visual order: the renderer may draw a line's runs in another order
      stripper.setSortByPosition(true);
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(flat(stripper.getText(document)));
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(byte[] pdf) {
    return String.join(" ", pages(pdf));
  }

  static String flat(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  @Test
  void writesASheetAndAKeyPerVersion() {
    assertEquals(
        List.of(
            "worksheet-A.pdf",
            "worksheet-A-key.pdf",
            "worksheet-B.pdf",
            "worksheet-B-key.pdf",
            "worksheet-keys.pdf"),
        List.copyOf(files.keySet()));
  }

  @Nested
  class Content {
    @Test
    void sheetShowsEveryStemAndOption() {
      for (Version version : versions) {
        String text = text(files.get("worksheet-" + version.label() + ".pdf"));
        for (int i = 0; i < version.questions().size(); i++) {
          Question question = version.questions().get(i);
          assertTrue(text.contains((i + 1) + ". " + flat(question.stem())), question.id());
          for (String printed : Texts.printed(question)) {
            boolean isOption = optionTexts(question).contains(printed);
            if (isOption) {
              assertTrue(text.contains(flat(printed)), printed);
            }
          }
        }
        assertTrue(text.contains("Name") && text.contains("Course") && text.contains("Date"));
      }
    }

    @Test
    void keyShowsEveryAnswerExplanationAndSource() {
      for (Version version : versions) {
        String text = text(files.get("worksheet-" + version.label() + "-key.pdf"));
        List<Answers> answers = Answers.of(version.questions());
        // a long typed answer wraps in its grid cell, so the grid's words are read in row order
        String grid = text.substring(text.indexOf("Marking grid"), text.indexOf("Marking rules"));
        List<String> words = List.of(grid.split(" "));
        for (Answers answer : answers) {
          for (String word : (answer.number() + " " + answer.grid()).split(" ")) {
            assertTrue(words.contains(word), word + " in " + grid);
          }
          answer.lines().forEach(line -> assertTrue(text.contains(flat(line)), line));
          answer.notes().forEach(note -> assertTrue(text.contains(flat(note)), note));
          assertTrue(text.contains(flat(answer.question().info().explanation())));
          assertTrue(text.contains("Source: " + flat(answer.question().info().section())));
        }
      }
    }

    @Test
    void sheetShowsNothingOfTheKey() {
      for (Version version : versions) {
        String text = text(files.get("worksheet-" + version.label() + ".pdf"));
        for (String secret : HtmlTests.keyOnly(version.questions())) {
          assertFalse(text.contains(flat(secret)), secret);
        }
        assertFalse(text.contains("Answer key"));
        assertFalse(text.contains("Marking grid"), "grid on sheet");
      }
    }

    @Test
    void footerOfEveryPageNamesVersionPageAndSeed() {
      for (String name : files.keySet()) {
        if (name.startsWith("worksheet-keys")) {
          continue;
        }
        List<String> pages = pages(files.get(name));
        String which = name.contains("key") ? "Answer key, version " : "Version ";
        String label = name.substring("worksheet-".length(), "worksheet-".length() + 1);
        for (int page = 1; page <= pages.size(); page++) {
          String footer =
              which + label + " \u00b7 page " + page + " of " + pages.size() + " \u00b7 seed 42";
          assertTrue(pages.get(page - 1).contains(footer), name + ": " + pages.get(page - 1));
        }
        // the on-screen footer of the HTML is for browsers only
        assertFalse(text(files.get(name)).contains(which + label + " \u00b7 seed 42"), name);
      }
    }
  }

  @Nested
  class Print {
    @Test
    void embedsTheFontItDrawsWith() throws IOException {
      for (byte[] pdf : files.values()) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
          for (PDPage page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
              PDFont font = page.getResources().getFont(name);
              assertTrue(font.isEmbedded(), font.getName());
              assertTrue(font.getName().contains("DejaVuSans"), font.getName());
            }
          }
        }
      }
    }

    @Test
    void laysPagesOutOnA4OrLetter() throws IOException {
      try (PDDocument a4 = Loader.loadPDF(files.get("worksheet-A.pdf"))) {
        assertEquals(595, Math.round(a4.getPage(0).getMediaBox().getWidth()));
        assertEquals(842, Math.round(a4.getPage(0).getMediaBox().getHeight()));
      }
      WorksheetSpec letter = SPEC.withVersions(1).withPaper(Paper.LETTER);
      byte[] pdf = Worksheets.render(Banks.small(), letter).get("worksheet-A.pdf");
      try (PDDocument document = Loader.loadPDF(pdf)) {
        assertEquals(612, Math.round(document.getPage(0).getMediaBox().getWidth()));
        assertEquals(792, Math.round(document.getPage(0).getMediaBox().getHeight()));
      }
    }

    @Test
    void neverSplitsAQuestionAcrossPages() {
      WorksheetSpec long30 = SPEC.withCount(30).withVersions(1);
      List<Question> questions = Worksheets.versions(Banks.mixed(30), long30).get(0).questions();
      List<String> pages = pages(Worksheets.render(Banks.mixed(30), long30).get("worksheet-A.pdf"));
      assertTrue(pages.size() > 2, "the test needs several pages, got " + pages.size());
      for (int i = 0; i < questions.size(); i++) {
        Question question = questions.get(i);
        String start = (i + 1) + ". " + flat(question.stem());
        List<String> onPage = pages.stream().filter(p -> p.contains(start)).toList();
        assertEquals(1, onPage.size(), start);
        for (String option : optionTexts(question)) {
          assertTrue(onPage.get(0).contains(flat(option)), question.id() + " split at " + option);
        }
      }
    }
  }

  @Nested
  class Determinism {
    @Test
    void sameSpecGivesTheSameBytes() {
      Map<String, byte[]> again = Worksheets.render(Banks.small(), SPEC);
      for (String name : files.keySet()) {
        assertArrayEquals(files.get(name), again.get(name), name);
        assertEquals(text(files.get(name)), text(again.get(name)), name);
      }
    }

    @Test
    void anotherSeedGivesAnotherDocument() {
      byte[] other = Worksheets.render(Banks.small(), SPEC.withSeed(43)).get("worksheet-A.pdf");
      assertFalse(text(other).equals(text(files.get("worksheet-A.pdf"))));
    }
  }

  @Test
  void refusesTextTheFontCannotDraw() {
    Question chinese =
        new SingleChoice(
            "zh",
            "\u4e2d\u6587 question",
            List.of(Option.of("a", "one \u4e2d"), Option.of("b", "\ud83e\uddec two")),
            "a",
            Banks.info("zh", "", ""));
    WorksheetException e =
        assertThrows(
            WorksheetException.class,
            () -> Worksheets.render(List.of(chinese), SPEC.withCount(1).withVersions(1)));
    assertEquals(1, e.diagnostics().size());
    String problem = e.getMessage();
    assertTrue(problem.startsWith("question 'zh': has characters the PDF font"), problem);
    assertTrue(problem.contains("U+4E2D") && problem.contains("U+6587"), problem);
    assertTrue(problem.contains("U+1F9EC"), problem);
    // the same question is fine where no font is embedded
    Worksheets.render(List.of(chinese), SPEC.withCount(1).withVersions(1).withFormat(Format.HTML));
  }

  static List<String> optionTexts(Question question) {
    List<String> texts = new ArrayList<>();
    if (question instanceof Matching matching) {
      matching.premises().forEach(o -> texts.add(o.text()));
    }
    Texts.lettered(question).forEach(o -> texts.add(o.text()));
    return texts;
  }
}

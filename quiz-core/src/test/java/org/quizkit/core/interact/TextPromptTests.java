package org.quizkit.core.interact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;
import org.quizkit.core.response.Response;

class TextPromptTests {
  private static final QuestionInfo INFO = QuestionInfo.of("Because.", "Test / Section");

  static final SingleChoice SINGLE =
      new SingleChoice(
          "s1",
          "Where does it go most often?",
          List.of(
              Option.of("bone", "Bone"), Option.of("liver", "Liver"), Option.of("skin", "Skin")),
          "bone",
          INFO);
  static final MultipleResponse MULTIPLE =
      new MultipleResponse(
          "m1",
          "Which are stated?",
          List.of(
              Option.of("x", "Lungs"),
              Option.of("y", "Liver"),
              Option.of("z", "Brain"),
              Option.of("w", "Bone")),
          List.of("x", "z"),
          INFO);
  static final TrueFalse TRUE_FALSE = new TrueFalse("t1", "Cells travel in blood.", true, INFO);
  static final Matching MATCHING =
      new Matching(
          "p1",
          "Match each cancer to a site.",
          List.of(Option.of("lung", "Lung"), Option.of("prostate", "Prostate")),
          List.of(
              Option.of("adrenal", "Adrenal glands"),
              Option.of("bone", "Bone"),
              Option.of("skin", "Skin")),
          Map.of("lung", "adrenal", "prostate", "bone"),
          INFO);
  static final Ordering ORDERING =
      new Ordering(
          "o1",
          "Put the steps in order.",
          List.of(
              Option.of("grow", "Grow"),
              Option.of("leave", "Break away"),
              Option.of("attach", "Attach")),
          List.of("leave", "attach", "grow"),
          INFO);
  static final ShortAnswer SHORT =
      new ShortAnswer(
          "a1", "Name the lining of the belly.", List.of("peritoneum"), List.of(), INFO);

  private final TextPrompt prompt = TextPrompt.ascii();

  private Response answer(Question question, String line) {
    Reply reply = prompt.parse(question, line);
    return assertInstanceOf(Reply.Answer.class, reply, () -> "reply " + reply).response();
  }

  private String hint(Question question, String line) {
    Reply reply = prompt.parse(question, line);
    return assertInstanceOf(Reply.Invalid.class, reply, () -> "reply " + reply).hint();
  }

  @Nested
  class Rendering {
    @Test
    void lettersTheOptionsUnderTheNumberedStem() {
      assertEquals(
          "7. Where does it go most often?\n"
              + "    a) Bone\n"
              + "    b) Liver\n"
              + "    c) Skin\n"
              + "    Type one letter, a to c.  (? help, s skip, q quit)\n",
          prompt.render(SINGLE, 7));
    }

    @Test
    void numbersPremisesAndLettersChoicesForMatching() {
      assertEquals(
          "1. Match each cancer to a site.\n"
              + "    1. Lung\n"
              + "    2. Prostate\n"
              + "    --- choices ---\n"
              + "    a) Adrenal glands\n"
              + "    b) Bone\n"
              + "    c) Skin\n"
              + "    Type a letter for each number, such as \"1b 2a\" (numbers 1 to 2, letters a"
              + " to c, each letter once).  (? help, s skip, q quit)\n",
          prompt.render(MATCHING, 1));
    }

    @Test
    void usesUnicodeMarksOnlyInTheUnicodeVariant() {
      String unicode = TextPrompt.of(Symbols.UNICODE).render(MATCHING, 1);
      String ascii = prompt.render(MATCHING, 1);

      assertTrue(unicode.contains("\u2500\u2500\u2500 choices"), unicode);
      assertTrue(unicode.contains("\u201c1b 2a\u201d"), unicode);
      assertTrue(ascii.chars().allMatch(c -> c == '\n' || (c >= 32 && c < 127)), ascii);
    }

    @Test
    void showsTrueFalseAndShortAnswerWithoutOptions() {
      assertEquals(
          "2. Cells travel in blood.\n    True or false?\n"
              + "    Type t for true or f for false.  (? help, s skip, q quit)\n",
          prompt.render(TRUE_FALSE, 2));
      assertEquals(
          "3. Name the lining of the belly.\n    Type your answer.  (? help, s skip, q quit)\n",
          prompt.render(SHORT, 3));
    }

    @Test
    void followsTheOrderOfAShuffledQuestion() {
      Question shuffled = SINGLE.shuffled(org.quizkit.core.seed.Seeds.random(3));
      String rendered = prompt.render(shuffled, 1);
      String first = ((SingleChoice) shuffled).options().get(0).text();

      assertTrue(rendered.contains("a) " + first), rendered);
    }
  }

  @Nested
  class ReadingAnswers {
    @Test
    void readsOneLetterInAnyCase() {
      assertEquals(Response.Choice.of("liver"), answer(SINGLE, " B "));
    }

    @Test
    void readsSeveralLettersWrittenAnyWay() {
      Response expected = Response.Choice.of("x", "z");
      for (String typed : List.of("ac", "a c", "a,c", "c, a", "(a) (c)")) {
        assertEquals(expected, answer(MULTIPLE, typed), typed);
      }
    }

    @Test
    void readsTrueAndFalseInSeveralWords() {
      for (String typed : List.of("t", "True", "y", "YES")) {
        assertEquals(new Response.Judgement(true), answer(TRUE_FALSE, typed), typed);
      }
      for (String typed : List.of("f", "false", "n", "No")) {
        assertEquals(new Response.Judgement(false), answer(TRUE_FALSE, typed), typed);
      }
    }

    @Test
    void readsPairsForMatching() {
      Response expected = new Response.Pairs(Map.of("lung", "bone", "prostate", "adrenal"));
      for (String typed : List.of("1b 2a", "2a 1b", "1-b, 2-a", "1b2a", "1: b 2: a")) {
        assertEquals(expected, answer(MATCHING, typed), typed);
      }
    }

    @Test
    void readsAnOrder() {
      assertEquals(
          new Response.Sequence(List.of("leave", "attach", "grow")), answer(ORDERING, "b c a"));
      assertEquals(
          new Response.Sequence(List.of("grow", "attach", "leave")), answer(ORDERING, "acb"));
    }

    @Test
    void keepsShortAnswersAsTypedButTrimmed() {
      assertEquals(new Response.Text("The Peritoneum"), answer(SHORT, "  The Peritoneum "));
    }

    @Test
    void readsCommandsBeforeAnswers() {
      assertEquals(new Reply.Command(Reply.Action.HELP), prompt.parse(SINGLE, "?"));
      assertEquals(new Reply.Command(Reply.Action.SKIP), prompt.parse(SHORT, "S"));
      assertEquals(new Reply.Command(Reply.Action.QUIT), prompt.parse(MATCHING, " quit "));
    }
  }

  @Nested
  class Hinting {
    @Test
    void namesALetterOutOfRange() {
      assertEquals("There is no option e. Type one letter, a to c.", hint(SINGLE, "e"));
    }

    @Test
    void saysWhenNothingWasTyped() {
      assertEquals("Nothing was typed. Type one letter, a to c.", hint(SINGLE, "   "));
      assertTrue(hint(SHORT, null).startsWith("Nothing was typed."));
    }

    @Test
    void refusesSeveralLettersForASingleChoice() {
      assertTrue(hint(SINGLE, "ab").startsWith("Only one letter is wanted; you typed 2."));
    }

    @Test
    void namesADuplicate() {
      assertTrue(hint(MULTIPLE, "a a").startsWith("Letter a is typed twice."));
      assertTrue(hint(MATCHING, "1a 2a").startsWith("Letter a is used twice."));
      assertTrue(hint(MATCHING, "1a 1b").startsWith("Number 1 is matched twice."));
    }

    @Test
    void namesWhatIsMissing() {
      assertTrue(hint(ORDERING, "b a").startsWith("Missing: c."));
      assertTrue(hint(MATCHING, "1a").startsWith("Number 2 has no letter."));
    }

    @Test
    void namesGarbage() {
      assertTrue(hint(SINGLE, "7").startsWith("\"7\" is not a letter."), hint(SINGLE, "7"));
      assertTrue(hint(TRUE_FALSE, "maybe").startsWith("\"maybe\" is neither true nor false."));
      assertTrue(hint(MATCHING, "b1").startsWith("Expected a number at \"b1\"."));
      assertTrue(hint(MATCHING, "9a 1b").startsWith("There is no number 9."));
    }

    @Test
    void endsEveryHintWithWhatIsExpected() {
      assertTrue(hint(ORDERING, "z").endsWith(prompt.instructions(ORDERING)));
    }
  }

  @Nested
  class ShowingAnswers {
    @Test
    void typesAnswersTheWayALearnerWould() {
      assertEquals("a c", prompt.answerText(MULTIPLE, Response.Choice.of("z", "x")));
      assertEquals(
          "1b 2a",
          prompt.answerText(
              MATCHING, new Response.Pairs(Map.of("prostate", "adrenal", "lung", "bone"))));
      assertEquals(
          "b c a",
          prompt.answerText(ORDERING, new Response.Sequence(List.of("leave", "attach", "grow"))));
      assertEquals("f", prompt.answerText(TRUE_FALSE, new Response.Judgement(false)));
    }

    @Test
    void rejectsAResponseOfTheWrongKind() {
      org.junit.jupiter.api.Assertions.assertThrows(
          IllegalArgumentException.class,
          () -> prompt.answerText(SINGLE, new Response.Judgement(true)));
      org.junit.jupiter.api.Assertions.assertThrows(
          IllegalArgumentException.class,
          () -> prompt.answerText(SINGLE, new Response.Choice(Set.of("nope"))));
    }
  }
}

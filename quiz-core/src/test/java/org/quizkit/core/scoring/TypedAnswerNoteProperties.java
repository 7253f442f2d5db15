package org.quizkit.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.TypedAnswerNote;
import org.quizkit.core.response.Response;
import org.quizkit.core.seed.Seeds;

/**
 * Over seeds, a short answer drawn at random (words from a vocabulary whose normal forms all
 * differ, split by the seed into accepted answers, notes of random credit and rivals) scores each
 * of its own answers as it says, typed as written, in upper case or after "the", and a list of two
 * of them by its weaker part.
 */
class TypedAnswerNoteProperties {
  private static final List<String> WORDS =
      List.of(
          "alpha",
          "bravo",
          "charlie",
          "delta",
          "echo",
          "foxtrot",
          "golf",
          "hotel",
          "india",
          "juliett",
          "kilo",
          "lima",
          "mike",
          "november",
          "oscar",
          "papa",
          "quebec",
          "romeo",
          "sierra",
          "tango",
          "uniform",
          "victor",
          "whiskey",
          "xray",
          "yankee",
          "zulu");
  private static final double[] CREDITS = {0.0, 0.25, 0.5, 1.0};
  private static final QuestionInfo INFO = QuestionInfo.of("Why.", "Where");

  private record Drawn(ShortAnswer question, List<String> words, List<Double> credits) {}

  /** The question, and every answer it knows with the credit it should earn (rivals 0). */
  private static Drawn draw(RandomGenerator random) {
    List<String> words = new ArrayList<>(Seeds.shuffled(WORDS, random));
    int accepted = 1 + random.nextInt(4);
    int noted = random.nextInt(6);
    int rivals = random.nextInt(6);
    List<String> acceptedWords = words.subList(0, accepted);
    List<TypedAnswerNote> notes = new ArrayList<>();
    List<String> all = new ArrayList<>(acceptedWords);
    List<Double> credits = new ArrayList<>();
    acceptedWords.forEach(w -> credits.add(1.0));
    int at = accepted;
    for (int n = 0; n < noted; n++) {
      int size = 1 + random.nextInt(2);
      List<String> answers = words.subList(at, at + size);
      at += size;
      double credit = CREDITS[random.nextInt(CREDITS.length)];
      notes.add(new TypedAnswerNote(answers, credit, "note " + n));
      all.addAll(answers);
      answers.forEach(a -> credits.add(credit));
    }
    List<String> rivalWords = words.subList(at, at + rivals);
    all.addAll(rivalWords);
    rivalWords.forEach(w -> credits.add(0.0));
    ShortAnswer question =
        new ShortAnswer(
            "drawn",
            "Name one.",
            acceptedWords,
            acceptedWords.subList(0, 1 + random.nextInt(accepted)),
            rivalWords,
            notes,
            INFO);
    return new Drawn(question, all, credits);
  }

  private static String asTyped(String answer, RandomGenerator random) {
    return switch (random.nextInt(3)) {
      case 0 -> answer;
      case 1 -> answer.toUpperCase(Locale.ROOT);
      default -> "the " + answer;
    };
  }

  private static double score(ShortAnswer question, String text) {
    return Scorer.score(question, new Response.Text(text)).value();
  }

  @Test
  void everyAnswerScoresItsCreditAndAListItsWeakestPart() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              RandomGenerator random = Seeds.random(seed);
              Drawn drawn = draw(random);
              ShortAnswer question = drawn.question();
              for (int i = 0; i < drawn.words().size(); i++) {
                String text = asTyped(drawn.words().get(i), random);
                assertEquals(
                    drawn.credits().get(i), score(question, text), text + " (seed " + seed + ")");
                for (TypedAnswerNote note : question.notes()) {
                  if (note.answers().contains(drawn.words().get(i))) {
                    assertEquals(
                        List.of(note.feedback()),
                        Scorer.feedback(question, new Response.Text(text)).answerNotes(),
                        text + " (seed " + seed + ")");
                  }
                }
              }
              int a = random.nextInt(drawn.words().size());
              int b = random.nextInt(drawn.words().size());
              // a rival part matches nothing, so it too makes the list earn 0
              String list = drawn.words().get(a) + ", " + drawn.words().get(b);
              double want = Math.min(drawn.credits().get(a), drawn.credits().get(b));
              assertEquals(want, score(question, list), list + " (seed " + seed + ")");
            });
  }
}

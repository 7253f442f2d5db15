package org.quizkit.content.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quizkit.content.dataset.DatasetLoader;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.SingleChoice;

/**
 * A downstream-cause question cannot be answered by matching words: the right cause shares no
 * content word with the stem that the wrong causes lack.
 */
class DownstreamWordsTests {
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "is", "are", "it", "its",
          "this", "that", "what", "does", "by", "from", "with", "at", "be", "as", "their", "they",
          "those", "before", "after", "not", "but", "may", "can", "often", "give", "reason",
          "article");

  @Test
  void theRightCauseSharesNoTellingWordWithTheStem() {
    QuestionGenerators generators = QuestionGenerators.of(DatasetLoader.loadBuiltIn());
    Set<String> telling = new TreeSet<>();
    for (String subject : generators.subjects(DownstreamCause.ID)) {
      for (long seed = 0; seed < 20; seed++) {
        SingleChoice q = (SingleChoice) generators.generate(DownstreamCause.ID, subject, seed);
        Set<String> stem = words(q.stem());
        Set<String> others = new HashSet<>();
        String key = "";
        for (Option o : q.options()) {
          if (o.id().equals(q.correct())) {
            key = o.text();
          } else {
            others.addAll(words(o.text()));
          }
        }
        for (String w : words(key)) {
          if (stem.contains(w) && !others.contains(w)) {
            telling.add(subject + ": " + w);
          }
        }
      }
    }
    assertEquals(Set.of(), telling);
  }

  static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    for (String w : Names.words(text)) {
      String s = Names.singular(w);
      if (!FUNCTION_WORDS.contains(w) && !FUNCTION_WORDS.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  @Test
  void wordsAreComparedSingularAndWithoutFunctionWords() {
    assertEquals(Set.of("lung", "spread"), words("The lungs spread."));
    assertEquals(List.of(), List.copyOf(words("What reason does the article give for this?")));
  }
}

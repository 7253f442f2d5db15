package org.quizkit.content;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quizkit.core.assembly.Quiz;
import org.quizkit.core.assembly.QuizSpec;

class DrawProbeTests {
  @Test
  void probe() {
    QuizContent content = QuizContent.builtIn();
    Map<Integer, Integer> sizes = new TreeMap<>();
    int broken = 0;
    long t = System.nanoTime();
    for (long seed = 0; seed < 2000; seed++) {
      Quiz quiz = content.quiz(QuizSpec.of(20, seed));
      sizes.merge(quiz.size(), 1, Integer::sum);
      if (!SheetRules.broken(quiz.questions()).isEmpty()) {
        if (broken++ < 5) System.out.println(SheetRules.broken(quiz.questions()));
      }
    }
    System.out.println("sizes " + sizes + " broken " + broken + " ms " + (System.nanoTime() - t) / 1e6);
    t = System.nanoTime();
    for (long seed = 0; seed < 200; seed++) content.bank(seed);
    System.out.println("bank ms/seed " + (System.nanoTime() - t) / 1e6 / 200 + " size " + content.bank(0).size());
    Map<String, Integer> byTemplate = new TreeMap<>();
    content.bank(0).forEach(q -> byTemplate.merge(q.info().template(), 1, Integer::sum));
    System.out.println(byTemplate);
  }
}

package org.quizkit.worksheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quizkit.core.diagnostic.Diagnostic;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.TrueFalse;
import org.quizkit.worksheet.marking.ClassMarking;
import org.quizkit.worksheet.marking.ItemStatistics;
import org.quizkit.worksheet.marking.MarkedClass;
import org.quizkit.worksheet.marking.MarkingException;

class ClassMarkingTests {
  @Nested
  class Statistics {
    static final List<Question> THREE =
        List.of(
            new TrueFalse("q1", "Statement one.", true, Banks.info("q1", "t", "m")),
            new TrueFalse("q2", "Statement two.", true, Banks.info("q2", "t", "m")),
            new TrueFalse("q3", "Statement three.", false, Banks.info("q3", "t", "m")));

    /**
     * Keys T, T, F. Scores (1 right, 0 wrong) and totals:
     *
     * <pre>
     *        q1 q2 q3  total
     *   s1    1  1  1    3     (T T F)
     *   s2    1  1  0    2     (T T T)
     *   s3    1  0  0    1     (T F T)
     *   s4    0  0  1    1     (F F F)
     * </pre>
     *
     * Facility: q1 3/4 = 0.75, q2 2/4 = 0.5, q3 2/4 = 0.5.
     *
     * <p>Discrimination, r(item, total - item):
     *
     * <ul>
     *   <li>q1: x = (1,1,1,0), rest = (2,1,0,1); means 0.75 and 1; deviations (.25,.25,.25,-.75)
     *       and (1,0,-1,0); sum of products .25 - .25 = 0, so r = 0 (weak discrimination).
     *   <li>q2: x = (1,1,0,0), rest = (2,1,1,1); means 0.5 and 1.25; deviations (.5,.5,-.5,-.5) and
     *       (.75,-.25,-.25,-.25); Sxy = .375 - .125 + .125 + .125 = .5, Sxx = 1, Syy = .5625 + 3 ×
     *       .0625 = .75; r = .5 / sqrt(.75) = 0.57735.
     *   <li>q3: x = (1,0,0,1), rest = (2,2,1,0); means 0.5 and 1.25; deviations (.5,-.5,-.5,.5) and
     *       (.75,.75,-.25,-1.25); Sxy = .375 - .375 + .125 - .625 = -.5, Sxx = 1, Syy = .5625 +
     *       .5625 + .0625 + 1.5625 = 2.75; r = -.5 / sqrt(2.75) = -0.30151 (check key).
     * </ul>
     */
    static final String ANSWERS =
        "id,version,1,2,3\ns1,A,T,T,F\ns2,A,t,T,true\ns3,a,T,F,T\ns4,A,F,false,F\n";

    final MarkedClass marked =
        ClassMarking.mark(
            List.of(new Version("A", THREE)), Points.oneEach(), "answers.csv", ANSWERS);

    @Test
    void computesFacilityAndDiscriminationAsByHand() {
      List<ItemStatistics> items = marked.items();
      assertEquals(
          List.of("q1", "q2", "q3"), items.stream().map(ItemStatistics::questionId).toList());
      assertEquals(0.75, items.get(0).facility(), 1e-12);
      assertEquals(0.5, items.get(1).facility(), 1e-12);
      assertEquals(0.5, items.get(2).facility(), 1e-12);
      assertEquals(0.0, items.get(0).discrimination().getAsDouble(), 1e-12);
      assertEquals(0.5 / Math.sqrt(0.75), items.get(1).discrimination().getAsDouble(), 1e-12);
      assertEquals(0.57735, items.get(1).discrimination().getAsDouble(), 1e-5);
      assertEquals(-0.30151, items.get(2).discrimination().getAsDouble(), 1e-5);
      assertEquals(List.of("weak discrimination"), items.get(0).flags());
      assertEquals(List.of(), items.get(1).flags());
      assertEquals(List.of("check key"), items.get(2).flags());
      assertEquals(Map.of("True", 2, "False", 2, "(blank)", 0), items.get(2).choices());
    }

    @Test
    void writesTheTotalsAndTheStatisticsAsCsv() {
      assertEquals(
          "id,version,q1,q2,q3,total,out_of\n"
              + "s1,A,1,1,1,3,3\n"
              + "s2,A,1,1,0,2,3\n"
              + "s3,A,1,0,0,1,3\n"
              + "s4,A,0,0,1,1,3\n",
          marked.scoresCsv());
      assertEquals(
          "question,kind,places,answered,facility,discrimination,choices,flags\n"
              + "q1,true-false,A1,4,0.75,0,True=3; False=1; (blank)=0,weak discrimination\n"
              + "q2,true-false,A2,4,0.5,0.5774,True=2; False=2; (blank)=0,\n"
              + "q3,true-false,A3,4,0.5,-0.3015,True=2; False=2; (blank)=0,check key\n",
          marked.itemsCsv());
      assertEquals(
          "fact,questions,responses,facility\n"
              + "fact-q2,1,4,0.5\n"
              + "fact-q3,1,4,0.5\n"
              + "fact-q1,1,4,0.75\n",
          marked.factsCsv());
    }
  }

  @Nested
  class BadInput {
    final List<Version> versions = Worksheets.versions(Banks.small(), MarkingFixture.SPEC);

    @Test
    void locatesEveryUnreadableCell() {
      Version a = versions.get(0);
      int choice = MarkingFixture.number(a, "planet");
      int tf = MarkingFixture.number(a, "water");
      int matching = MarkingFixture.number(a, "capital");
      String[] row = {"s1", "A", "", "", "", "", "", ""};
      row[1 + choice] = "E";
      row[1 + tf] = "maybe";
      row[1 + matching] = "1a 1b";
      String csv =
          "id,version\n"
              + String.join(",", row)
              + "\ns2,Q,A\ns1,A\n,A\ns3,A,,,,,,,x,,\ns4,A,,,,,,,,,,\n";
      MarkingException e =
          assertThrows(
              MarkingException.class,
              () -> ClassMarking.mark(versions, Points.oneEach(), "answers.csv", csv));
      List<String> messages = e.diagnostics().stream().map(Diagnostic::toString).toList();
      List<String> sorted =
          new java.util.ArrayList<>(
              List.of(
                  "answers.csv:2:"
                      + (choice + 2)
                      + ": 'E' is not an option of question "
                      + choice
                      + " (A to D)",
                  "answers.csv:2:"
                      + (tf + 2)
                      + ": 'maybe' is not T or F (question "
                      + tf
                      + " is true or false)",
                  "answers.csv:2:"
                      + (matching + 2)
                      + ": item 1 of question "
                      + matching
                      + " is matched twice"));
      sorted.sort(java.util.Comparator.comparingInt(s -> Integer.parseInt(s.split(":")[2])));
      assertEquals(sorted, messages.subList(0, 3));
      assertEquals(
          List.of(
              "answers.csv:3:2: 'Q' is not a version of this run (A to B)",
              "answers.csv:4:1: student 's1' has a row already, on line 2",
              "answers.csv:5:1: the student id is empty",
              "answers.csv:6:9: version A has 6 questions, but the row has 7 answers"),
          messages.subList(3, messages.size()));
    }
  }
}

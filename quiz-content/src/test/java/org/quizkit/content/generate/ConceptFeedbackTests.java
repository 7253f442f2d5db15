package org.quizkit.content.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quizkit.content.dataset.Claim;
import org.quizkit.content.dataset.Dataset;
import org.quizkit.content.dataset.DatasetLoader;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;

/** Concept questions explain a wrong answer with the fact that refutes it, never a bare verdict. */
class ConceptFeedbackTests {
  private static final Dataset DATASET = DatasetLoader.loadBuiltIn();
  private static final QuestionGenerators GENERATORS = QuestionGenerators.of(DATASET);
  private static final Map<String, Claim> CLAIMS =
      DATASET.claims().stream().collect(Collectors.toMap(Claim::id, c -> c));

  /** The twelve false claims issue 11 found explained by text that does not refute them. */
  private static final List<String> TWELVE =
      List.of(
          "routes-lymph-nodes-only",
          "steps-immune-irrelevant",
          "steps-no-growth-needed",
          "steps-cells-identical",
          "unknown-primary-primary-always-first",
          "unknown-primary-never-early",
          "downstream-breast-groin-more",
          "downstream-lungs-bypassed",
          "downstream-colon-liver-rare",
          "homing-only-nearby",
          "survival-genes-irrelevant",
          "survival-fully-understood");

  @Test
  void aFalseConceptStatementIsExplainedByTheFactThatRefutesIt() {
    for (String id : GENERATORS.subjects(ConceptStatement.ID)) {
      Claim claim = CLAIMS.get(id);
      TrueFalse q = (TrueFalse) GENERATORS.generate(ConceptStatement.ID, id, 1);
      if (!claim.truth()) {
        assertEquals("False. " + Explain.sentence(claim.why()), q.info().explanation(), id);
      }
    }
  }

  @Test
  void everyWrongConceptOptionGivesItsOwnRefutation() {
    List<String> twelveSeen = new ArrayList<>();
    for (String topic : GENERATORS.subjects(ConceptChoice.ID)) {
      for (long seed = 0; seed < 40; seed++) {
        SingleChoice q = (SingleChoice) GENERATORS.generate(ConceptChoice.ID, topic, seed);
        for (Option o : q.options()) {
          if (!o.id().equals(q.correct())) {
            Claim claim = CLAIMS.get(o.refers());
            assertEquals(Explain.sentence(claim.why()), o.feedback(), o.refers());
            twelveSeen.add(o.refers());
          }
        }
      }
    }
    assertTrue(twelveSeen.containsAll(TWELVE), "not every one of the twelve is offered");
  }

  @Test
  void theTwelveClaimsEachStateTheRefutingFact() {
    // each why names what the article says instead, not a bare "otherwise"
    for (String id : TWELVE) {
      String why = CLAIMS.get(id).why();
      assertFalse(why.isBlank(), id);
      assertFalse(why.toLowerCase().contains("otherwise"), id + ": " + why);
    }
  }

  @Test
  void noQuestionOfTheBankGivesABareVerdict() {
    for (long seed = 1; seed <= 3; seed++) {
      for (Question q : GENERATORS.bank(seed)) {
        assertFalse(q.info().explanation().contains("The article says otherwise."), q.id());
        for (Option o : q.shownOptions()) {
          assertFalse(o.feedback().contains("The article says otherwise."), q.id() + " " + o.id());
        }
      }
    }
  }

  @Test
  void theTopicOfAConceptChoiceFitsEveryKeyItCanHave() {
    // the naming question may be keyed with a treatment claim, and the unknown-primary one with
    // claims about metastases found early: the stem must cover both
    assertEquals("how a cancer that has spread is named and treated", Topics.label("naming"));
    assertEquals("finding a cancer that has already spread", Topics.label("unknown-primary"));
    for (String topic : GENERATORS.subjects(ConceptChoice.ID)) {
      assertFalse(Topics.label(topic).equals(topic.replace('-', ' ')), "no label for " + topic);
    }
  }
}

package org.quizkit.content.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quizkit.content.dataset.Fixtures.problems;
import static org.quizkit.content.dataset.Fixtures.smallWith;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quizkit.core.diagnostic.Diagnostic;

/** YAML 1.2 (core schema) spells null four ways; a dataset file means the same by each. */
class NullSpellingTests {
  private static String only(List<Diagnostic> found) {
    assertEquals(1, found.size(), found.toString());
    return found.get(0).toString();
  }

  @Nested
  class PlainSpellings {
    @ParameterizedTest
    @ValueSource(strings = {"null", "~", "Null", "NULL"})
    void leaveARequiredKeyWithoutAValue(String spelling) {
      String yaml = smallWith("name: Small", "name: " + spelling);

      assertEquals(
          "test.yaml:3:7: required key 'name' of dataset has no value", only(problems(yaml)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"~", "Null", "NULL"})
    void countAsNothingInsideAList(String spelling) {
      String yaml = smallWith("synonyms: [bone, skeleton]", "synonyms: [bone, " + spelling + "]");

      assertEquals(
          "test.yaml:9:46: expected non-empty text in 'synonyms' of site 'bone', found nothing",
          only(problems(yaml)));
    }
  }

  @Nested
  class QuotedSpellings {
    @Test
    void stayText() {
      Dataset dataset = Fixtures.load(smallWith("name: Small", "name: '~'"));

      assertEquals("~", dataset.name());
    }

    @Test
    void stayTextWhenTaggedAsText() {
      Dataset dataset = Fixtures.load(smallWith("name: Small", "name: !!str NULL"));

      assertEquals("NULL", dataset.name());
    }
  }
}

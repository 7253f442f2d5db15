package org.quizkit.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quizkit.core.assembly.Quiz;
import org.quizkit.core.assembly.QuizSpec;
import org.quizkit.core.delivery.DeliveredQuiz;
import org.quizkit.core.delivery.ResponseException;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.SingleChoice;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The embedding path an LMS plugin takes: content, quiz, browser view, server-side scoring. */
class EmbeddingTests {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Set<String> KEY_FIELDS =
      Set.of(
          "correct",
          "answer",
          "pairs",
          "order",
          "accepted",
          "rivals",
          "explanation",
          "feedback",
          "claim",
          "basis",
          "refers",
          "section",
          "tags");

  private final QuizContent content = QuizContent.builtIn();

  /** Every question of the bank, delivered as one quiz. */
  private static String sha256(String text) throws java.security.NoSuchAlgorithmException {
    return java.util.HexFormat.of()
        .formatHex(
            java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  private DeliveredQuiz everything(long seed) {
    List<Question> bank = content.bank(seed);
    return DeliveredQuiz.of(content.quiz(QuizSpec.builder().count(bank.size()).seed(seed).build()));
  }

  @Nested
  class TheBrowserView {
    @Test
    void carriesNoKeyNoFeedbackAndNoneOfOurIds() {
      DeliveredQuiz delivered = everything(5);
      JsonNode view = JSON.readTree(delivered.json());

      assertEquals("quizkit-delivery", view.get("format").asString());
      assertEquals(delivered.quiz().size(), view.get("questions").size());
      for (int i = 0; i < delivered.quiz().size(); i++) {
        Question question = delivered.quiz().questions().get(i);
        JsonNode shown = view.get("questions").get(i);
        assertEquals(delivered.ids().get(i), shown.get("id").asString());
        assertTrue(shown.get("id").asString().matches("q[0-9a-f]{12}"), shown::toString);
        assertFalse(shown.toString().contains(question.id()), shown::toString);
        for (String field : KEY_FIELDS) {
          assertTrue(shown.findValues(field).isEmpty(), () -> field + " in " + shown);
        }
        for (JsonNode label : shown.findValues("id").subList(1, shown.findValues("id").size())) {
          assertTrue(label.asString().matches("[a-z]|[0-9]+"), () -> "our id leaked: " + shown);
        }
      }
    }

    @Test
    void isThePinnedJsonForAKnownSeedAndChangesWithTheSeed() throws Exception {
      // a digest rather than a comparison of two calls, which would pass a clock or a hash order
      assertEquals(
          "4f1319e11dd43477bfda30a3e137ebc35141973ebab68d5b691edead59ff6545",
          sha256(everything(8).json()));
      assertNotEquals(sha256(everything(8).json()), sha256(everything(9).json()));
    }
  }

  @Nested
  class ServerSideScoring {
    @Test
    void givesFullMarksToTheKeyOfEveryQuestion() {
      DeliveredQuiz delivered = everything(3);
      for (String id : delivered.ids()) {
        Question question = delivered.question(id).orElseThrow();
        JsonNode result = JSON.readTree(delivered.scoreJson(id, DeliveredAnswers.right(question)));
        assertEquals(1.0, result.get("score").asDouble(), question::id);
        assertTrue(result.get("fullyRight").asBoolean(), question::id);
        assertEquals(id, result.get("question").asString());
        assertFalse(result.get("explanation").asString().isBlank(), question::id);
      }
    }

    @Test
    void givesFeedbackOfTheChosenOptionByItsLabel() {
      DeliveredQuiz delivered = everything(3);
      String id =
          delivered.ids().stream()
              .filter(i -> delivered.question(i).orElseThrow() instanceof SingleChoice)
              .filter(
                  i ->
                      ((SingleChoice) delivered.question(i).orElseThrow())
                          .options().stream().anyMatch(o -> !o.feedback().isEmpty()))
              .findFirst()
              .orElseThrow();
      SingleChoice question =
          delivered.question(id).stream()
              .filter(q -> q instanceof SingleChoice)
              .map(q -> (SingleChoice) q)
              .filter(q -> q.options().stream().anyMatch(o -> !o.feedback().isEmpty()))
              .findFirst()
              .orElseThrow();
      Option wrong =
          question.options().stream()
              .filter(o -> !o.feedback().isEmpty())
              .findFirst()
              .orElseThrow();
      String label = DeliveredAnswers.letter(question.options(), wrong.id());

      JsonNode result = JSON.readTree(delivered.scoreJson(id, "{\"selected\": \"" + label + "\"}"));

      assertEquals(0.0, result.get("score").asDouble());
      assertEquals(label, result.get("optionFeedback").get(0).get("id").asString());
      assertEquals(
          wrong.feedback(), result.get("optionFeedback").get(0).get("feedback").asString());
    }

    @Test
    void namesTheQuestionAndTheValueWhenTheResponseCannotBeRead() {
      DeliveredQuiz delivered = everything(3);
      String id =
          delivered.ids().stream()
              .filter(i -> delivered.question(i).orElseThrow() instanceof SingleChoice)
              .findFirst()
              .orElseThrow();

      ResponseException notJson =
          assertThrows(ResponseException.class, () -> delivered.score(id, "{selected"));
      ResponseException unknown =
          assertThrows(
              ResponseException.class, () -> delivered.score(id, "{\"selected\": [\"z\"]}"));
      ResponseException noQuestion =
          assertThrows(ResponseException.class, () -> delivered.score("nope", "{}"));

      assertTrue(
          notJson.getMessage().startsWith("question '" + id + "' response:1:2: is not JSON"),
          notJson::getMessage);
      assertTrue(
          unknown
              .getMessage()
              .startsWith("question '" + id + "' response#/selected/0: no option 'z' (shown: a, b"),
          unknown::getMessage);
      assertEquals("question 'nope': not in this quiz", noQuestion.getMessage());
    }

    @Test
    void givesEightThreadsExactlyTheSequentialResults() throws Exception {
      Quiz quiz = content.quiz(QuizSpec.builder().count(40).seed(12).build());
      DeliveredQuiz delivered = DeliveredQuiz.of(quiz);
      List<String> ids = delivered.ids();
      List<String> answers =
          List.of(
              "{\"selected\": [\"a\"]}",
              "{\"selected\": [\"b\", \"c\"]}",
              "{\"answer\": true}",
              "{\"answer\": false}",
              "{\"pairs\": {\"1\": \"a\", \"2\": \"b\"}}",
              "{\"order\": [\"b\", \"a\", \"c\"]}",
              "{\"text\": \"bones\"}",
              "{\"text\": \"liver\"}");
      Map<Integer, String> expected = new java.util.HashMap<>();
      for (int n = 0; n < 10_000; n++) {
        expected.put(n, attempt(delivered, ids, answers, n));
      }

      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<List<String>>> runs = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          runs.add(
              pool.submit(
                  () -> {
                    List<String> got = new ArrayList<>();
                    for (int n = 0; n < 10_000; n++) {
                      got.add(attempt(delivered, ids, answers, n));
                    }
                    return got;
                  }));
        }
        for (Future<List<String>> run : runs) {
          List<String> got = run.get();
          for (int n = 0; n < 10_000; n++) {
            assertEquals(expected.get(n), got.get(n));
          }
        }
      } finally {
        pool.shutdownNow();
      }
    }

    /** The n-th scoring of the test: a question and an answer picked by n, its result or error. */
    private String attempt(DeliveredQuiz delivered, List<String> ids, List<String> answers, int n) {
      String id = ids.get(n % ids.size());
      String answer = answers.get((n / ids.size()) % answers.size());
      try {
        return delivered.scoreJson(id, answer);
      } catch (ResponseException unreadable) {
        return "error: " + unreadable.getMessage();
      }
    }
  }
}

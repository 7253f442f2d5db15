package org.quizkit.core.drill;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;
import org.quizkit.core.response.Response;

/**
 * How the points of an answer that earns part of them (or none, by cancelling) came out, in words:
 * {@code 1 right pick, 1 wrong pick: 0 of 1 point}, {@code 1 of 3 in the right place}. Kinds scored
 * all or nothing, and typed answers (whose notes say what they matched), need no such line. Follows
 * the rules of {@code Scorer}. Public so that the browser pages (quiz-web) say the same as the
 * terminal.
 */
public final class CreditText implements Question.Cases<List<String>> {
  private final Response response;
  private final double score;

  /** {@code response} has been scored {@code score} for the question this visits. */
  public CreditText(Response response, double score) {
    this.response = response;
    this.score = score;
  }

  @Override
  public List<String> singleChoice(SingleChoice question) {
    return List.of();
  }

  @Override
  public List<String> trueFalse(TrueFalse question) {
    return List.of();
  }

  @Override
  public List<String> shortAnswer(ShortAnswer question) {
    return List.of();
  }

  @Override
  public List<String> multipleResponse(MultipleResponse question) {
    if (score >= 1) {
      return List.of();
    }
    Set<String> selected = ((Response.Choice) response).selected();
    long right = selected.stream().filter(question.correct()::contains).count();
    long wrong = selected.size() - right;
    long missed = question.correct().size() - right;
    StringBuilder text = new StringBuilder();
    text.append(count(right, "right pick")).append(", ").append(count(wrong, "wrong pick"));
    if (missed > 0) {
      text.append(", ").append(count(missed, "right option")).append(" not picked");
    }
    text.append(": ").append(points());
    if (wrong > 0 && right > 0) {
      text.append(" (each wrong pick cancels a right one)");
    }
    return List.of(text.append('.').toString());
  }

  @Override
  public List<String> matching(Matching question) {
    if (score >= 1) {
      return List.of();
    }
    Map<String, String> given = ((Response.Pairs) response).pairs();
    long right =
        given.entrySet().stream()
            .filter(pair -> pair.getValue().equals(question.key().get(pair.getKey())))
            .count();
    return List.of(right + " of " + question.premises().size() + " pairs right: " + points() + ".");
  }

  @Override
  public List<String> ordering(Ordering question) {
    if (score >= 1) {
      return List.of();
    }
    List<String> given = ((Response.Sequence) response).order();
    List<String> key = question.order();
    int right = 0;
    for (int i = 0; i < Math.min(given.size(), key.size()); i++) {
      right += given.get(i).equals(key.get(i)) ? 1 : 0;
    }
    return List.of(right + " of " + key.size() + " in the right place: " + points() + ".");
  }

  private String points() {
    return Screen.points(score) + " of 1 point";
  }

  private static String count(long n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }
}

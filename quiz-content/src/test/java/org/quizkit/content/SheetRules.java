package org.quizkit.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;

/**
 * The rules of docs/assembly.md checked on a finished quiz or sheet, written apart from the
 * assembler: every broken rule as a line naming the questions.
 */
final class SheetRules {
  private SheetRules() {}

  /** Every rule a sheet breaks; empty when it keeps them all. */
  static List<String> broken(List<Question> sheet) {
    List<String> out = new ArrayList<>();
    out.addAll(enemies(sheet));
    out.addAll(giveaways(sheet));
    out.addAll(balance(sheet));
    return out;
  }

  /** Pairs where one's tests or reveals meet the other's tests, by the declared facts. */
  static List<String> enemies(List<Question> sheet) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < sheet.size(); i++) {
      for (int j = 0; j < sheet.size(); j++) {
        if (i == j) {
          continue;
        }
        QuestionInfo a = sheet.get(i).info();
        QuestionInfo b = sheet.get(j).info();
        Set<String> shown = new HashSet<>(a.tests());
        shown.addAll(a.reveals());
        for (String fact : b.tests()) {
          if (shown.contains(fact)) {
            out.add(sheet.get(i).id() + " gives away " + fact + " tested by " + sheet.get(j).id());
          }
        }
      }
    }
    return out;
  }

  /**
   * The independent text check: a typed question's accepted answers never appear as the text of a
   * correct option (or keyed matching choice) of another item on the sheet, compared as lower-case
   * words without a leading article.
   */
  static List<String> giveaways(List<Question> sheet) {
    List<String> out = new ArrayList<>();
    for (Question typed : sheet) {
      if (!(typed instanceof ShortAnswer answer)) {
        continue;
      }
      for (Question other : sheet) {
        for (String shown : correctTexts(other)) {
          for (String accepted : answer.accepted()) {
            if (normal(shown).equals(normal(accepted))) {
              out.add(other.id() + " shows '" + shown + "', an answer of " + typed.id());
            }
          }
        }
      }
    }
    return out;
  }

  /** Lower case, words only, without a leading article: "The liver" reads as "liver". */
  private static String normal(String text) {
    return text.toLowerCase().replaceAll("[^a-z0-9]+", " ").trim().replaceFirst("^(the|a|an) ", "");
  }

  private static List<String> correctTexts(Question question) {
    List<String> out = new ArrayList<>();
    if (question instanceof SingleChoice q) {
      q.options().stream()
          .filter(o -> o.id().equals(q.correct()))
          .map(Option::text)
          .forEach(out::add);
    } else if (question instanceof MultipleResponse q) {
      q.options().stream()
          .filter(o -> q.correct().contains(o.id()))
          .map(Option::text)
          .forEach(out::add);
    } else if (question instanceof Matching q) {
      q.choices().stream()
          .filter(o -> q.key().containsValue(o.id()))
          .map(Option::text)
          .forEach(out::add);
    }
    return out;
  }

  /** The blueprint's bounds. */
  static List<String> balance(List<Question> sheet) {
    List<String> out = new ArrayList<>();
    if (sheet.size() >= 10) {
      Map<String, Integer> templates = new HashMap<>();
      sheet.forEach(q -> templates.merge(q.info().template(), 1, Integer::sum));
      templates.forEach(
          (template, n) -> {
            if (n * 5 > sheet.size()) {
              out.add("template " + template + " has " + n + " of " + sheet.size());
            }
          });
    }
    int trueKeys = 0;
    int falseKeys = 0;
    for (Question question : sheet) {
      if (question instanceof TrueFalse q) {
        if (q.answer()) {
          trueKeys++;
        } else {
          falseKeys++;
        }
      }
    }
    int tf = trueKeys + falseKeys;
    if (tf >= 10 && (trueKeys * 10 < tf * 4 || trueKeys * 10 > tf * 6)) {
      out.add(trueKeys + " of " + tf + " true/false keys are True");
    }
    int offered = Integer.MAX_VALUE;
    Map<Integer, Integer> positions = new HashMap<>();
    for (Question question : sheet) {
      if (question instanceof SingleChoice q) {
        offered = Math.min(offered, q.options().size());
        int at = q.options().stream().map(Option::id).toList().indexOf(q.correct());
        positions.merge(at, 1, Integer::sum);
      }
    }
    if (offered != Integer.MAX_VALUE) {
      int most = 0;
      int least = Integer.MAX_VALUE;
      for (int p = 0; p < offered; p++) {
        int n = positions.getOrDefault(p, 0);
        most = Math.max(most, n);
        least = Math.min(least, n);
      }
      for (Map.Entry<Integer, Integer> p : positions.entrySet()) {
        most = Math.max(most, p.getValue());
      }
      if (most - least > 1) {
        out.add(
            "single-choice keys by position " + positions + " (every item offers " + offered + ")");
      }
    }
    for (Question question : sheet) {
      if (question instanceof Ordering q
          && q.items().stream().map(Option::id).toList().equals(q.order())) {
        out.add(q.id() + " is shown in its right order");
      }
      if (question instanceof Matching q) {
        if (q.choices().size() <= q.premises().size()) {
          out.add(q.id() + " has no spare choice");
        }
        boolean keyOrder = true;
        for (int i = 0; i < q.premises().size(); i++) {
          keyOrder &= q.choices().get(i).id().equals(q.key().get(q.premises().get(i).id()));
        }
        if (keyOrder) {
          out.add(q.id() + " is shown in key order");
        }
      }
    }
    return out;
  }
}

package org.quizkit.core.assembly;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.TrueFalse;

/**
 * The rules a quiz's questions must keep together, checked one question at a time as the spread
 * offers them (see docs/assembly.md):
 *
 * <ul>
 *   <li><b>no enemies</b>: no question whose tested or revealed facts meet another's tested facts;
 *   <li><b>template share</b>: in a quiz of {@link #CAPPED_FROM} or more, no template above a fifth
 *       of the questions;
 *   <li><b>true/false keys</b>: the numbers of true and of false keys never differ by more than
 *       {@link #KEY_GAP}, so that with 10 or more true/false items between 40 % and 60 % are True;
 *   <li><b>matching</b>: at least one choice more than premises, so the last pair is not free.
 * </ul>
 *
 * <p>Mutable, for one draw on one thread.
 */
final class Blueprint {
  /** The smallest quiz whose templates are capped. */
  static final int CAPPED_FROM = 10;

  /** The largest gap allowed between the numbers of true and false keys. */
  static final int KEY_GAP = 2;

  private final int cap;
  private final Function<Candidate, Question> make;
  private final Map<String, Integer> templateUses = new HashMap<>();
  private final Set<String> tested = new HashSet<>();
  private final Set<String> shown = new HashSet<>();
  private final List<Question> admitted = new ArrayList<>();
  private int trueKeys;
  private int falseKeys;

  /**
   * @param size the number of questions the quiz is drawn for, which sets the template cap
   * @param make the question for a candidate; called at most once per candidate by the caller's
   *     memo
   */
  Blueprint(int size, Function<Candidate, Question> make) {
    this.cap = templateCap(size);
    this.make = make;
  }

  /** The most questions one template may have in a quiz of {@code size}. */
  static int templateCap(int size) {
    return size < CAPPED_FROM ? size : size / 5;
  }

  /** Whether a quiz of these questions keeps the template share. */
  static boolean withinTemplateCap(List<Question> questions) {
    int cap = templateCap(questions.size());
    Map<String, Integer> uses = new HashMap<>();
    for (Question question : questions) {
      String template = question.info().template();
      if (!template.isEmpty() && uses.merge(template, 1, Integer::sum) > cap) {
        return false;
      }
    }
    return true;
  }

  /** Whether two questions are enemies: one's tests or reveals meet the other's tests. */
  static boolean enemies(Question a, Question b) {
    return meets(a.info(), b.info()) || meets(b.info(), a.info());
  }

  private static boolean meets(QuestionInfo from, QuestionInfo to) {
    for (String fact : to.tests()) {
      if (from.tests().contains(fact) || from.reveals().contains(fact)) {
        return true;
      }
    }
    return false;
  }

  /** Takes the candidate's question when it keeps every rule with those taken so far. */
  boolean admit(Candidate candidate) {
    if (!candidate.template().isEmpty()
        && templateUses.getOrDefault(candidate.template(), 0) >= cap) {
      return false;
    }
    Question question = make.apply(candidate);
    QuestionInfo info = question.info();
    if (!spareChoice(question) || !keyFits(question)) {
      return false;
    }
    for (String fact : info.tests()) {
      if (shown.contains(fact)) {
        return false;
      }
    }
    for (String fact : info.reveals()) {
      if (tested.contains(fact)) {
        return false;
      }
    }
    tested.addAll(info.tests());
    shown.addAll(info.tests());
    shown.addAll(info.reveals());
    if (!candidate.template().isEmpty()) {
      templateUses.merge(candidate.template(), 1, Integer::sum);
    }
    Boolean key = trueFalseKey(question);
    if (key != null) {
      if (key) {
        trueKeys++;
      } else {
        falseKeys++;
      }
    }
    admitted.add(question);
    return true;
  }

  /** The questions admitted so far, in the order admitted. */
  List<Question> admitted() {
    return admitted;
  }

  private boolean keyFits(Question question) {
    Boolean key = trueFalseKey(question);
    if (key == null) {
      return true;
    }
    int same = key ? trueKeys : falseKeys;
    int other = key ? falseKeys : trueKeys;
    return same + 1 - other <= KEY_GAP;
  }

  /** A true/false question's key, or null for every other kind. */
  static Boolean trueFalseKey(Question question) {
    return question.accept(
        new KindCases<Boolean>(null) {
          @Override
          public Boolean trueFalse(TrueFalse q) {
            return q.answer();
          }
        });
  }

  private static boolean spareChoice(Question question) {
    return question.accept(
        new KindCases<Boolean>(true) {
          @Override
          public Boolean matching(Matching q) {
            return q.choices().size() > q.premises().size();
          }
        });
  }
}

package org.quizkit.content.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.quizkit.content.dataset.Term;
import org.quizkit.core.question.Difficulty;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.ShortAnswer;

/**
 * "What is the name for the spread of cancer from where it began to a new part of the body?" Typed;
 * the term or a synonym counts. Other terms are rivals, except those whose meaning clashes with
 * this one (marking those wrong would rely on a reading the dataset leaves open).
 */
final class TermTyped implements Template {
  static final String ID = "term-typed";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Kind kind() {
    return Kind.SHORT_ANSWER;
  }

  @Override
  public List<String> subjects(Facts facts) {
    return facts.dataset().terms().stream().map(Term::id).toList();
  }

  @Override
  public List<String> tags(Facts facts, String subject) {
    return Terms.tags(Terms.term(facts, subject));
  }

  @Override
  public Question generate(Facts facts, String subject, RandomGenerator random) {
    Term term = Terms.term(facts, subject);
    Set<String> accepted = new LinkedHashSet<>();
    accepted.add(term.term());
    accepted.addAll(term.synonyms());
    Set<String> acceptedNormal = new LinkedHashSet<>();
    accepted.forEach(a -> acceptedNormal.add(Names.normal(a)));
    Set<String> rivals = new LinkedHashSet<>();
    for (Term other : facts.dataset().terms()) {
      if (other.id().equals(term.id()) || Terms.clash(term, other)) {
        continue;
      }
      List<String> words = new ArrayList<>();
      words.add(other.term());
      words.addAll(other.synonyms());
      words.stream().filter(w -> !acceptedNormal.contains(Names.normal(w))).forEach(rivals::add);
    }
    QuestionInfo info =
        new QuestionInfo(
            Names.capitalise(term.term()) + ": " + term.meaning() + ".",
            facts.sectionTitle(term.section()),
            List.of(term.id()),
            ID,
            subject,
            "means(?," + term.id() + ")",
            tags(facts, subject),
            Difficulty.MEDIUM);
    return new ShortAnswer(
        questionId(subject),
        "What is the name for " + Explain.clause(term.meaning()) + "?",
        List.copyOf(accepted),
        List.copyOf(rivals),
        info);
  }
}

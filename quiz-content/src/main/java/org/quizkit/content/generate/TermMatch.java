package org.quizkit.content.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.quizkit.content.dataset.Term;
import org.quizkit.core.question.Difficulty;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.seed.Seeds;

/**
 * Match three terms to their meanings, with one spare meaning. The subject is one of the terms; the
 * others are drawn from the seed among terms that clash with none already chosen, so every meaning
 * fits exactly one shown term and the spare fits none.
 */
final class TermMatch implements Template {
  static final String ID = "term-match";
  private static final int PREMISES = 3;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Kind kind() {
    return Kind.MATCHING;
  }

  @Override
  public List<String> subjects(Facts facts) {
    List<Term> terms = facts.dataset().terms();
    return terms.stream()
        .filter(t -> terms.stream().filter(o -> o != t && !Terms.clash(t, o)).count() >= PREMISES)
        .map(Term::id)
        .toList();
  }

  @Override
  public List<String> tags(Facts facts, String subject) {
    return Terms.tags(Terms.term(facts, subject));
  }

  @Override
  public Question generate(Facts facts, String subject, RandomGenerator random) {
    Term anchor = Terms.term(facts, subject);
    List<Term> chosen = new ArrayList<>();
    chosen.add(anchor);
    for (Term t : Seeds.shuffled(facts.dataset().terms(), random)) {
      if (chosen.size() == PREMISES + 1) {
        break;
      }
      if (chosen.stream().noneMatch(c -> c.id().equals(t.id()) || Terms.clash(c, t))) {
        chosen.add(t);
      }
    }
    if (chosen.size() < PREMISES + 1) {
      throw new IllegalStateException("too few terms that do not clash with '" + subject + "'");
    }
    List<Term> shown = chosen.subList(0, PREMISES);
    Term spare = chosen.get(PREMISES);
    List<Option> premises = new ArrayList<>();
    List<Option> choices = new ArrayList<>();
    Map<String, String> key = new LinkedHashMap<>();
    StringBuilder explanation = new StringBuilder();
    for (Term t : shown) {
      premises.add(Option.of("t-" + t.id(), Names.capitalise(t.term()), t.id()));
      choices.add(Option.of("m-" + t.id(), Names.capitalise(t.meaning()), t.id()));
      key.put("t-" + t.id(), "m-" + t.id());
      explanation.append(Names.capitalise(t.term())).append(": ").append(t.meaning()).append(". ");
    }
    choices.add(
        new Option(
            "m-" + spare.id(),
            Names.capitalise(spare.meaning()),
            spare.id(),
            "That is the meaning of " + spare.term() + ", which is not among the terms shown."));
    explanation.append("The spare meaning is that of ").append(spare.term()).append('.');
    QuestionInfo info =
        new QuestionInfo(
            explanation.toString(),
            facts.commonSectionTitle(chosen.stream().map(Term::section).toList()),
            // The subject alone: the other terms change with the seed, and progress is counted per
            // fact over a bank of another seed, so a seed-dependent basis would count other facts.
            List.of(anchor.id()),
            ID,
            subject,
            "means(?,?)",
            tags(facts, subject),
            Difficulty.MEDIUM);
    return new Matching(
        questionId(subject),
        "Match each term with its meaning. One meaning belongs to none of them.",
        Seeds.shuffled(premises, random),
        Seeds.shuffled(choices, random),
        key,
        info);
  }
}

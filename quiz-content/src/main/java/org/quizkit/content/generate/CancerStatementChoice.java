package org.quizkit.content.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.quizkit.content.dataset.Cancer;
import org.quizkit.content.dataset.Statement;
import org.quizkit.core.question.Difficulty;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.seed.Seeds;

/**
 * "Which of these does the article say about melanoma?": one true statement among two or three
 * false ones, drawn so that neither the length nor the alphabetical order of the options tells the
 * key (see {@link Balance}).
 */
final class CancerStatementChoice implements Template {
  static final String ID = "cancer-statement-choice";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Kind kind() {
    return Kind.SINGLE_CHOICE;
  }

  @Override
  public List<String> subjects(Facts facts) {
    return CancerStatements.cancers(facts, 2);
  }

  @Override
  public List<String> tags(Facts facts, String subject) {
    return CancerStatements.tags(subject);
  }

  @Override
  public Question generate(Facts facts, String subject, RandomGenerator random) {
    Cancer cancer = facts.cancer(subject);
    List<Statement> falsehoods = CancerStatements.of(facts, subject, false);
    // At least one false statement is left out, so that the draw has a choice of distractors
    // (and Balance a choice of places for the key); never fewer than two.
    int nFalse = Math.max(2, Math.min(falsehoods.size() - 1, 2 + random.nextInt(2)));
    // Any true statement can be the key: Balance keeps the longest from telling it.
    List<Statement> truths = CancerStatements.of(facts, subject, true);
    List<Statement> drawn =
        Balance.draw(
            random,
            r -> {
              List<Statement> statements = new ArrayList<>();
              statements.add(truths.get(r.nextInt(truths.size())));
              statements.addAll(CancerStatements.draw(falsehoods, nFalse, r));
              return statements;
            },
            statements -> statements.stream().map(s -> CancerStatements.option(s).text()).toList());
    Statement key = drawn.get(0);
    List<Statement> wrong = drawn.subList(1, drawn.size());
    List<Option> options = new ArrayList<>();
    options.add(CancerStatements.option(key));
    for (Statement s : wrong) {
      options.add(CancerStatements.option(s));
    }
    List<Statement> all = new ArrayList<>(wrong);
    all.add(0, key);
    QuestionInfo info =
        new QuestionInfo(
            "True: " + Explain.sentence(key.text()),
            CancerStatements.section(facts, all),
            // The pool the options are drawn from: the basis must not change with the seed.
            CancerStatements.pool(facts, subject),
            ID,
            subject,
            "statement(?)",
            tags(facts, subject),
            Difficulty.MEDIUM);
    String stem = "Which of these does the article say about " + cancer.name() + "?";
    return new SingleChoice(
        questionId(subject), stem, Seeds.shuffled(options, random), key.id(), info);
  }
}

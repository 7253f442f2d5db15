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
 * false ones. The key is drawn from the true statements no longer than the longest distractor when
 * there are such, so that the right answer does not stand out by its length.
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
    int nFalse = Math.min(falsehoods.size(), 2 + random.nextInt(2));
    List<Statement> wrong = CancerStatements.draw(falsehoods, nFalse, random);
    int longest = wrong.stream().mapToInt(s -> s.text().length()).max().orElse(0);
    List<Statement> truths = CancerStatements.of(facts, subject, true);
    List<Statement> fitting = truths.stream().filter(s -> s.text().length() <= longest).toList();
    List<Statement> pool = fitting.isEmpty() ? truths : fitting;
    Statement key = pool.get(random.nextInt(pool.size()));
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

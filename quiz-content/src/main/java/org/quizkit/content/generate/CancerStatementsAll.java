package org.quizkit.content.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.quizkit.content.dataset.Cancer;
import org.quizkit.content.dataset.Statement;
import org.quizkit.core.question.Difficulty;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.seed.Seeds;

/**
 * "Which of these does the article say about leukemia? Select every one.": some of the cancer's
 * true statements among false ones. This is how facts of an uncertain tier are asked, each at its
 * own qualifier ("in some types", "commonly", "first tends to").
 */
final class CancerStatementsAll implements Template {
  static final String ID = "cancer-statements-all";
  private static final int MIN_OPTIONS = 3;
  private static final int MAX_OPTIONS = 5;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Kind kind() {
    return Kind.MULTIPLE_RESPONSE;
  }

  @Override
  public List<String> subjects(Facts facts) {
    return CancerStatements.cancers(facts, 1).stream()
        .filter(
            c ->
                CancerStatements.of(facts, c, true).size()
                        + CancerStatements.of(facts, c, false).size()
                    >= MIN_OPTIONS)
        .toList();
  }

  @Override
  public List<String> tags(Facts facts, String subject) {
    return CancerStatements.tags(subject);
  }

  @Override
  public Question generate(Facts facts, String subject, RandomGenerator random) {
    Cancer cancer = facts.cancer(subject);
    List<Statement> truths = CancerStatements.of(facts, subject, true);
    List<Statement> falsehoods = CancerStatements.of(facts, subject, false);
    int total =
        Math.min(
            MIN_OPTIONS + random.nextInt(MAX_OPTIONS - MIN_OPTIONS + 1),
            truths.size() + falsehoods.size());
    int nFalse =
        Math.min(falsehoods.size(), Math.max(1, Math.min(total - 1, 1 + random.nextInt(2))));
    int nTrue = Math.min(truths.size(), total - nFalse);
    nFalse = Math.min(falsehoods.size(), Math.max(nFalse, MIN_OPTIONS - nTrue));
    List<Statement> right = CancerStatements.draw(truths, nTrue, random);
    List<Statement> wrong = CancerStatements.draw(falsehoods, nFalse, random);
    List<Option> options = new ArrayList<>();
    List<Statement> all = new ArrayList<>(right);
    all.addAll(wrong);
    for (Statement s : all) {
      options.add(CancerStatements.option(s));
    }
    StringBuilder explanation = new StringBuilder("The article says: ");
    right.forEach(s -> explanation.append(Explain.sentence(s.text())).append(' '));
    for (Statement s : wrong) {
      explanation.append("Not so: ").append(Explain.clause(s.text())).append(". ");
      explanation.append(Explain.sentence(s.why())).append(' ');
    }
    QuestionInfo info =
        new QuestionInfo(
            explanation.toString().trim(),
            CancerStatements.section(facts, all),
            // The cancer's whole pool, not the draw: progress is counted per fact over a bank of
            // another seed, so the basis must not change with the seed.
            CancerStatements.pool(facts, subject),
            ID,
            subject,
            "statement(?)",
            tags(facts, subject),
            Difficulty.MEDIUM);
    String stem =
        "Which of these does the article say about " + cancer.name() + "? Select every one.";
    return new MultipleResponse(
        questionId(subject),
        stem,
        Seeds.shuffled(options, random),
        right.stream().map(Statement::id).toList(),
        info);
  }
}

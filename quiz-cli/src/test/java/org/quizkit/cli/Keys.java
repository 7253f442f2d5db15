package org.quizkit.cli;

import java.util.List;
import java.util.Set;
import org.quizkit.content.QuizContent;
import org.quizkit.content.module.LearningModule;
import org.quizkit.core.QuizEngine;
import org.quizkit.core.assembly.QuizSpec;
import org.quizkit.core.interact.TextPrompt;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;
import org.quizkit.core.response.Response;

/** What a learner who knows every answer types, worked out from the questions' keys. */
final class Keys {
  private Keys() {}

  /** The line that answers {@code question} fully right. */
  static String typed(Question question) {
    return TextPrompt.ascii().answerText(question, question.accept(new Key()));
  }

  /** The questions {@code quiz learn MODULE --seed SEED} asks, in order, as the command draws them. */
  static List<Question> learnQuiz(QuizContent content, String moduleId, long seed) {
    LearningModule module = content.catalog().module(moduleId).orElseThrow();
    List<Question> questions = module.questions(content.bank(seed));
    return QuizEngine.assemble(
            questions,
            QuizSpec.of(questions.size(), seed)
                .withTags(Set.of(QuizContent.moduleTag(moduleId))))
        .questions();
  }

  private static final class Key implements Question.Cases<Response> {
    @Override
    public Response singleChoice(SingleChoice q) {
      return Response.Choice.of(q.correct());
    }

    @Override
    public Response multipleResponse(MultipleResponse q) {
      return Response.Choice.of(q.correct().toArray(String[]::new));
    }

    @Override
    public Response trueFalse(TrueFalse q) {
      return new Response.Judgement(q.answer());
    }

    @Override
    public Response matching(Matching q) {
      return new Response.Pairs(q.key());
    }

    @Override
    public Response ordering(Ordering q) {
      return new Response.Sequence(q.order());
    }

    @Override
    public Response shortAnswer(ShortAnswer q) {
      return new Response.Text(q.accepted().get(0));
    }
  }
}

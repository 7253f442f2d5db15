package org.quizkit.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.quizkit.content.QuizContent;
import org.quizkit.content.learner.Masteries;
import org.quizkit.content.learner.Selections;
import org.quizkit.core.assembly.Quiz;
import org.quizkit.core.drill.DrillResult;
import org.quizkit.core.question.Question;
import org.quizkit.core.schedule.Forecast;
import org.quizkit.core.schedule.Memory;
import org.quizkit.core.session.Miss;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quiz review}: the questions that are due again. */
@Command(
    name = "review",
    description = {
      "Go over the facts that are due for review.",
      "Each fact you answer is scheduled (FSRS) to come back just before you would forget it: "
          + "soon when missed, later and later when right."
    })
final class ReviewCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Option(
      names = "--count",
      paramLabel = "N",
      converter = PositiveInt.class,
      description = "At most N questions, the soonest due first (a daily limit). Default: all due.")
  Integer count;

  @Mixin SeedOption seed;
  @Mixin PlainOption plain;
  @Mixin DatasetOption dataset;
  @Mixin DataDirOption dataDir;
  @Mixin LearnerOption learner;

  ReviewCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    QuizContent content = dataset.content(context);
    String name = learner.resolve(context.env());
    Instant now = context.clock().instant();
    ZoneId zone = When.zone(context);
    List<String> due;
    try (Progress reading = Progress.forReading(dataDir.database(context.env()), name)) {
      due = reading.due(now);
      if (due.isEmpty()) {
        context
            .out()
            .println(
                reading
                    .nextDue()
                    .map(
                        next ->
                            "Nothing is due for review now. The next fact is due "
                                + When.describe(next, now, zone)
                                + ".\nComing up: "
                                + forecast(reading, now, zone)
                                + ".")
                    .orElse("Nothing studied yet, so nothing to review. Start with: quiz learn"));
        return 0;
      }
    }
    long chosen = seed.resolveQuietly(context);
    List<Question> questions = Selections.questionsFor(due, content.bank(chosen), chosen);
    if (questions.isEmpty()) {
      context
          .out()
          .println(
              due.size()
                  + " facts are due, but no question asks about them"
                  + " (was the dataset changed?).");
      return 0;
    }
    int limit = count == null ? questions.size() : Math.min(count, questions.size());
    Quiz quiz = Selections.review(questions, limit, chosen);
    context
        .out()
        .println(
            due.size()
                + (due.size() == 1 ? " fact is" : " facts are")
                + " due for review: "
                + quiz.size()
                + (quiz.size() == 1 ? " question" : " questions")
                + (limit < questions.size() ? " of " + questions.size() + " (--count)." : "."));
    int exitCode;
    // Checked again (the file may have changed since it was read), reopened at the first answer.
    try (Progress progress = Progress.forWriting(dataDir.database(context.env()), name);
        Interaction io = Interaction.open(context, plain.plain())) {
      Masteries before = Masteries.of(content, progress.attempts());
      DrillResult result =
          Drills.of(context, io, progress, content).run(quiz, io.lines(), context.out());
      List<Question> missed = missed(quiz, result);
      if (result.ending() == DrillResult.Ending.FINISHED && !missed.isEmpty()) {
        // Missed facts come back once in the same sitting, while the right answer is fresh.
        context.out().println();
        context
            .out()
            .println(
                "Once more, the "
                    + (missed.size() == 1 ? "question" : missed.size() + " questions")
                    + " you missed:");
        Quiz again = Selections.reviewAgain(missed, chosen);
        Drills.of(context, io, progress, content).run(again, io.lines(), context.out());
      }
      masteryChanges(before, Masteries.of(content, progress.attempts()), quiz);
      Instant after = context.clock().instant();
      int stillDue = progress.due(after).size();
      context.out().println();
      context
          .out()
          .println(
              stillDue == 0
                  ? "Nothing is due now."
                  : stillDue + (stillDue == 1 ? " fact is" : " facts are") + " due now.");
      context.out().println("Coming up: " + forecast(progress, after, zone) + ".");
      context
          .out()
          .println(
              stillDue > 0
                  ? "Next: quiz review"
                  : Masteries.of(content, progress.attempts())
                      .firstNotMastered()
                      .map(next -> "Next: quiz learn " + next.id())
                      .orElse("Next: quiz review, when facts fall due"));
      exitCode = io.exitCode();
    }
    return exitCode;
  }

  /** When the facts studied fall due, by the learner's days. */
  private static String forecast(Progress progress, Instant now, ZoneId zone) {
    return Forecast.of(progress.memories().values().stream().map(Memory::due).toList(), now, zone)
        .describe();
  }

  /** The questions of the quiz answered without full marks or skipped, in quiz order. */
  private static List<Question> missed(Quiz quiz, DrillResult result) {
    Set<String> ids = new LinkedHashSet<>();
    result.summary().missed().stream()
        .filter(miss -> miss.reason() != Miss.Reason.UNANSWERED)
        .forEach(miss -> ids.add(miss.questionId()));
    return quiz.questions().stream().filter(q -> ids.contains(q.id())).toList();
  }

  /**
   * The mastery of every module the review asked about, as {@code learn} and {@code modules} count
   * it, with what changed: a review can take a module below its threshold.
   */
  private void masteryChanges(Masteries before, Masteries after, Quiz quiz) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < after.modules().size(); i++) {
      String tag = QuizContent.moduleTag(after.modules().get(i).id());
      boolean asked = quiz.questions().stream().anyMatch(q -> q.info().tags().contains(tag));
      org.quizkit.content.module.Mastery was = before.of(i);
      org.quizkit.content.module.Mastery now = after.of(i);
      if (!asked && was.equals(now)) {
        continue;
      }
      String change;
      if (was.reached() && !now.reached()) {
        change = " (was " + was.mastered() + "; no longer mastered)";
      } else if (!was.reached() && now.reached()) {
        change = " (was " + was.mastered() + "; now mastered)";
      } else if (was.mastered() != now.mastered()) {
        change = " (was " + was.mastered() + ")";
      } else {
        change = " (unchanged)";
      }
      lines.add("- " + now.describe() + change);
    }
    if (!lines.isEmpty()) {
      context.out().println("Mastery of the modules reviewed:");
      lines.forEach(context.out()::println);
    }
  }
}

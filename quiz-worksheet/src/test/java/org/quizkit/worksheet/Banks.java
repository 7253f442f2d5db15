package org.quizkit.worksheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quizkit.core.question.Difficulty;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;

/** Hand-built question banks for the worksheet tests; every key text is unique to its question. */
final class Banks {
  private Banks() {}

  static QuestionInfo info(String id, String template, String module) {
    return new QuestionInfo(
        "Explanation of " + id + ": the reason behind the answer.",
        "Section " + id.toUpperCase(Locale.ROOT) + " of the notes",
        List.of("fact-" + id),
        template,
        "",
        "",
        module.isEmpty() ? List.of() : List.of("module:" + module, "topic:" + template),
        Difficulty.MEDIUM);
  }

  /** One question of every kind, with feedback on some options. */
  static List<Question> small() {
    return List.of(
        new SingleChoice(
            "planet",
            "Which planet is closest to the Sun?",
            List.of(
                new Option(
                    "mercury", "Mercury", "", "Feedback planet-mercury: yes, the innermost."),
                Option.of("venus", "Venus"),
                new Option("mars", "Mars", "", "Feedback planet-mars: Mars is fourth."),
                Option.of("earth", "Earth")),
            "mercury",
            info("planet", "closest", "sky")),
        new MultipleResponse(
            "prime",
            "Which of these numbers are prime?",
            List.of(Option.of("two", "2"), Option.of("nine", "9"), Option.of("seven", "7")),
            List.of("two", "seven"),
            info("prime", "primes", "numbers")),
        new TrueFalse(
            "water",
            "Water boils at 100 \u00b0C at sea level.",
            true,
            info("water", "boiling", "matter")),
        new Matching(
            "capital",
            "Match each country with its capital.",
            List.of(Option.of("fr", "France"), Option.of("jp", "Japan"), Option.of("ke", "Kenya")),
            List.of(
                Option.of("paris", "Paris"),
                Option.of("tokyo", "Tokyo"),
                Option.of("nairobi", "Nairobi"),
                Option.of("lima", "Lima")),
            Map.of("fr", "paris", "jp", "tokyo", "ke", "nairobi"),
            info("capital", "capitals", "places")),
        new Ordering(
            "sizes",
            "Put these from smallest to largest.",
            List.of(
                Option.of("atom", "Atom"), Option.of("cell", "Cell"), Option.of("mouse", "Mouse")),
            List.of("atom", "cell", "mouse"),
            info("sizes", "scale", "matter")),
        new ShortAnswer(
            "gas",
            "Which gas do plants take in to make sugar?",
            List.of("carbon dioxide", "CO2"),
            List.of("oxygen", "nitrogen"),
            info("gas", "plants", "life")));
  }

  /**
   * {@code perCell} questions for each of three templates in each of three modules, all
   * single-choice so the blueprint alone tells them apart.
   */
  static List<Question> blueprinted(int perCell) {
    List<Question> bank = new ArrayList<>();
    for (String module : List.of("alpha", "beta", "gamma")) {
      for (String template : List.of("most", "never", "which")) {
        for (int i = 0; i < perCell; i++) {
          String id = module + "-" + template + "-" + i;
          bank.add(
              new SingleChoice(
                  id,
                  "Stem of " + id + "?",
                  List.of(
                      Option.of("a", "First of " + id),
                      Option.of("b", "Second of " + id),
                      Option.of("c", "Third of " + id)),
                  "b",
                  info(id, template, module)));
        }
      }
    }
    return bank;
  }

  /**
   * {@code count} questions cycling through every kind, with longer text; every stem and option
   * text is unique to its question.
   */
  static List<Question> mixed(int count) {
    List<Question> bank = new ArrayList<>();
    List<Question> kinds = small();
    for (int i = 0; i < count; i++) {
      Question base = kinds.get(i % kinds.size());
      bank.add(renamed(base, base.id() + "-" + i, i));
    }
    return bank;
  }

  private static List<Option> unique(List<Option> options, int i) {
    return options.stream()
        .map(o -> new Option(o.id(), o.text() + " #" + i, o.refers(), o.feedback()))
        .toList();
  }

  private static Question renamed(Question q, String id, int i) {
    QuestionInfo info = info(id, q.info().template(), "m" + (i % 4));
    String stem = q.stem() + " (variant " + i + ", a longer wording to wrap over the line end)";
    if (q instanceof SingleChoice s) {
      return new SingleChoice(id, stem, unique(s.options(), i), s.correct(), info);
    } else if (q instanceof MultipleResponse m) {
      return new MultipleResponse(id, stem, unique(m.options(), i), m.correct(), info);
    } else if (q instanceof TrueFalse t) {
      return new TrueFalse(id, stem, i % 2 == 0, info);
    } else if (q instanceof Matching m) {
      return new Matching(id, stem, unique(m.premises(), i), unique(m.choices(), i), m.key(), info);
    } else if (q instanceof Ordering o) {
      return new Ordering(id, stem, unique(o.items(), i), o.order(), info);
    }
    ShortAnswer s = (ShortAnswer) q;
    return new ShortAnswer(id, stem, s.accepted(), s.rivals(), info);
  }
}

package org.quizkit.core.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random valid questions of every kind, for properties in any test package. Each arbitrary is
 * built from fresh {@code Arbitraries.*()} calls. Option ids are {@code o0, o1, ...} (premises
 * {@code p0, ...}, items {@code i0, ...}), so responses can name them and also name ids that are
 * not there.
 */
public final class QuestionArbitraries {
  /** Realistic short answers: the site names a short-answer question accepts or rivals. */
  public static final List<String> SITES =
      List.of(
          "liver",
          "lungs",
          "bone",
          "brain",
          "adrenal glands",
          "lymph nodes",
          "peritoneum",
          "skin",
          "ovaries",
          "pleura",
          "spine",
          "bladder",
          "kidney",
          "pancreas",
          "stomach",
          "thyroid");

  private QuestionArbitraries() {}

  /**
   * A question of any kind, each kind equally likely. Edge cases are left out because jqwik draws
   * them almost all from the first alternative, which skewed runs to half single-choice; sizes are
   * small enough (2 to 6 options) that random draws reach the smallest often.
   */
  public static Arbitrary<Question> questions() {
    return Arbitraries.oneOf(
            singleChoices(),
            multipleResponses(),
            trueFalses(),
            matchings(),
            orderings(),
            shortAnswers())
        .withoutEdgeCases();
  }

  public static Arbitrary<Question> singleChoices() {
    return Arbitraries.integers()
        .between(2, 6)
        .flatMap(
            n ->
                Combinators.combine(
                        ids(), options("o", n), Arbitraries.integers().between(0, n - 1), infos())
                    .as(
                        (id, options, k, info) ->
                            new SingleChoice(id, "Which one?", options, "o" + k, info)));
  }

  public static Arbitrary<Question> multipleResponses() {
    return Arbitraries.integers()
        .between(2, 6)
        .flatMap(
            n ->
                Combinators.combine(
                        ids(),
                        options("o", n),
                        Arbitraries.integers().between(0, n - 1).set().ofMinSize(1).ofMaxSize(n),
                        infos())
                    .as(
                        (id, options, keys, info) ->
                            new MultipleResponse(
                                id,
                                "Which ones?",
                                options,
                                keys.stream().sorted().map(k -> "o" + k).toList(),
                                info)));
  }

  public static Arbitrary<Question> trueFalses() {
    return Combinators.combine(ids(), Arbitraries.of(true, false), infos())
        .as((id, answer, info) -> new TrueFalse(id, "A statement.", answer, info));
  }

  public static Arbitrary<Question> matchings() {
    return Arbitraries.integers()
        .between(2, 5)
        .flatMap(
            p ->
                Arbitraries.integers()
                    .between(p, p + 2)
                    .flatMap(
                        c ->
                            Combinators.combine(
                                    ids(),
                                    options("p", p),
                                    options("o", c),
                                    Arbitraries.shuffle(ids("o", c)),
                                    infos())
                                .as(
                                    (id, premises, choices, shuffledChoices, info) -> {
                                      Map<String, String> key = new TreeMap<>();
                                      for (int i = 0; i < p; i++) {
                                        key.put("p" + i, shuffledChoices.get(i));
                                      }
                                      return new Matching(
                                          id, "Match them.", premises, choices, key, info);
                                    })));
  }

  public static Arbitrary<Question> orderings() {
    return Arbitraries.integers()
        .between(2, 6)
        .flatMap(
            n ->
                Combinators.combine(
                        ids(), options("i", n), Arbitraries.shuffle(ids("i", n)), infos())
                    .as(
                        (id, items, order, info) ->
                            new Ordering(id, "Put them in order.", items, order, info)));
  }

  public static Arbitrary<Question> shortAnswers() {
    return Combinators.combine(
            ids(),
            Arbitraries.shuffle(SITES),
            Arbitraries.integers().between(1, 2),
            Arbitraries.integers().between(0, 4),
            infos())
        .as(
            (id, sites, accepted, rivals, info) ->
                new ShortAnswer(
                    id,
                    "Name it.",
                    sites.subList(0, accepted),
                    sites.subList(accepted, accepted + rivals),
                    info));
  }

  /** Information with a template and subject from small sets, and a few tags. */
  public static Arbitrary<QuestionInfo> infos() {
    return Combinators.combine(
            Arbitraries.of("", "most-common", "which-site", "route"),
            Arbitraries.of("", "lung", "breast", "colon", "prostate", "skin"),
            Arbitraries.of("bones", "liver", "brain", "lungs").set().ofMaxSize(2),
            Arbitraries.of(Difficulty.class))
        .as(
            (template, subject, tags, difficulty) ->
                new QuestionInfo(
                    "Because the source says so.",
                    "Section / " + (subject.isEmpty() ? "General" : subject),
                    List.of(),
                    template,
                    subject,
                    "",
                    tags.stream().sorted().toList(),
                    difficulty));
  }

  private static Arbitrary<String> ids() {
    return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(6).map(s -> "q-" + s);
  }

  private static List<String> ids(String prefix, int n) {
    return IntStream.range(0, n).mapToObj(i -> prefix + i).toList();
  }

  /** {@code n} options {@code prefix0 ...} with random texts, some with feedback of their own. */
  private static Arbitrary<List<Option>> options(String prefix, int n) {
    return Combinators.combine(
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10).list().ofSize(n),
            Arbitraries.of(true, false).list().ofSize(n))
        .as(
            (texts, withFeedback) -> {
              List<Option> options = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                String feedback = withFeedback.get(i) ? "About " + texts.get(i) + "." : "";
                options.add(new Option(prefix + i, texts.get(i), "", feedback));
              }
              return List.copyOf(options);
            });
  }
}

package org.quizkit.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.quizkit.core.assembly.QuizSpec;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.SingleChoice;

/**
 * A diagnostic, not a test: per single-choice template (and subject), where the key falls among its
 * options by length and by alphabetical order, over the quizzes {@link ViewLeakTests} plays. Run
 * {@code main} with an optional seed and quiz count; it prints a table and fails nothing.
 */
final class ChoiceLeanReport {
  private ChoiceLeanReport() {}

  /** One single choice: template, subject, options, and the key's two ranks. */
  record Key(String template, String subject, int options, int longer, int earlier) {}

  static List<Key> keys(long seed, int quizzes) {
    QuizContent content = QuizContent.builtIn();
    SplittableRandom seeds = new SplittableRandom(seed);
    List<Key> out = new ArrayList<>();
    for (int n = 0; n < quizzes; n++) {
      for (Question q :
          content.quiz(QuizSpec.builder().count(12).seed(seeds.nextLong()).build()).questions()) {
        if (q instanceof SingleChoice s) {
          out.add(key(s));
        }
      }
    }
    return out;
  }

  static Key key(SingleChoice s) {
    String key =
        s.options().stream()
            .filter(o -> o.id().equals(s.correct()))
            .findFirst()
            .orElseThrow()
            .text();
    int longer = 0;
    int earlier = 0;
    for (Option o : s.options()) {
      longer += o.text().length() > key.length() ? 1 : 0;
      earlier += o.text().compareTo(key) < 0 ? 1 : 0;
    }
    return new Key(s.info().template(), s.info().subject(), s.options().size(), longer, earlier);
  }

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("attack")) {
      for (int i = 1; i < args.length; i++) {
        attack(Long.parseLong(args[i]));
      }
      return;
    }
    if (args.length > 0 && args[0].equals("tf")) {
      trueFalseBands();
      return;
    }
    if (args.length > 0 && args[0].equals("pairs")) {
      org.quizkit.content.dataset.Dataset dataset =
          org.quizkit.content.dataset.DatasetLoader.load(java.nio.file.Path.of(args[1]));
      org.quizkit.content.generate.QuestionGenerators generators =
          org.quizkit.content.generate.QuestionGenerators.of(dataset);
      for (String subject : generators.subjects("concept-statement")) {
        dataset.claims().stream()
            .filter(c -> c.id().equals(subject))
            .forEach(
                c ->
                    System.out.printf(
                        "%s %3d %s%n", c.truth() ? "T" : "F", c.text().length(), c.id()));
      }
      return;
    }
    if (args.length > 0 && args[0].equals("samples")) {
      samples(args[1], Integer.parseInt(args[2]));
      return;
    }
    long seed = args.length > 0 ? Long.parseLong(args[0]) : 20261205L;
    int quizzes = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
    boolean bySubject = args.length > 2;
    List<Key> keys = keys(seed, quizzes);
    System.out.printf(
        "%d single-choice keys from %d quizzes (seed %d)%n", keys.size(), quizzes, seed);
    System.out.println(
        "template [subject] n: count | length rank histogram | alphabetical rank histogram");
    Map<String, int[][]> table = new TreeMap<>();
    for (Key k : keys) {
      String row = k.template() + (bySubject ? " " + k.subject() : "") + " n=" + k.options();
      int[][] h = table.computeIfAbsent(row, r -> new int[3][k.options() + 1]);
      h[0][0]++;
      h[1][k.longer()]++;
      h[2][k.earlier()]++;
    }
    table.forEach(
        (row, h) ->
            System.out.printf(
                "%-55s %5d | %s | %s  excess %+.0f / %+.0f%n",
                row,
                h[0][0],
                hist(h[1]),
                hist(h[2]),
                excess(h[1], h[0][0]),
                excess(h[2], h[0][0])));
    // the overall share of keys at each rank "r/n", as the attacker learns it
    Map<String, int[]> lengthRates = new TreeMap<>();
    Map<String, int[]> orderRates = new TreeMap<>();
    for (Key k : keys) {
      lengthRates.computeIfAbsent(k.longer() + "/" + k.options(), r -> new int[1])[0]++;
      orderRates.computeIfAbsent(k.earlier() + "/" + k.options(), r -> new int[1])[0]++;
    }
    System.out.println("length ranks:       " + rates(lengthRates, keys));
    System.out.println("alphabetical ranks: " + rates(orderRates, keys));
  }

  /**
   * The option-rank attacker of ViewLeakTests (learn on even quizzes the rate at which each rank
   * marks keys, pick the best-rated option on odd ones), on the quizzes of one seed.
   */
  static void attack(long seed) {
    QuizContent content = QuizContent.builtIn();
    SplittableRandom seeds = new SplittableRandom(seed);
    List<List<String>> ranks = new ArrayList<>(); // per question: length ranks, then alphabetical
    List<Integer> keys = new ArrayList<>();
    List<Boolean> training = new ArrayList<>();
    for (int n = 0; n < 2000; n++) {
      for (Question q :
          content.quiz(QuizSpec.builder().count(12).seed(seeds.nextLong()).build()).questions()) {
        if (q instanceof SingleChoice s) {
          List<String> r = new ArrayList<>();
          int size = s.options().size();
          for (int kind = 0; kind < 2; kind++) {
            for (Option o : s.options()) {
              int count = 0;
              for (Option other : s.options()) {
                count +=
                    kind == 0
                        ? (other.text().length() > o.text().length() ? 1 : 0)
                        : (other.text().compareTo(o.text()) < 0 ? 1 : 0);
              }
              r.add(count + "/" + size);
            }
          }
          ranks.add(r);
          int key = 0;
          for (int i = 0; i < size; i++) {
            key = s.options().get(i).id().equals(s.correct()) ? i : key;
          }
          keys.add(key);
          training.add(n % 2 == 0);
        }
      }
    }
    double chance = 0;
    double variance = 0;
    int tests = 0;
    for (int i = 0; i < keys.size(); i++) {
      if (!training.get(i)) {
        double p = 2.0 / ranks.get(i).size();
        chance += p;
        variance += p * (1 - p);
        tests++;
      }
    }
    System.out.printf(
        "seed %d: %d test keys, chance %.1f %% + margin %.1f %%",
        seed, tests, 100 * chance / tests, 300 * Math.sqrt(variance) / tests);
    for (int kind = 0; kind < 2; kind++) {
      Map<String, double[]> rates = new java.util.HashMap<>();
      for (int i = 0; i < keys.size(); i++) {
        if (training.get(i)) {
          int size = ranks.get(i).size() / 2;
          for (int j = 0; j < size; j++) {
            double[] rate =
                rates.computeIfAbsent(ranks.get(i).get(kind * size + j), v -> new double[2]);
            rate[0] += j == keys.get(i) ? 1 : 0;
            rate[1]++;
          }
        }
      }
      int right = 0;
      for (int i = 0; i < keys.size(); i++) {
        if (!training.get(i)) {
          int size = ranks.get(i).size() / 2;
          int best = 0;
          double bestRate = -1;
          for (int j = 0; j < size; j++) {
            double[] rate = rates.get(ranks.get(i).get(kind * size + j));
            double r = rate == null ? 0 : rate[0] / rate[1];
            if (r > bestRate) {
              best = j;
              bestRate = r;
            }
          }
          right += best == keys.get(i) ? 1 : 0;
        }
      }
      System.out.printf(
          ", %s %.1f %%", kind == 0 ? "length rank" : "alphabetical rank", 100.0 * right / tests);
    }
    System.out.println();
  }

  /** The stem-band attacker of ViewLeakTests on true/false keys, with the band's counts. */
  static void trueFalseBands() {
    QuizContent content = QuizContent.builtIn();
    SplittableRandom seeds = new SplittableRandom(20261205L);
    List<Integer> lengths = new ArrayList<>();
    List<int[]> tf = new ArrayList<>(); // stem length, key, training, template
    List<String> templates = new ArrayList<>();
    for (int n = 0; n < 2000; n++) {
      for (Question q :
          content.quiz(QuizSpec.builder().count(12).seed(seeds.nextLong()).build()).questions()) {
        lengths.add(q.stem().length());
        if (q instanceof org.quizkit.core.question.TrueFalse t) {
          tf.add(new int[] {q.stem().length(), t.answer() ? 1 : 0, n % 2 == 0 ? 1 : 0});
          templates.add(q.info().template());
        }
      }
    }
    int[] sorted = lengths.stream().mapToInt(Integer::intValue).sorted().toArray();
    int[][] train = new int[5][2];
    int[][] test = new int[5][2];
    Map<String, int[]> perTemplate = new TreeMap<>();
    for (int i = 0; i < tf.size(); i++) {
      int[] c = tf.get(i);
      int band = java.util.Arrays.binarySearch(sorted, c[0]) * 5 / sorted.length;
      (c[2] == 1 ? train : test)[band][c[1]]++;
      perTemplate.computeIfAbsent(templates.get(i) + " band " + band, k -> new int[2])[c[1]]++;
    }
    int right = 0;
    int total = 0;
    int trues = 0;
    for (int band = 0; band < 5; band++) {
      boolean guess = train[band][1] >= train[band][0];
      right += test[band][guess ? 1 : 0];
      total += test[band][0] + test[band][1];
      trues += test[band][1];
      System.out.printf("band %d: train %d false %d true%n", band, train[band][0], train[band][1]);
    }
    double chance = Math.max(trues, total - trues) / (double) total;
    System.out.printf(
        "band rule %.1f %%, chance %.1f %% + margin %.1f %%%n",
        100.0 * right / total, 100 * chance, 300 * Math.sqrt(chance * (1 - chance) / total));
    perTemplate.forEach((k, v) -> System.out.printf("  %s: %d false %d true%n", k, v[0], v[1]));
  }

  /** The options of each subject's question for a few seeds, the key marked with '*'. */
  static void samples(String template, int seeds) {
    org.quizkit.content.generate.QuestionGenerators generators =
        org.quizkit.content.generate.QuestionGenerators.of(
            org.quizkit.content.dataset.DatasetLoader.loadBuiltIn());
    for (String subject : generators.subjects(template)) {
      for (long seed = 1; seed <= seeds; seed++) {
        SingleChoice s = (SingleChoice) generators.generate(template, subject, seed);
        Key k = key(s);
        System.out.printf("%s #%d len%d alpha%d%n", subject, seed, k.longer(), k.earlier());
        for (Option o : s.options()) {
          System.out.printf(
              "  %s %3d %s%n", o.id().equals(s.correct()) ? "*" : " ", o.text().length(), o.text());
        }
      }
    }
  }

  private static String hist(int[] h) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < h.length - 1; i++) {
      out.append(String.format("%4d", h[i]));
    }
    return out.toString();
  }

  /** Keys at the most frequent rank beyond an even share: what a rule on this row would gain. */
  private static double excess(int[] h, int total) {
    int max = 0;
    for (int i = 0; i < h.length - 1; i++) {
      max = Math.max(max, h[i]);
    }
    return max - (double) total / (h.length - 1);
  }

  private static String rates(Map<String, int[]> counts, List<Key> keys) {
    Map<Integer, Integer> perN = new TreeMap<>();
    keys.forEach(k -> perN.merge(k.options(), 1, Integer::sum));
    StringBuilder out = new StringBuilder();
    counts.forEach(
        (rank, c) -> {
          int n = Integer.parseInt(rank.substring(rank.indexOf('/') + 1));
          out.append(String.format("%s %.3f  ", rank, (double) c[0] / perN.get(n)));
        });
    return out.toString();
  }
}

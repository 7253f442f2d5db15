package org.quizkit.core.question;

import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The one generator of random valid questions, for the properties of every test package. {@link
 * #any()} draws a kind from {@link Kind} and builds it in {@link #of(Kind)}, whose switch has no
 * default: a new kind does not compile until it is generated here, and then every property meets
 * it.
 *
 * <p>Two styles of text:
 *
 * <ul>
 *   <li>{@link #plain()}: short letter texts and positional ids ({@code o0, o1, ...} for options,
 *       {@code p0, ...} for premises, {@code i0, ...} for items), so responses can name the ids and
 *       ids that are not there; information from small sets of templates, subjects and tags, so
 *       assembly has something to select by; short answers are site names.
 *   <li>{@link #hostile()}: every text and id mixes the characters XML, HTML and GIFT treat
 *       specially with letters and any Unicode scalar value (controls included), for exporters.
 * </ul>
 *
 * <p>Properties run on QuickTheories. A failing property prints {@code Seed was N}; rerun it alone
 * with {@code ./mvnw -B test -pl quiz-core -Dtest='SomeProperties#someProperty' -DQT_SEED=N}
 * (QuickTheories reads the {@code QT_SEED} system property, which Surefire passes on).
 */
public final class RandomQuestions {
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

  private static final String META = "<>&\"'~=#{}:\\%-/$[]\n\t ";
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String DIGITS = "0123456789";

  private final boolean hostile;
  private final int maxOptions;

  private RandomQuestions(boolean hostile, int maxOptions) {
    this.hostile = hostile;
    this.maxOptions = maxOptions;
  }

  /** Letter texts, positional ids, information from small sets; 2 to 6 options. */
  public static RandomQuestions plain() {
    return new RandomQuestions(false, 6);
  }

  /** Texts and ids full of markup metacharacters and arbitrary Unicode; 2 to 6 options. */
  public static RandomQuestions hostile() {
    return new RandomQuestions(true, 6);
  }

  /** The same style with up to {@code max} options, items and premises (at least 3). */
  public RandomQuestions upToOptions(int max) {
    if (max < 3) {
      throw new IllegalArgumentException("at least 3 options, not " + max);
    }
    return new RandomQuestions(hostile, max);
  }

  /** A question of any kind, each kind equally likely. */
  public Gen<Question> any() {
    return Generate.enumValues(Kind.class).flatMap(this::of);
  }

  /** A question of {@code kind}. */
  public Gen<Question> of(Kind kind) {
    return switch (kind) {
      case SINGLE_CHOICE -> this::singleChoice;
      case MULTIPLE_RESPONSE -> this::multipleResponse;
      case TRUE_FALSE -> this::trueFalse;
      case MATCHING -> this::matching;
      case ORDERING -> this::ordering;
      case SHORT_ANSWER -> this::shortAnswer;
    };
  }

  /** Banks of {@code min} to {@code max} questions of any kinds with distinct ids. */
  public Gen<List<Question>> banks(int min, int max) {
    Gen<Question> question = any();
    return in -> {
      Map<String, Question> byId = new LinkedHashMap<>();
      int size = Generate.range(min, max).generate(in);
      // a repeated id takes another draw, a bounded number of times
      for (int draws = 0; byId.size() < size && draws < 4 * max; draws++) {
        Question q = question.generate(in);
        byId.putIfAbsent(q.id(), q);
      }
      return List.copyOf(byId.values());
    };
  }

  /** Text in this style: never blank. */
  public Gen<String> texts() {
    return hostile ? RandomQuestions::hostileText : in -> word(LETTERS, 1, 10).generate(in);
  }

  /**
   * Any text of up to {@code maxLength} Unicode scalar values, controls and unassigned ones
   * included. Unlike QuickTheories' {@code strings()}, which keeps only code points the running
   * JDK's Unicode version defines, it draws the same text on every JDK, so digests of what it draws
   * can be pinned.
   */
  public static Gen<String> anyText(int maxLength) {
    return SourceDSL.lists()
        .of(scalarValues())
        .ofSizeBetween(0, maxLength)
        .map(parts -> String.join("", parts));
  }

  /** One Unicode scalar value (any code point but a surrogate), as a string. */
  private static Gen<String> scalarValues() {
    return Generate.range(0, Character.MAX_CODE_POINT - 0x800)
        .map(cp -> Character.toString(cp < Character.MIN_SURROGATE ? cp : cp + 0x800));
  }

  /**
   * {@code n} values of {@code gen} drawn with a fixed seed, the same on every run: for tests that
   * write files from random questions.
   */
  public static <T> List<T> sample(Gen<T> gen, long seed, int n) {
    List<T> out = new ArrayList<>();
    qt().withFixedSeed(seed).withExamples(n).forAll(gen).checkAssert(out::add);
    return out;
  }

  private SingleChoice singleChoice(RandomnessSource in) {
    List<Option> options = options("o", count(in), in);
    int k = Generate.range(0, options.size() - 1).generate(in);
    return new SingleChoice(id(in), text(in), options, options.get(k).id(), info(in));
  }

  private MultipleResponse multipleResponse(RandomnessSource in) {
    List<Option> options = options("o", count(in), in);
    List<String> keys = new ArrayList<>();
    for (Option option : options) {
      if (Generate.booleans().generate(in)) {
        keys.add(option.id());
      }
    }
    if (keys.isEmpty()) {
      keys.add(options.get(Generate.range(0, options.size() - 1).generate(in)).id());
    }
    return new MultipleResponse(id(in), text(in), options, keys, info(in));
  }

  private TrueFalse trueFalse(RandomnessSource in) {
    return new TrueFalse(id(in), text(in), Generate.booleans().generate(in), info(in));
  }

  private Matching matching(RandomnessSource in) {
    int p = Generate.range(2, maxOptions - 1).generate(in);
    List<Option> premises = options("p", p, in);
    List<Option> choices = options("o", Generate.range(p, p + 2).generate(in), in);
    List<String> shuffled = shuffled(choices.stream().map(Option::id).toList(), in);
    Map<String, String> key = new LinkedHashMap<>();
    for (int i = 0; i < p; i++) {
      key.put(premises.get(i).id(), shuffled.get(i));
    }
    return new Matching(id(in), text(in), premises, choices, key, info(in));
  }

  private Ordering ordering(RandomnessSource in) {
    List<Option> items = options("i", count(in), in);
    List<String> order = shuffled(items.stream().map(Option::id).toList(), in);
    return new Ordering(id(in), text(in), items, order, info(in));
  }

  private ShortAnswer shortAnswer(RandomnessSource in) {
    int accepted = Generate.range(1, hostile ? 3 : 2).generate(in);
    int rivals = Generate.range(0, hostile ? 3 : 4).generate(in);
    List<String> answers;
    if (hostile) {
      answers = new ArrayList<>();
      for (int i = 0; i < accepted + rivals; i++) {
        answers.add(hostileText(in));
      }
    } else {
      answers = shuffled(SITES, in);
    }
    return new ShortAnswer(
        id(in),
        text(in),
        answers.subList(0, accepted),
        answers.subList(accepted, accepted + rivals),
        info(in));
  }

  private QuestionInfo info(RandomnessSource in) {
    Difficulty difficulty = Generate.enumValues(Difficulty.class).generate(in);
    if (!hostile) {
      String template =
          Generate.pick(List.of("", "most-common", "which-site", "route")).generate(in);
      String subject =
          Generate.pick(List.of("", "lung", "breast", "colon", "prostate", "skin")).generate(in);
      Set<String> tags = new java.util.TreeSet<>();
      int tagCount = Generate.range(0, 2).generate(in);
      for (int i = 0; i < tagCount; i++) {
        tags.add(Generate.pick(List.of("bones", "liver", "brain", "lungs")).generate(in));
      }
      return new QuestionInfo(
          "Because the source says so.",
          "Section / " + (subject.isEmpty() ? "General" : subject),
          List.of(),
          template,
          subject,
          "",
          List.copyOf(tags),
          difficulty);
    }
    List<String> basis = new ArrayList<>();
    int basisCount = Generate.range(0, 3).generate(in);
    for (int i = 0; i < basisCount; i++) {
      basis.add(hostileText(in));
    }
    List<String> tags = new ArrayList<>();
    int tagCount = Generate.range(0, 3).generate(in);
    for (int i = 0; i < tagCount; i++) {
      tags.add(
          switch (Generate.range(0, 2).generate(in)) {
            case 0 -> hostileText(in);
            case 1 -> "module:" + hostileText(in);
            default -> Generate.pick(List.of("module:a", "module:b")).generate(in);
          });
    }
    return new QuestionInfo(
        hostileText(in),
        hostileText(in),
        basis,
        optionalText(in),
        optionalText(in),
        optionalText(in),
        tags,
        difficulty);
  }

  private int count(RandomnessSource in) {
    return Generate.range(2, maxOptions).generate(in);
  }

  /**
   * {@code n} options with distinct ids (positional {@code prefix0 ...} when plain, text when
   * hostile); some carry feedback, hostile ones also a reference.
   */
  private List<Option> options(String prefix, int n, RandomnessSource in) {
    List<Option> options = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      String text = text(in);
      if (hostile) {
        String id = hostileText(in);
        while (!ids.add(id)) {
          id = id + "#" + i;
        }
        options.add(new Option(id, text, optionalText(in), optionalText(in)));
      } else {
        String feedback = Generate.booleans().generate(in) ? "About " + text + "." : "";
        options.add(new Option(prefix + i, text, "", feedback));
      }
    }
    return List.copyOf(options);
  }

  private String id(RandomnessSource in) {
    return hostile ? hostileText(in) : "q-" + word(LETTERS + DIGITS, 1, 6).generate(in);
  }

  private String text(RandomnessSource in) {
    return texts().generate(in);
  }

  private String optionalText(RandomnessSource in) {
    return Generate.booleans().generate(in) ? "" : hostileText(in);
  }

  private static String hostileText(RandomnessSource in) {
    Gen<String> meta = Generate.pick(META.chars().mapToObj(Character::toString).toList());
    Gen<String> letters = word(LETTERS, 1, 4);
    Gen<String> part =
        Generate.frequency(Pair.of(3, meta), Pair.of(3, letters), Pair.of(1, scalarValues()));
    String text = String.join("", SourceDSL.lists().of(part).ofSizeBetween(1, 8).generate(in));
    return text.isBlank() ? text + "x" : text;
  }

  private static Gen<String> word(String alphabet, int min, int max) {
    Gen<String> letter = Generate.pick(alphabet.chars().mapToObj(Character::toString).toList());
    return SourceDSL.lists().of(letter).ofSizeBetween(min, max).map(l -> String.join("", l));
  }

  /** {@code list} in an order drawn from the source (through one seed, so it still shrinks). */
  private static <T> List<T> shuffled(List<T> list, RandomnessSource in) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, new Random(SourceDSL.longs().all().generate(in)));
    return copy;
  }
}

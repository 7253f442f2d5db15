package org.quizkit.content.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quizkit.content.dataset.Cancer;
import org.quizkit.content.dataset.Claim;
import org.quizkit.content.dataset.Clue;
import org.quizkit.content.dataset.Downstream;
import org.quizkit.content.dataset.Site;
import org.quizkit.content.dataset.SpreadFact;
import org.quizkit.content.dataset.Statement;
import org.quizkit.content.dataset.Tier;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;

/**
 * Works out, from a question's claim (docs/claims.md) and key, the dataset facts it <em>tests</em>
 * and the facts it <em>reveals</em>, so that assembly can keep one item from giving away another.
 * It reads only the claim, the options' {@code refers}, the key and the dataset, never the
 * template, so a new template whose claims follow the grammar gets its facts without code of its
 * own; a claim form it does not know is a programming error and throws.
 *
 * <p>Facts are named by their dataset ids: spread facts {@code cancer>site}, concept claim ids,
 * step ids and downstream ids; and {@code answer:<domain>:<id>} (for example {@code
 * answer:site:liver}) for "this value is a right answer", which a correct option or keyed matching
 * choice reveals and a short-answer item tests, so that no sheet ticks as right a value another
 * item asks the learner to recall.
 *
 * <ul>
 *   <li><b>Instances.</b> The claim with each option's {@code refers} in place of {@code ?} (for
 *       matching, each premise with each choice; for short answer, every value of the domain for
 *       which the claim holds) is an instance; the keyed ones are true, the others false.
 *   <li><b>Tests</b>: the facts that decide a true instance (for {@code most(c,s)}: {@code c>s}),
 *       and the facts that decide a false instance when they are about what the stem gives (its
 *       fixed arguments, or a matching premise): a site is not among c's most common ones because
 *       of c's list of most common sites, so {@code most(lung,?)} tests every {@code lung>s} of
 *       tier most and the pair facts of its distractors. A distractor's own facts that are not
 *       about the stem's subject are not counted. {@code named(c,s,n)} rests on the naming
 *       principle: it tests every concept claim of topic {@code naming}, true or false (a naming
 *       item's key settles each of them), so the principle's own items and the naming items are
 *       enemies. A concept claim {@code claim(k)} tests {@code k} alone: the dataset does not say
 *       which true claim contradicts a false one, and treating every claim of a topic as one fact
 *       would leave a one-topic learning module one question a round.
 *   <li><b>Reveals</b>: what the stem presents as given ({@code named(c,s,?)} says c reached s, so
 *       it reveals {@code c>s}), and the facts of the keyed instances: the correct option, the
 *       matching pairs, the order. A learner sees these as true on the key sheet or in the feedback
 *       after answering; for a practice session one answer is seen before the next question is
 *       asked, so they count as given away for the rest of the quiz.
 * </ul>
 *
 * <p>Two items are enemies when one's tests or reveals meet the other's tests. Stateless.
 */
final class Disclosure {
  /** The topic of the concept claims that the {@code named} relation rests on. */
  static final String NAMING_TOPIC = "naming";

  // Compiled once: every correct option and accepted answer of every made question passes it.
  private static final java.util.regex.Pattern NOT_WORD =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

  private static final List<String> PAIR_RELATIONS =
      List.of("most", "stated", "also", "less", "rare", "local");

  /** Every relation this class can derive facts for, with what each argument is. */
  static final Map<String, List<Domain>> FORMS =
      Map.ofEntries(
          Map.entry("most", List.of(Domain.CANCER, Domain.SITE)),
          Map.entry("stated", List.of(Domain.CANCER, Domain.SITE)),
          Map.entry("also", List.of(Domain.CANCER, Domain.SITE)),
          Map.entry("less", List.of(Domain.CANCER, Domain.SITE)),
          Map.entry("rare", List.of(Domain.CANCER, Domain.SITE)),
          Map.entry("local", List.of(Domain.CANCER, Domain.SITE)),
          Map.entry("named", List.of(Domain.CANCER, Domain.SITE, Domain.CANCER)),
          Map.entry("claim", List.of(Domain.CLAIM)),
          Map.entry("cause", List.of(Domain.DOWNSTREAM, Domain.DOWNSTREAM)),
          Map.entry("order", List.of()),
          Map.entry("statement", List.of(Domain.STATEMENT)),
          Map.entry("clue", List.of(Domain.CANCER, Domain.CLUE)),
          Map.entry("means", List.of(Domain.TERM, Domain.TERM)),
          Map.entry("reach", List.of(Domain.CANCER, Domain.REACH)),
          Map.entry("sequence", List.of(Domain.SEQUENCE)));

  /** What the argument of a relation ranges over. */
  enum Domain {
    CANCER,
    SITE,
    CLAIM,
    DOWNSTREAM,
    STATEMENT,
    CLUE,
    TERM,
    REACH,
    SEQUENCE
  }

  /** A claim split into its relation and arguments; {@code ?} stands for an open argument. */
  record Form(String relation, List<String> args) {
    static Form parse(String questionId, String claim) {
      int open = claim.indexOf('(');
      if (open <= 0 || !claim.endsWith(")")) {
        throw unknown(questionId, claim);
      }
      String relation = claim.substring(0, open);
      String inside = claim.substring(open + 1, claim.length() - 1);
      List<String> args = inside.isEmpty() ? List.of() : List.of(inside.split(",", -1));
      List<Domain> domains = FORMS.get(relation);
      if (domains == null || domains.size() != args.size() || args.contains("")) {
        throw unknown(questionId, claim);
      }
      return new Form(relation, args);
    }

    int open() {
      return (int) args.stream().filter("?"::equals).count();
    }

    /** This form with the open arguments filled in order. */
    List<String> fill(String... values) {
      List<String> out = new ArrayList<>(args);
      int next = 0;
      for (int i = 0; i < out.size(); i++) {
        if (out.get(i).equals("?")) {
          out.set(i, values[next++]);
        }
      }
      return out;
    }
  }

  /** The facts one question tests and reveals. */
  record Declared(Set<String> tests, Set<String> reveals) {
    Declared() {
      this(new LinkedHashSet<>(), new LinkedHashSet<>());
    }
  }

  private final Facts facts;

  /** Each claim's topic, and each topic's true claims, in dataset order; looked up only. */
  private final Map<String, String> topicOf = new HashMap<>();

  private final Map<String, List<String>> truthsOf = new HashMap<>();
  private final Map<String, List<String>> claimsOf = new HashMap<>();
  private final Map<Domain, List<String>> domains = new EnumMap<>(Domain.class);
  private final Map<String, Statement> statements = new HashMap<>();
  private final Map<String, String> clueCancer = new HashMap<>();
  private final Map<String, String> reachOf = new HashMap<>();

  private Disclosure(Facts facts) {
    this.facts = facts;
    for (Claim claim : facts.dataset().claims()) {
      topicOf.put(claim.id(), claim.topic());
      claimsOf.computeIfAbsent(claim.topic(), t -> new ArrayList<>()).add(claim.id());
      List<String> truths = truthsOf.computeIfAbsent(claim.topic(), t -> new ArrayList<>());
      if (claim.truth()) {
        truths.add(claim.id());
      }
    }
    domains.put(Domain.CANCER, facts.dataset().cancers().stream().map(Cancer::id).toList());
    domains.put(Domain.SITE, facts.dataset().sites().stream().map(Site::id).toList());
    domains.put(Domain.CLAIM, facts.dataset().claims().stream().map(Claim::id).toList());
    domains.put(
        Domain.DOWNSTREAM, facts.dataset().downstream().stream().map(Downstream::id).toList());
    domains.put(Domain.TERM, facts.dataset().terms().stream().map(t -> t.id()).toList());
    for (Statement statement : facts.dataset().statements()) {
      statements.put(statement.id(), statement);
    }
    for (Clue clue : facts.dataset().clues()) {
      clueCancer.put(clue.id(), clue.cancer());
    }
    for (Cancer cancer : facts.dataset().cancers()) {
      reachOf.put(cancer.id(), cancer.reach().id());
    }
  }

  /** The disclosure of questions over this dataset, its lookups built once. */
  static Disclosure over(Facts facts) {
    return new Disclosure(facts);
  }

  /**
   * {@code question} with its tested and revealed facts declared in its info.
   *
   * @throws IllegalArgumentException naming the question and its claim when the claim is not of a
   *     form in docs/claims.md, or does not fit the question's kind
   */
  Question declare(Question question) {
    Declared declared = of(question);
    QuestionInfo info =
        question.info().withFacts(List.copyOf(declared.tests()), List.copyOf(declared.reveals()));
    return question.withInfo(info);
  }

  Declared of(Question question) {
    Form form = Form.parse(question.id(), question.info().claim());
    Declared out = new Declared();
    stem(form, out);
    question.accept(
        new Question.Cases<Void>() {
          @Override
          public Void singleChoice(SingleChoice q) {
            choices(q.id(), form, q.options(), List.of(q.correct()), out);
            return null;
          }

          @Override
          public Void multipleResponse(MultipleResponse q) {
            choices(q.id(), form, q.options(), q.correct(), out);
            return null;
          }

          @Override
          public Void trueFalse(TrueFalse q) {
            expect(q.id(), form, 0);
            instance(form.relation(), form.args(), q.answer(), allAnchored(form), out);
            return null;
          }

          @Override
          public Void matching(Matching q) {
            expect(q.id(), form, 2);
            boolean[] anchored = new boolean[form.args().size()];
            anchored[form.args().indexOf("?")] = true;
            for (int i = 0; i < anchored.length; i++) {
              anchored[i] |= !form.args().get(i).equals("?");
            }
            Domain choiceDomain = FORMS.get(form.relation()).get(form.args().lastIndexOf("?"));
            for (Option premise : q.premises()) {
              for (Option choice : q.choices()) {
                boolean keyed = choice.id().equals(q.key().get(premise.id()));
                if (keyed) {
                  out.reveals().add(answer(choiceDomain, choice.refers()));
                  out.reveals().add(said(choice.text()));
                }
                instance(
                    form.relation(),
                    form.fill(premise.refers(), choice.refers()),
                    keyed,
                    anchored,
                    out);
              }
            }
            return null;
          }

          @Override
          public Void ordering(Ordering q) {
            if (form.relation().equals("sequence")) {
              // The sequence as a whole is the fact: its items' ids are its own.
              out.tests().add(form.args().get(0));
              out.reveals().add(form.args().get(0));
              return null;
            }
            if (!form.relation().equals("order")) {
              throw misfit(q.id(), form, "an ordering asks order() or sequence(q)");
            }
            q.order()
                .forEach(
                    id -> {
                      out.tests().add(id);
                      out.reveals().add(id);
                    });
            return null;
          }

          @Override
          public Void shortAnswer(ShortAnswer q) {
            expect(q.id(), form, 1);
            Domain domain = FORMS.get(form.relation()).get(form.args().indexOf("?"));
            for (String value : domain(domain)) {
              List<String> args = form.fill(value);
              if (holds(form.relation(), args)) {
                instance(form.relation(), args, true, allAnchored(form), out);
                out.tests().add(answer(domain, value));
              }
            }
            q.accepted().forEach(a -> out.tests().add(said(a)));
            return null;
          }
        });
    return out;
  }

  private void choices(
      String id, Form form, List<Option> options, List<String> correct, Declared out) {
    expect(id, form, 1);
    boolean[] anchored = allAnchored(form);
    Domain domain = FORMS.get(form.relation()).get(form.args().indexOf("?"));
    for (Option option : options) {
      boolean keyed = correct.contains(option.id());
      instance(form.relation(), form.fill(option.refers()), keyed, anchored, out);
      if (keyed) {
        out.reveals().add(answer(domain, option.refers()));
        out.reveals().add(said(option.text()));
      }
    }
  }

  /**
   * The fact that {@code value} is a right answer: shown by an item whose correct option names it,
   * tested by a typed item that accepts it. A learner asked to recall a value is helped by seeing
   * it ticked as right elsewhere on the sheet, whatever the question there.
   */
  static String answer(Domain domain, String value) {
    return "answer:" + domain.name().toLowerCase(java.util.Locale.ROOT) + ":" + value;
  }

  /**
   * The fact that this wording is a right answer, whatever it names: "Omentum" ticked as right in
   * one item gives away the term a typed item asks for, though one names a site and the other a
   * term. Compared in lower case, as words, without a leading article.
   */
  static String said(String text) {
    String words =
        NOT_WORD.matcher(text.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").strip();
    for (String article : List.of("the ", "a ", "an ")) {
      if (words.startsWith(article)) {
        words = words.substring(article.length());
        break;
      }
    }
    return "said:" + words;
  }

  /** Whether each argument is given by the stem rather than filled from an option. */
  private static boolean[] allAnchored(Form form) {
    boolean[] anchored = new boolean[form.args().size()];
    for (int i = 0; i < anchored.length; i++) {
      anchored[i] = !form.args().get(i).equals("?");
    }
    return anchored;
  }

  private static void expect(String id, Form form, int open) {
    if (form.open() != open) {
      throw misfit(id, form, "this kind needs " + open + " open argument" + (open == 1 ? "" : "s"));
    }
  }

  /** What the stem states as given, whatever the answer. */
  private void stem(Form form, Declared out) {
    if (form.relation().equals("named")) {
      String cancer = form.args().get(0);
      String site = form.args().get(1);
      if (!cancer.equals("?") && !site.equals("?")) {
        facts.certain(cancer, site).map(SpreadFact::id).ifPresent(out.reveals()::add);
      }
    }
  }

  /** Adds the facts that decide one instance: to tests, and when it is keyed, to reveals. */
  private void instance(
      String relation, List<String> args, boolean keyed, boolean[] anchored, Declared out) {
    Set<String> deciding = new LinkedHashSet<>();
    if (PAIR_RELATIONS.contains(relation)) {
      String cancer = args.get(0);
      String site = args.get(1);
      boolean aboutStem = anchored[0] || anchored[1];
      if (keyed || aboutStem) {
        facts.certain(cancer, site).map(SpreadFact::id).ifPresent(deciding::add);
      }
      if (!keyed && relation.equals("most") && anchored[0]) {
        // s is not among c's most common sites because c's list of them is complete.
        facts.mostFacts(cancer).forEach(f -> deciding.add(f.id()));
      }
    } else if (relation.equals("named")) {
      deciding.addAll(claimsOf(NAMING_TOPIC));
    } else if (relation.equals("claim")) {
      String claim = args.get(0);
      claimTopic(claim);
      if (keyed || anchored[0]) {
        deciding.add(claim);
      }
    } else if (relation.equals("cause")) {
      for (int i = 0; i < args.size(); i++) {
        if (anchored[i] || keyed) {
          deciding.add(args.get(i));
        }
      }
    } else if (relation.equals("statement")) {
      // A statement rests on itself and, when true, on the spread facts it restates.
      Statement statement = statements.get(args.get(0));
      if (statement == null) {
        throw new IllegalArgumentException("unknown statement '" + args.get(0) + "'");
      }
      deciding.add(statement.id());
      deciding.addAll(statement.facts());
    } else if (relation.equals("clue")) {
      deciding.add(args.get(1));
    } else if (relation.equals("means")) {
      for (int i = 0; i < args.size(); i++) {
        if (anchored[i] || keyed) {
          deciding.add(args.get(i));
        }
      }
    } else if (relation.equals("reach")) {
      // Whether the option is right or wrong, it is the cancer's reach that decides it.
      deciding.add("reach:" + args.get(0));
    } else {
      throw new IllegalArgumentException("no facts for relation '" + relation + "' " + args);
    }
    out.tests().addAll(deciding);
    if (keyed) {
      out.reveals().addAll(deciding);
    }
  }

  private List<String> claimsOf(String topic) {
    return claimsOf.getOrDefault(topic, List.of());
  }

  private List<String> truths(String topic) {
    return truthsOf.getOrDefault(topic, List.of());
  }

  private String claimTopic(String claimId) {
    String topic = topicOf.get(claimId);
    if (topic == null) {
      throw new IllegalArgumentException("unknown claim '" + claimId + "'");
    }
    return topic;
  }

  /** Every value an argument of this domain can take, in dataset order. */
  private List<String> domain(Domain domain) {
    return domains.get(domain);
  }

  /** Whether a closed instance is TRUE under docs/claims.md. */
  private boolean holds(String relation, List<String> args) {
    return switch (relation) {
      case "most" -> facts.mostTrue(args.get(0), args.get(1));
      case "stated" ->
          facts.certain(args.get(0), args.get(1)).map(f -> f.tier() != Tier.LOCAL).orElse(false);
      case "also", "less", "rare", "local" ->
          facts
              .certain(args.get(0), args.get(1))
              .map(f -> f.tier().id().equals(relation))
              .orElse(false);
      case "named" ->
          facts.certain(args.get(0), args.get(1)).isPresent() && args.get(2).equals(args.get(0));
      case "claim" -> truths(claimTopic(args.get(0))).contains(args.get(0));
      case "cause", "means" -> args.get(0).equals(args.get(1));
      case "statement" ->
          statements.containsKey(args.get(0)) && statements.get(args.get(0)).truth();
      case "clue" -> args.get(0).equals(clueCancer.get(args.get(1)));
      case "reach" -> args.get(1).equals(reachOf.get(args.get(0)));
      default -> throw new IllegalArgumentException("no truth for relation '" + relation + "'");
    };
  }

  private static IllegalArgumentException unknown(String questionId, String claim) {
    return new IllegalArgumentException(
        "question '"
            + questionId
            + "' has claim '"
            + claim
            + "', not of a form in docs/claims.md (known relations: "
            + String.join(", ", FORMS.keySet().stream().sorted().toList())
            + ")");
  }

  private static IllegalArgumentException misfit(String questionId, Form form, String why) {
    return new IllegalArgumentException(
        "question '"
            + questionId
            + "' has claim '"
            + form.relation()
            + "("
            + String.join(",", form.args())
            + ")', which does not fit it: "
            + why);
  }
}

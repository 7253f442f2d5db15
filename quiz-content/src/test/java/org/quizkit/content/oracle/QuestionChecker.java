package org.quizkit.content.oracle;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;
import org.quizkit.core.question.TypedAnswerNote;

/**
 * Checks a generated question against the rules of "How a question carries its claim" in {@code
 * docs/claims.md}, using the {@link Oracle} for every truth value. Returns every violation found,
 * so one failing seed shows all that is wrong with its question.
 *
 * <p>Beyond the claim rules it checks what makes a question fair to read: 3 to 5 options for choice
 * questions, no two options the same once case and plurals are ignored, every option naming the
 * kind of thing its claim position needs (all sites, all cancers, ...) and reading as the thing it
 * refers to, a non-blank explanation, and a section title that exists in the file.
 *
 * <p>Immutable and thread-safe.
 */
final class QuestionChecker {
  private final Oracle oracle;
  private final SpreadFile file;
  private final Map<Thing, Map<String, List<String>>> wordIndex;
  private final Map<String, SpreadFile.Named> termNames;

  QuestionChecker(Oracle oracle) {
    this.oracle = checkNotNull(oracle, "oracle");
    this.file = oracle.file();
    Map<String, SpreadFile.Named> termNames = new LinkedHashMap<>();
    file.terms().forEach((id, t) -> termNames.put(id, t.names()));
    this.wordIndex =
        Map.of(
            Thing.SITE,
            index(file.sites()),
            Thing.CANCER,
            index(file.cancers()),
            Thing.TERM,
            index(termNames));
    this.termNames = Map.copyOf(termNames);
  }

  /** Every rule the question breaks, each naming the question and the value; empty when valid. */
  List<String> violations(Question question) {
    Problems problems = new Problems(question);
    header(question, problems);
    claim(question, problems)
        .ifPresent(
            claim ->
                question.accept(
                    new Question.Cases<Void>() {
                      @Override
                      public Void singleChoice(SingleChoice q) {
                        checkChoice(claim, q.options(), Set.of(q.correct()), problems);
                        return null;
                      }

                      @Override
                      public Void multipleResponse(MultipleResponse q) {
                        checkChoice(claim, q.options(), Set.copyOf(q.correct()), problems);
                        return null;
                      }

                      @Override
                      public Void trueFalse(TrueFalse q) {
                        checkTrueFalse(claim, q, problems);
                        return null;
                      }

                      @Override
                      public Void matching(Matching q) {
                        checkMatching(claim, q, problems);
                        return null;
                      }

                      @Override
                      public Void ordering(Ordering q) {
                        checkOrdering(claim, q, problems);
                        return null;
                      }

                      @Override
                      public Void shortAnswer(ShortAnswer q) {
                        checkShortAnswer(claim, q, problems);
                        return null;
                      }
                    }));
    return problems.list();
  }

  private void header(Question question, Problems problems) {
    if (question.info().explanation().isBlank()) {
      problems.add("has a blank explanation");
    }
    for (String basis : question.info().basis()) {
      // spread facts are named cancer>site; other basis ids (claims, steps, ...) say nothing here
      int arrow = basis.indexOf('>');
      if (arrow > 0
          && file.fact(basis.substring(0, arrow), basis.substring(arrow + 1))
              .map(SpreadFile.Fact::uncertain)
              .orElse(false)) {
        problems.add("relies on fact '" + basis + "', which is uncertain");
      }
    }
    String section = question.info().section();
    if (!file.sectionTitles().contains(section)) {
      problems.add(
          "cites section '" + section + "', which is not a section title in " + file.name());
    }
  }

  private Optional<Assertion> claim(Question question, Problems problems) {
    String text = question.info().claim();
    if (text.isBlank()) {
      problems.add("carries no claim, so its key cannot be checked");
      return Optional.empty();
    }
    try {
      return Optional.of(Assertion.parse(text));
    } catch (IllegalArgumentException e) {
      problems.add("carries a claim the oracle cannot read: " + e.getMessage());
      return Optional.empty();
    }
  }

  private void checkChoice(
      Assertion claim, List<Option> options, Set<String> keyed, Problems problems) {
    if (options.size() < 3 || options.size() > 5) {
      problems.add("has " + options.size() + " options, want 3 to 5");
    }
    if (!holes(claim, 1, problems)) {
      return;
    }
    Thing kind = claim.holeKinds().get(0);
    distinct(options, "options", problems);
    for (Option option : options) {
      if (refersTo(option, "option", kind, problems)) {
        judge(
            claim,
            List.of(option.refers()),
            keyed.contains(option.id()),
            "option '" + option.id() + "' (" + option.text() + ")",
            problems);
      }
    }
  }

  private void checkTrueFalse(Assertion claim, TrueFalse question, Problems problems) {
    if (!holes(claim, 0, problems)) {
      return;
    }
    Truth truth = evaluate(claim, List.of(), problems);
    if (truth == Truth.UNDECIDED) {
      problems.add("states " + claim + ", which is UNDECIDED, so it has no true/false key");
    } else if (truth != null && question.answer() != (truth == Truth.TRUE)) {
      problems.add("is keyed " + question.answer() + " but " + claim + " is " + truth);
    }
  }

  private void checkMatching(Assertion claim, Matching question, Problems problems) {
    if (!holes(claim, 2, problems)) {
      return;
    }
    List<Thing> kinds = claim.holeKinds();
    distinct(question.premises(), "premises", problems);
    distinct(question.choices(), "choices", problems);
    List<Option> premises =
        question.premises().stream()
            .filter(p -> refersTo(p, "premise", kinds.get(0), problems))
            .toList();
    List<Option> choices =
        question.choices().stream()
            .filter(c -> refersTo(c, "choice", kinds.get(1), problems))
            .toList();
    for (Option premise : premises) {
      for (Option choice : choices) {
        judge(
            claim,
            List.of(premise.refers(), choice.refers()),
            question.key().get(premise.id()).equals(choice.id()),
            "pair premise '" + premise.id() + "' / choice '" + choice.id() + "'",
            problems);
      }
    }
  }

  private void checkOrdering(Assertion claim, Ordering question, Problems problems) {
    if (claim.relation() == Relation.SEQUENCE) {
      checkSequence(claim, question, problems);
      return;
    }
    if (claim.relation() != Relation.ORDER) {
      problems.add("is an ordering but carries claim " + claim + ", want order()");
      return;
    }
    distinct(question.items(), "items", problems);
    boolean allSteps = true;
    for (Option item : question.items()) {
      if (!refersTo(item, "item", Thing.STEP, problems)) {
        allSteps = false;
      } else if (file.steps().get(item.refers()).order() <= 0) {
        allSteps = false;
        problems.add(
            "item '"
                + item.id()
                + "' is step '"
                + item.refers()
                + "', which has no place in the order (order 0)");
      }
    }
    if (!allSteps) {
      return;
    }
    Map<String, String> refers =
        question.items().stream().collect(Collectors.toMap(Option::id, Option::refers));
    List<String> keyed = question.order().stream().map(refers::get).toList();
    Truth truth = oracle.inOrder(keyed);
    if (truth != Truth.TRUE) {
      List<Integer> orders = keyed.stream().map(s -> file.steps().get(s).order()).toList();
      problems.add(
          "keys steps "
              + keyed
              + " with orders "
              + orders
              + ": "
              + (truth == Truth.FALSE
                  ? "not ascending"
                  : "two share a place, so no order is right"));
    }
  }

  /** An ordering of one sequence's items: every item of it, keyed in its order. */
  private void checkSequence(Assertion claim, Ordering question, Problems problems) {
    String id = claim.args().get(0);
    SpreadFile.SequenceRow row = file.sequences().get(id);
    if (row == null) {
      problems.add("orders sequence '" + id + "', which is not a known sequence");
      return;
    }
    distinct(question.items(), "items", problems);
    for (Option item : question.items()) {
      SpreadFile.StepRow known = row.items().get(item.refers());
      if (known == null) {
        problems.add(
            "item '" + item.id() + "' refers to '" + item.refers() + "', not an item of " + id);
        return;
      }
      if (!Answers.same(known.text(), item.text())) {
        problems.add(
            "item '"
                + item.id()
                + "' reads '"
                + item.text()
                + "' but item "
                + item.refers()
                + " of "
                + id
                + " is worded '"
                + known.text()
                + "'");
      }
    }
    if (question.items().size() != row.items().size()) {
      problems.add(
          "shows " + question.items().size() + " of the " + row.items().size() + " items of " + id);
    }
    Map<String, String> refers =
        question.items().stream().collect(Collectors.toMap(Option::id, Option::refers));
    List<String> keyed = question.order().stream().map(refers::get).toList();
    Truth truth = oracle.inSequence(id, keyed);
    if (truth != Truth.TRUE) {
      problems.add("keys items " + keyed + " of " + id + ", which is " + truth + " as an order");
    }
  }

  private void checkShortAnswer(Assertion claim, ShortAnswer question, Problems problems) {
    if (!holes(claim, 1, problems)) {
      return;
    }
    Thing kind = claim.holeKinds().get(0);
    if (kind != Thing.SITE && kind != Thing.CANCER && kind != Thing.TERM) {
      problems.add(
          "asks for a " + kind.label() + " to be typed; only sites, cancers and terms have names");
      return;
    }
    Map<String, SpreadFile.Named> things =
        kind == Thing.SITE ? file.sites() : kind == Thing.CANCER ? file.cancers() : termNames;
    Map<String, Truth> truths = new LinkedHashMap<>();
    for (String id : things.keySet()) {
      Truth truth = evaluate(claim, List.of(id), problems);
      if (truth != null) {
        truths.put(id, truth);
      }
    }
    List<String> right =
        truths.entrySet().stream()
            .filter(e -> e.getValue() == Truth.TRUE)
            .map(Map.Entry::getKey)
            .toList();
    if (right.isEmpty()) {
      problems.add("asks " + claim + ", which is TRUE for no " + kind.label());
    }
    for (String answer : question.accepted()) {
      List<String> named = named(kind, answer);
      if (named.isEmpty()) {
        problems.add("accepts '" + answer + "', which names no known " + kind.label());
      }
      for (String id : named) {
        Truth truth = truths.get(id);
        if (truth != Truth.TRUE) {
          problems.add(
              "accepts '"
                  + answer
                  + "', which names "
                  + kind.label()
                  + " '"
                  + id
                  + "', but "
                  + claim.fill(id)
                  + " is "
                  + truth);
        }
      }
    }
    for (String id : right) {
      String name = things.get(id).name();
      if (question.accepted().stream().noneMatch(a -> Answers.same(a, name))) {
        problems.add("does not accept '" + name + "', though " + claim.fill(id) + " is TRUE");
      }
    }
    for (String rival : question.rivals()) {
      for (String id : named(kind, rival)) {
        Truth truth = truths.get(id);
        if (truth == Truth.TRUE) {
          problems.add(
              "lists rival '"
                  + rival
                  + "', which names "
                  + kind.label()
                  + " '"
                  + id
                  + "', but "
                  + claim.fill(id)
                  + " is TRUE");
        } else if (truth == Truth.UNDECIDED) {
          // a rival is a role too: marking it wrong would treat "not stated" as false
          problems.add(
              "lists rival '"
                  + rival
                  + "', but "
                  + claim.fill(id)
                  + " is UNDECIDED; nothing undecided may appear in a question");
        }
      }
    }
    checkNotes(kind, claim, question, truths, problems);
  }

  /**
   * A note (a graded alternative) never gives partial or no credit to a right answer, never gives
   * credit to an undecided one, unless it is full credit for a site lying inside a site the claim
   * makes TRUE (the spine inside the bones, read from the file's part_of), and never names what the
   * question also lists as a rival. Full credit for a FALSE answer is left alone here.
   */
  private void checkNotes(
      Thing kind,
      Assertion claim,
      ShortAnswer question,
      Map<String, Truth> truths,
      Problems problems) {
    Set<String> rivals = new HashSet<>();
    question.rivals().forEach(r -> rivals.add(Answers.normal(r)));
    for (TypedAnswerNote note : question.notes()) {
      for (String answer : note.answers()) {
        if (rivals.contains(Answers.normal(answer))) {
          problems.add("lists '" + answer + "' both in a note and as a rival");
        }
        for (String id : named(kind, answer)) {
          Truth truth = truths.get(id);
          if (truth == Truth.TRUE && note.credit() < 1.0) {
            problems.add(
                "gives '"
                    + answer
                    + "' credit "
                    + note.credit()
                    + ", but "
                    + claim.fill(id)
                    + " is TRUE");
          } else if (truth == Truth.UNDECIDED
              && note.credit() > 0.0
              && !(note.credit() == 1.0 && insideATrueOne(id, truths))) {
            problems.add(
                "gives '"
                    + answer
                    + "' credit "
                    + note.credit()
                    + ", but "
                    + claim.fill(id)
                    + " is UNDECIDED");
          }
        }
      }
    }
  }

  /** Whether the site lies inside some site whose filled claim is TRUE. */
  private boolean insideATrueOne(String id, Map<String, Truth> truths) {
    return truths.entrySet().stream()
        .anyMatch(e -> e.getValue() == Truth.TRUE && file.inside(id, e.getKey()));
  }

  /** Ids of the things of this kind one of whose names is this wording, in file order. */
  private List<String> named(Thing kind, String wording) {
    return wordIndex.get(kind).getOrDefault(Answers.normal(wording), List.of());
  }

  /** Normalised name or synonym to the ids it names, built once: short answers list many rivals. */
  private static Map<String, List<String>> index(Map<String, SpreadFile.Named> things) {
    Map<String, List<String>> index = new LinkedHashMap<>();
    for (SpreadFile.Named thing : things.values()) {
      for (String name : thing.allNames()) {
        List<String> ids = index.computeIfAbsent(Answers.normal(name), k -> new ArrayList<>());
        if (!ids.contains(thing.id())) {
          ids.add(thing.id());
        }
      }
    }
    index.replaceAll((k, ids) -> List.copyOf(ids));
    return Map.copyOf(index);
  }

  private boolean holes(Assertion claim, int wanted, Problems problems) {
    if (claim.relation() == Relation.ORDER || claim.holes().size() != wanted) {
      problems.add(
          "carries claim "
              + claim
              + " with "
              + claim.holes().size()
              + " holes; its kind needs "
              + wanted
              + (claim.relation() == Relation.ORDER ? " and a relation other than order" : ""));
      return false;
    }
    return true;
  }

  private void judge(
      Assertion claim, List<String> fill, boolean keyed, String what, Problems problems) {
    Truth truth = evaluate(claim, fill, problems);
    if (truth == null) {
      return;
    }
    String filled = claim.fill(fill).toString();
    if (truth == Truth.UNDECIDED) {
      problems.add(
          what + ": " + filled + " is UNDECIDED; nothing undecided may appear in a question");
    } else if (keyed && truth != Truth.TRUE) {
      problems.add(what + " is keyed correct, but " + filled + " is " + truth);
    } else if (!keyed && truth != Truth.FALSE) {
      problems.add(what + " is not keyed, but " + filled + " is " + truth);
    }
  }

  /** The truth of the filled claim, or null (with a problem recorded) when it cannot be filled. */
  private Truth evaluate(Assertion claim, List<String> fill, Problems problems) {
    try {
      return oracle.evaluate(claim.fill(fill));
    } catch (IllegalArgumentException e) {
      problems.add("cannot fill " + claim + " with " + fill + ": " + e.getMessage());
      return null;
    }
  }

  /** Whether the option names a known thing of this kind; records why not, and wrong wording. */
  private boolean refersTo(Option option, String role, Thing kind, Problems problems) {
    String id = option.refers();
    if (!file.knows(kind, id)) {
      problems.add(
          role
              + " '"
              + option.id()
              + "' ("
              + option.text()
              + ") refers to '"
              + id
              + "', which is not a known "
              + kind.label()
              + "; every "
              + role
              + " here must be a "
              + kind.label());
      return false;
    }
    List<String> wordings = wordings(kind, id);
    if (wordings.stream().noneMatch(w -> Answers.same(w, option.text()))) {
      problems.add(
          role
              + " '"
              + option.id()
              + "' reads '"
              + option.text()
              + "' but refers to "
              + kind.label()
              + " '"
              + id
              + "', worded "
              + wordings);
    }
    return true;
  }

  /** How an option naming this thing may read. */
  private List<String> wordings(Thing kind, String id) {
    return switch (kind) {
      case SITE -> file.sites().get(id).allNames();
      case CANCER -> file.cancers().get(id).allNames();
      case CLAIM -> List.of(file.claims().get(id).text());
      case DOWNSTREAM ->
          List.of(file.downstream().get(id).cause(), file.downstream().get(id).pattern());
      case STEP -> List.of(file.steps().get(id).text());
      case STATEMENT -> List.of(file.statements().get(id).text());
      case CLUE -> List.of(file.clues().get(id).text());
      case TERM -> List.of(file.terms().get(id).names().name(), file.terms().get(id).meaning());
      case SEQUENCE -> List.of(id);
      case REACH -> List.of(id);
    };
  }

  private static void distinct(List<Option> options, String what, Problems problems) {
    report(options, Option::text, Answers::normal, what, "read the same", problems);
    report(options, Option::refers, Function.identity(), what, "refer to the same thing", problems);
  }

  private static void report(
      List<Option> options,
      Function<Option, String> part,
      Function<String, String> key,
      String what,
      String sameness,
      Problems problems) {
    Set<String> seen = new HashSet<>();
    Set<String> reported = new HashSet<>();
    for (Option option : options) {
      String k = key.apply(part.apply(option));
      if (!seen.add(k) && reported.add(k)) {
        List<String> clash =
            options.stream()
                .filter(o -> key.apply(part.apply(o)).equals(k))
                .map(o -> "'" + o.id() + "' (" + o.text() + ")")
                .toList();
        problems.add(what + " " + String.join(", ", clash) + " " + sameness);
      }
    }
  }

  /** Violations of one question, each prefixed with the question's id and template. */
  private static final class Problems {
    private final String prefix;
    private final List<String> list = new ArrayList<>();

    Problems(Question question) {
      String template = question.info().template();
      this.prefix =
          "question '"
              + question.id()
              + "'"
              + (template.isEmpty() ? "" : " [" + template + "]")
              + " ";
    }

    void add(String message) {
      list.add(prefix + message);
    }

    List<String> list() {
      return List.copyOf(list);
    }
  }
}

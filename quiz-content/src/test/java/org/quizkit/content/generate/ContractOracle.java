package org.quizkit.content.generate;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quizkit.content.dataset.Dataset;
import org.quizkit.content.dataset.SpreadFact;
import org.quizkit.content.dataset.Tier;

/**
 * docs/claims.md evaluated straight from the dataset records, written apart from the generators (it
 * shares no code with {@code Facts}) so that the tests check the generators against the contract
 * rather than against themselves.
 */
final class ContractOracle {
  enum Value {
    TRUE,
    FALSE,
    UNDECIDED
  }

  private static final Pattern CLAIM = Pattern.compile("([a-z]+)\\(([^)]*)\\)");

  private final Dataset dataset;

  ContractOracle(Dataset dataset) {
    this.dataset = dataset;
  }

  /** The value of a closed claim such as {@code most(lung,liver)}. */
  Value eval(String claim) {
    Matcher m = CLAIM.matcher(claim);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a claim: " + claim);
    }
    List<String> args = m.group(2).isEmpty() ? List.of() : List.of(m.group(2).split(",", -1));
    return switch (m.group(1)) {
      case "most" -> most(args.get(0), args.get(1));
      case "stated" -> tier(args.get(0), args.get(1), null, null);
      case "also" -> tier(args.get(0), args.get(1), Tier.ALSO, null);
      case "less" -> tier(args.get(0), args.get(1), Tier.LESS, Tier.MOST);
      case "rare" -> tier(args.get(0), args.get(1), Tier.RARE, Tier.MOST);
      case "local" -> tier(args.get(0), args.get(1), Tier.LOCAL, null);
      case "named" -> named(args.get(0), args.get(1), args.get(2));
      case "claim" ->
          dataset.claims().stream()
              .filter(c -> c.id().equals(args.get(0)))
              .findFirst()
              .map(c -> c.truth() ? Value.TRUE : Value.FALSE)
              .orElse(Value.UNDECIDED);
      case "cause" -> cause(args.get(0), args.get(1));
      case "statement" ->
          dataset.statements().stream()
              .filter(c -> c.id().equals(args.get(0)))
              .findFirst()
              .map(c -> c.truth() ? Value.TRUE : Value.FALSE)
              .orElse(Value.UNDECIDED);
      case "clue" -> clue(args.get(0), args.get(1));
      case "means" -> means(args.get(0), args.get(1));
      case "reach" -> reach(args.get(0), args.get(1));
      default -> throw new IllegalArgumentException("unknown relation in " + claim);
    };
  }

  private Value clue(String cancer, String clue) {
    boolean known = dataset.cancers().stream().anyMatch(c -> c.id().equals(cancer));
    return dataset.clues().stream()
        .filter(c -> c.id().equals(clue) && known)
        .findFirst()
        .map(c -> c.cancer().equals(cancer) ? Value.TRUE : Value.FALSE)
        .orElse(Value.UNDECIDED);
  }

  private Value means(String term, String meaning) {
    Optional<org.quizkit.content.dataset.Term> a =
        dataset.terms().stream().filter(t -> t.id().equals(term)).findFirst();
    Optional<org.quizkit.content.dataset.Term> b =
        dataset.terms().stream().filter(t -> t.id().equals(meaning)).findFirst();
    if (a.isEmpty() || b.isEmpty()) {
      return Value.UNDECIDED;
    }
    if (term.equals(meaning)) {
      return Value.TRUE;
    }
    boolean clash = a.get().clashes().contains(meaning) || b.get().clashes().contains(term);
    return clash ? Value.UNDECIDED : Value.FALSE;
  }

  private Value reach(String cancer, String reach) {
    return dataset.cancers().stream()
        .filter(c -> c.id().equals(cancer))
        .findFirst()
        .map(
            c -> {
              String stated = c.reach().id();
              if (stated.equals(reach) && !reach.equals("unstated")) {
                return Value.TRUE;
              }
              boolean opposite =
                  stated.equals("anywhere") && reach.equals("mostly-local")
                      || stated.equals("mostly-local") && reach.equals("anywhere");
              return opposite ? Value.FALSE : Value.UNDECIDED;
            })
        .orElse(Value.UNDECIDED);
  }

  /** The claim with each {@code ?} replaced in turn by the given values. */
  static String fill(String claim, String... values) {
    String out = claim;
    for (String value : values) {
      int at = out.indexOf('?');
      if (at < 0) {
        throw new IllegalArgumentException("too few ? in " + claim);
      }
      out = out.substring(0, at) + value + out.substring(at + 1);
    }
    if (out.indexOf('?') >= 0) {
      throw new IllegalArgumentException("too many ? in " + claim);
    }
    return out;
  }

  private Optional<SpreadFact> find(String cancer, String site) {
    return dataset.facts().stream()
        .filter(f -> f.cancer().equals(cancer) && f.site().equals(site))
        .findFirst();
  }

  private Value most(String cancer, String site) {
    Optional<SpreadFact> fact = find(cancer, site);
    if (fact.isPresent() && fact.get().uncertain()) {
      return Value.UNDECIDED;
    }
    if (fact.isPresent() && fact.get().tier() == Tier.MOST) {
      return Value.TRUE;
    }
    boolean hasMost =
        dataset.facts().stream()
            .anyMatch(f -> f.cancer().equals(cancer) && !f.uncertain() && f.tier() == Tier.MOST);
    return hasMost ? Value.FALSE : Value.UNDECIDED;
  }

  /** {@code wanted == null} means any spreading tier (stated). */
  private Value tier(String cancer, String site, Tier wanted, Tier falseWhen) {
    Optional<SpreadFact> fact = find(cancer, site).filter(f -> !f.uncertain());
    if (fact.isEmpty()) {
      return Value.UNDECIDED;
    }
    Tier tier = fact.get().tier();
    if (wanted == null ? tier != Tier.LOCAL : tier == wanted) {
      return Value.TRUE;
    }
    return tier == falseWhen ? Value.FALSE : Value.UNDECIDED;
  }

  private Value named(String cancer, String site, String name) {
    Optional<SpreadFact> fact = find(cancer, site).filter(f -> !f.uncertain());
    if (fact.isEmpty() || dataset.cancer(name).isEmpty()) {
      return Value.UNDECIDED;
    }
    return name.equals(cancer) ? Value.TRUE : Value.FALSE;
  }

  private Value cause(String pattern, String entry) {
    boolean known =
        dataset.downstream().stream().anyMatch(d -> d.id().equals(pattern))
            && dataset.downstream().stream().anyMatch(d -> d.id().equals(entry));
    if (!known) {
      return Value.UNDECIDED;
    }
    return pattern.equals(entry) ? Value.TRUE : Value.FALSE;
  }
}

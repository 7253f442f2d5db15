package org.quizkit.content.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quizkit.content.dataset.Cancer;
import org.quizkit.content.dataset.Site;
import org.quizkit.content.dataset.SpreadFact;
import org.quizkit.content.dataset.Tier;

/**
 * Sentences that state spread facts with their qualifier kept, shared by the templates' stems,
 * explanations and feedback. Every sentence says exactly what the tier says and no more.
 */
final class Explain {
  private Explain() {}

  /**
   * A fact, or a reading of it at another tier, as a sentence that keeps the fact's condition and
   * its "tends to", such as "Prostate cancer, once it is advanced, can spread to the lungs, but
   * less often."
   *
   * @param when the condition to keep ("once it is advanced"), or empty
   * @param tends whether the source says the cancer tends to grow there (local growth only)
   */
  static String statement(
      Facts facts, Cancer cancer, Tier tier, Site site, String when, boolean tends) {
    String name = Names.capitalise(cancer.name()) + condition(when);
    return switch (tier) {
      case MOST ->
          "The places where "
              + cancer.name()
              + condition(when)
              + " most often "
              + Names.verb(cancer, "spreads", "spread")
              + " include "
              + Names.the(site)
              + ".";
      case ALSO -> name + " can also reach " + Names.the(site) + ".";
      case LESS ->
          name
              + " can spread to "
              + Names.the(site)
              + ", but "
              + lessOften(facts, cancer, site)
              + ".";
      case RARE ->
          name
              + " rarely "
              + Names.verb(cancer, "spreads", "spread")
              + " to "
              + Names.the(site)
              + ".";
      case LOCAL ->
          name
              + (tends ? " " + Names.verb(cancer, "tends", "tend") + " to grow" : " can grow")
              + " directly into "
              + Names.the(site)
              + ".";
    };
  }

  /** The fact as a sentence with its own tier, condition and "tends to". */
  static String statement(Facts facts, Cancer cancer, SpreadFact fact, Site site) {
    return statement(facts, cancer, fact.tier(), site, fact.when(), fact.tends());
  }

  /** Whether a fact's note says what its spread is less often than; statements then carry it. */
  static boolean isComparison(String note) {
    String lower = note.strip().toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("less often than ") || lower.startsWith("much less often than ");
  }

  /** The comparison all the sites share, else "less often" with none. */
  private static String lessOften(Facts facts, Cancer cancer, List<Site> sites) {
    List<String> each = sites.stream().map(s -> lessOften(facts, cancer, s)).distinct().toList();
    return each.size() == 1 ? each.get(0) : "less often";
  }

  /**
   * "less often than to the bones": what a cancer's spread to a site is less often than, so that
   * "but less often" never dangles. In order: the fact's own note when it says ("Much less often
   * than to the bones."); for a most common site (a false reading), its most common sites; the
   * cancer's most common sites; the places it can also reach; else "this is not common".
   */
  static String lessOften(Facts facts, Cancer cancer, Site site) {
    Optional<SpreadFact> fact = facts.certain(cancer.id(), site.id());
    String note = fact.map(f -> clause(f.note())).orElse("");
    if (isComparison(note)) {
      return Character.toLowerCase(note.charAt(0)) + note.substring(1);
    }
    if (fact.map(f -> f.tier() == Tier.MOST).orElse(false)) {
      // A false reading of a most common site: plainly false, with no ranking among those sites.
      return "less often than to "
          + (Names.plural(cancer) ? "their" : "its")
          + " most common sites";
    }
    List<Site> most =
        facts.mostSites(cancer.id()).stream().filter(s -> !s.id().equals(site.id())).toList();
    if (!most.isEmpty()) {
      return "less often than to " + Names.siteList(most);
    }
    List<Site> also =
        facts.certainFacts(cancer.id()).stream()
            .filter(f -> f.tier() == Tier.ALSO && !f.site().equals(site.id()))
            .map(f -> facts.site(f.site()))
            .toList();
    if (!also.isEmpty()) {
      return "less often than to " + Names.siteList(also);
    }
    return "this is not common";
  }

  /** ", once it is advanced," after a cancer's name, or nothing. */
  static String condition(String when) {
    return when.isBlank() ? "" : ", " + when.strip() + ",";
  }

  /**
   * The condition the source puts on a cancer's most common sites ("if it spreads at all"), when
   * all of them share one; else empty.
   */
  static String mostCondition(Facts facts, Cancer cancer) {
    return shared(facts.mostFacts(cancer.id()));
  }

  /**
   * The cancer's name with the condition on its most common sites folded in, for places where a
   * clause cannot go (a list): "advanced prostate cancer" for "once it is advanced", "liver cancer
   * (if it spreads at all)", or the plain name when there is none.
   */
  static String mostName(Facts facts, Cancer cancer) {
    String when = mostCondition(facts, cancer).strip();
    String adjective = mostOption(facts, cancer);
    return when.isEmpty() || !adjective.equals(cancer.name())
        ? adjective
        : cancer.name() + " (" + when + ")";
  }

  /**
   * The cancer's name for an option or premise whose stem already says "if it spreads": the
   * condition kept only where it is a state of the cancer ("advanced prostate cancer").
   */
  static String mostOption(Facts facts, Cancer cancer) {
    String when = mostCondition(facts, cancer).strip();
    for (String lead : List.of("once it is ", "once they are ")) {
      if (when.startsWith(lead)) {
        return when.substring(lead.length()) + " " + cancer.name();
      }
    }
    return cancer.name();
  }

  /**
   * The subject of a "most often spreads" sentence that names the cancer as its options do:
   * "advanced prostate cancer", else "liver cancer, if it spreads at all,".
   */
  static String mostLead(Facts facts, Cancer cancer) {
    String option = mostOption(facts, cancer);
    return option.equals(cancer.name()) ? mostSubject(facts, cancer) : option;
  }

  /**
   * The cancer's name with its most-sites condition as a clause: "prostate cancer, once it is
   * advanced,".
   */
  static String mostSubject(Facts facts, Cancer cancer) {
    return cancer.name() + condition(mostCondition(facts, cancer));
  }

  private static String shared(List<SpreadFact> facts) {
    List<String> whens = facts.stream().map(SpreadFact::when).distinct().toList();
    return whens.size() == 1 ? whens.get(0) : "";
  }

  /**
   * Everything the dataset says with certainty about where a cancer goes, tier by tier, most common
   * first, ending with the cancer's note on its reach when it has one.
   */
  static String summary(Facts facts, Cancer cancer) {
    List<String> sentences = new ArrayList<>();
    String name = Names.capitalise(cancer.name());
    String pronoun = Names.plural(cancer) ? "They" : "It";
    boolean named = false;
    for (Tier tier : Tier.values()) {
      List<SpreadFact> ofTier =
          facts.certainFacts(cancer.id()).stream().filter(f -> f.tier() == tier).toList();
      if (ofTier.isEmpty()) {
        continue;
      }
      // One sentence per condition, so that facts under a condition (ovarian cancer reaches the
      // lungs as it advances) are never listed beside facts without it.
      Map<String, List<SpreadFact>> byWhen = new LinkedHashMap<>();
      for (SpreadFact fact : ofTier) {
        byWhen.computeIfAbsent(fact.when().strip(), w -> new ArrayList<>()).add(fact);
      }
      boolean first = true;
      for (Map.Entry<String, List<SpreadFact>> group : byWhen.entrySet()) {
        String when = group.getKey();
        List<Site> sites = group.getValue().stream().map(f -> facts.site(f.site())).toList();
        String subject =
            when.isBlank()
                ? (named ? pronoun : name)
                : named
                    ? Names.capitalise(when) + ", " + pronoun.toLowerCase(java.util.Locale.ROOT)
                    : name + condition(when);
        named = true;
        String list = Names.siteList(sites);
        List<Site> tended =
            group.getValue().stream()
                .filter(SpreadFact::tends)
                .map(f -> facts.site(f.site()))
                .toList();
        String also = tier == Tier.ALSO && !first ? " can reach " : " can also reach ";
        first = false;
        sentences.add(
            switch (tier) {
              case MOST ->
                  subject
                      + " most often "
                      + Names.verb(cancer, "spreads", "spread")
                      + " to "
                      + list
                      + ".";
              case ALSO -> subject + also + list + ".";
              case LESS ->
                  subject
                      + " can spread to "
                      + list
                      + ", but "
                      + lessOften(facts, cancer, sites)
                      + ".";
              case RARE ->
                  subject
                      + " rarely "
                      + Names.verb(cancer, "spreads", "spread")
                      + " to "
                      + list
                      + ".";
              case LOCAL -> local(facts, cancer, subject, sites, tended);
            });
      }
      sentences.addAll(notes(facts, cancer, tier));
    }
    if (!cancer.reachNote().isBlank()) {
      sentences.add(aside("Overall", cancer.reachNote()));
    }
    return String.join(" ", sentences);
  }

  // "It tends to grow from where it starts directly into the vagina. It can also grow into ..."
  private static String local(
      Facts facts, Cancer cancer, String subject, List<Site> sites, List<Site> tended) {
    // A site reached through another (the vena cava through the renal vein) gets its own sentence.
    List<String> onward = new ArrayList<>();
    List<Site> direct = new ArrayList<>();
    for (Site site : sites) {
      Optional<String> via = via(facts, cancer, site);
      if (via.isPresent() && !tended.contains(site)) {
        onward.add(
            "From "
                + via.get()
                + " "
                + Names.verb(cancer, "it", "they")
                + " can grow on into "
                + Names.the(site)
                + ".");
      } else {
        direct.add(site);
      }
    }
    if (direct.isEmpty()) {
      return String.join(" ", onward);
    }
    String grown = localDirect(cancer, subject, direct, tended);
    return onward.isEmpty() ? grown : grown + " " + String.join(" ", onward);
  }

  /**
   * The site a local growth is reached through, from the fact's note ("Reached from the renal vein;
   * ..."), so that no sentence says the cancer grows straight from where it starts into it.
   */
  static Optional<String> via(Facts facts, Cancer cancer, Site site) {
    String note = facts.certain(cancer.id(), site.id()).map(SpreadFact::note).orElse("").strip();
    String lead = "Reached from ";
    if (!note.startsWith(lead)) {
      return Optional.empty();
    }
    String rest = note.substring(lead.length());
    int end = rest.length();
    for (char stop : new char[] {';', '.', ','}) {
      int at = rest.indexOf(stop);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return Optional.of(rest.substring(0, end).strip());
  }

  private static String localDirect(
      Cancer cancer, String subject, List<Site> sites, List<Site> tended) {
    List<Site> can = sites.stream().filter(s -> !tended.contains(s)).toList();
    String pronoun = Names.plural(cancer) ? "They" : "It";
    String from =
        " from where " + Names.verb(cancer, "it starts", "they start") + " directly into ";
    if (tended.isEmpty()) {
      return subject + " can grow" + from + Names.siteList(can) + ".";
    }
    String tends =
        subject
            + " "
            + Names.verb(cancer, "tends", "tend")
            + " to grow"
            + from
            + Names.siteList(tended)
            + ".";
    return can.isEmpty()
        ? tends
        : tends + " " + pronoun + " can also grow into " + Names.siteList(can) + ".";
  }

  /**
   * The dataset's notes on the cancer's facts of one tier, one sentence per note and the sites it
   * is said of ("On the lungs and the liver: as the cancer advances."), so that a summary keeps the
   * qualifiers the single-fact explanations show.
   */
  private static List<String> notes(Facts facts, Cancer cancer, Tier tier) {
    Map<String, List<Site>> sitesByNote = new LinkedHashMap<>();
    for (SpreadFact fact : facts.certainFacts(cancer.id())) {
      if (fact.tier() == tier && !fact.note().isBlank() && !isComparison(fact.note())) {
        sitesByNote
            .computeIfAbsent(fact.note(), n -> new ArrayList<>())
            .add(facts.site(fact.site()));
      }
    }
    List<String> notes = new ArrayList<>();
    sitesByNote.forEach((note, sites) -> notes.add(aside("On " + Names.siteList(sites), note)));
    return notes;
  }

  /**
   * Why a site is not one of the cancer's most common sites, in terms of what the dataset says of
   * the pair.
   */
  static String notMost(Facts facts, Cancer cancer, Site site) {
    Optional<SpreadFact> fact = facts.certain(cancer.id(), site.id());
    String name = Names.capitalise(cancer.name()) + fact.map(f -> condition(f.when())).orElse("");
    if (fact.isEmpty()) {
      return "The article does not name "
          + Names.the(site)
          + " among the places "
          + mostSubject(facts, cancer)
          + " most often "
          + Names.verb(cancer, "spreads", "spread")
          + " to.";
    }
    return switch (fact.get().tier()) {
      case MOST -> throw new IllegalArgumentException(fact.get().id() + " is a most common site");
      case ALSO ->
          name
              + " can also reach "
              + Names.the(site)
              + ", but the article does not count it among the most common sites.";
      case LESS ->
          name
              + " "
              + Names.verb(cancer, "reaches", "reach")
              + " "
              + Names.the(site)
              + " less often, so it is not a most common site.";
      case RARE ->
          name
              + " only rarely "
              + Names.verb(cancer, "reaches", "reach")
              + " "
              + Names.the(site)
              + ".";
      case LOCAL ->
          // The article ranks where a cancer spreads, not what it grows into: most() is
          // undecided here, so such a site is never offered as a wrong answer.
          throw new IllegalArgumentException(fact.get().id() + " is local growth");
    };
  }

  /**
   * A note from the dataset after a label ("Note: as the cancer advances."). Dataset notes are
   * often fragments without a subject, so they cannot stand as sentences of their own.
   */
  static String aside(String label, String note) {
    String text = sentence(note);
    boolean acronym = text.length() > 1 && Character.isUpperCase(text.charAt(1));
    return label
        + ": "
        + (acronym ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1));
  }

  /** The text as a sentence: capitalised, ending in a full stop. */
  static String sentence(String text) {
    String trimmed = Names.capitalise(text.trim());
    if (trimmed.endsWith(".") || trimmed.endsWith("?") || trimmed.endsWith("!")) {
      return trimmed;
    }
    return trimmed + ".";
  }

  /** The text without a final full stop, for use inside a longer sentence. */
  static String clause(String text) {
    String trimmed = text.trim();
    return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
  }
}

package org.quizkit.content.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.quizkit.content.dataset.Cancer;
import org.quizkit.content.dataset.Site;
import org.quizkit.content.dataset.SpreadFact;
import org.quizkit.content.dataset.Tier;
import org.quizkit.core.question.Difficulty;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.TypedAnswerNote;

/**
 * "Name a place where lung cancer most often spreads", typed. Any most common site counts, and so
 * does a list of them; the key shows them all.
 *
 * <p>Other answers the dataset knows about are graded, not just marked wrong, and none of them is a
 * rival (a typo close to one is never read as a wrong answer):
 *
 * <ul>
 *   <li>a site inside a most common site (the spine inside the bones) earns full credit, with a
 *       note saying which site it is part of, unless the dataset states it for the cancer at
 *       another tier (ovarian cancer can also reach the liver, one of the organs of the pelvis and
 *       abdomen): that claim is about the site itself, so the next item applies;
 *   <li>a site the dataset states for the cancer at another tier (breast cancer can also reach the
 *       liver) earns no credit, with feedback naming that tier and the most common sites. No
 *       partial credit: the question asks exactly which places are the most common, and a place
 *       reached less often is the confusion it tests (the same fact as a true/false scores 0);
 *   <li>a site whose fact is uncertain earns no credit, with neutral feedback that the article
 *       mentions it, never that it is false, since marking it wrong would rely on an undecided
 *       claim;
 *   <li>a site that contains a most common site (too broad) earns no credit, with feedback naming
 *       the site inside it.
 * </ul>
 *
 * <p>Every other site for which {@code most(c,s)} is false is a rival.
 */
final class MostSiteTyped implements Template {
  static final String ID = "most-site-typed";

  /** Where to find the sites inside a site; the dataset's containment, replaceable in tests. */
  interface Containment {
    List<Site> inside(Facts facts, String siteId);
  }

  private final Containment containment;

  MostSiteTyped() {
    this(Facts::sitesInside);
  }

  MostSiteTyped(Containment containment) {
    this.containment = containment;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Kind kind() {
    return Kind.SHORT_ANSWER;
  }

  @Override
  public List<String> subjects(Facts facts) {
    return facts.cancersWithMostSites().stream()
        .map(Cancer::id)
        .filter(cancer -> !aPartIsNamedApart(facts, cancer))
        .toList();
  }

  /**
   * Whether a site inside one of the cancer's most common sites is also named for it at another
   * tier: ovarian cancer most often reaches the organs of the pelvis and abdomen, yet reaches the
   * liver, one of them, as it advances. A typed answer naming such a part could be argued right or
   * wrong, so the cancer is not asked this way (its choice questions leave the part out).
   */
  private static boolean aPartIsNamedApart(Facts facts, String cancer) {
    for (var most : facts.mostFacts(cancer)) {
      for (Site part : facts.sitesInside(most.site())) {
        if (facts.stated(cancer, part.id()).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public List<String> tags(Facts facts, String subject) {
    return MostSite.cancerTags(facts, subject);
  }

  @Override
  public Question generate(Facts facts, String subject, RandomGenerator random) {
    Cancer cancer = facts.cancer(subject);
    List<Site> most = facts.mostSites(subject);
    Set<String> taken = new LinkedHashSet<>();
    List<String> accepted = new ArrayList<>();
    for (Site site : most) {
      addNames(facts, site, taken, accepted);
    }
    List<String> keyed = most.stream().map(Site::name).toList();
    Map<String, Grade> graded = graded(facts, cancer, most);
    List<TypedAnswerNote> notes = new ArrayList<>();
    for (Map.Entry<String, Grade> entry : graded.entrySet()) {
      Site site = facts.site(entry.getKey());
      List<String> names = new ArrayList<>();
      addNames(facts, site, taken, names);
      if (!names.isEmpty()) {
        notes.add(
            new TypedAnswerNote(names, entry.getValue().credit(), entry.getValue().feedback()));
      }
    }
    List<String> rivals = new ArrayList<>();
    for (Site site : facts.dataset().sites()) {
      if (facts.mostFalse(subject, site.id()) && !graded.containsKey(site.id())) {
        addNames(facts, site, taken, rivals);
      }
    }
    String stem =
        "Name a place where "
            + Explain.mostSubject(facts, cancer)
            + " most often "
            + Names.verb(cancer, "spreads", "spread")
            + "."
            + (most.size() > 1 ? " Any one of them counts." : "");
    QuestionInfo info =
        new QuestionInfo(
            Explain.summary(facts, cancer),
            facts.sectionTitle(cancer.section()),
            facts.mostFacts(subject).stream().map(f -> f.id()).toList(),
            ID,
            subject,
            "most(" + subject + ",?)",
            tags(facts, subject),
            most.size() > 1 ? Difficulty.MEDIUM : Difficulty.HARD);
    return new ShortAnswer(questionId(subject), stem, accepted, keyed, rivals, notes, info);
  }

  /** The credit and feedback of a note. */
  private record Grade(double credit, String feedback) {}

  /**
   * The sites that get a note, by id, in this order of precedence: stated at another tier or
   * uncertain (no credit), inside a most common site (full credit), containing a most common site
   * (no credit).
   */
  private Map<String, Grade> graded(Facts facts, Cancer cancer, List<Site> most) {
    Set<String> keyIds = new LinkedHashSet<>();
    most.forEach(site -> keyIds.add(site.id()));
    String where = " most often " + Names.verb(cancer, "spreads", "spread");
    String pronoun = Names.plural(cancer) ? "they" : "it";
    String keyList = Names.siteList(most);
    // "the article names the bones as where it most often spreads"
    String condition = Explain.mostCondition(facts, cancer).strip();
    String named =
        "the article names "
            + keyList
            + " as where "
            + pronoun
            + where
            + (condition.isEmpty() ? "." : ", " + condition + ".");
    Map<String, Grade> graded = new LinkedHashMap<>();
    for (SpreadFact fact : facts.dataset().factsAbout(cancer.id())) {
      if (keyIds.contains(fact.site())) {
        continue;
      }
      String name = Names.capitalise(cancer.name()) + Explain.condition(fact.when());
      Site site = facts.site(fact.site());
      String feedback;
      if (fact.uncertain()) {
        // Neutral: the fact is stated, only its tier is open, so nothing here may call it wrong.
        // A note that opens with what the article says is that statement, in its own words.
        String note = fact.note().strip();
        int end = note.indexOf(". ");
        String says = end < 0 ? note : note.substring(0, end + 1);
        String asks =
            " This question asks where "
                + Explain.mostSubject(facts, cancer)
                + where
                + ", which the article says "
                + (most.size() == 1 ? "is " : "are ")
                + keyList
                + ".";
        feedback =
            says.startsWith("The article says ")
                ? Explain.sentence(says) + asks
                : "The article does mention "
                    + Names.the(site)
                    + " for "
                    + cancer.name()
                    + ";"
                    + asks.replaceFirst(" This", " this");
      } else {
        String said =
            switch (fact.tier()) {
              case MOST -> throw new IllegalStateException(fact.id() + " is a most common site");
              case ALSO -> name + " can also reach " + Names.the(site);
              case LESS -> name + " can spread to " + Names.the(site) + ", but less often";
              case RARE ->
                  name
                      + " rarely "
                      + Names.verb(cancer, "spreads", "spread")
                      + " to "
                      + Names.the(site);
              case LOCAL ->
                  name
                      + " can grow from "
                      + Explain.via(facts, cancer, site).orElse("where it starts")
                      + " into "
                      + Names.the(site);
            };
        feedback = "Not quite. " + said + (fact.tier() == Tier.LESS ? "; " : ", but ") + named;
      }
      graded.put(site.id(), new Grade(0.0, feedback));
    }
    // After the stated facts: where the article names a site at another tier (ovarian cancer can
    // also reach the liver), that claim is about the site itself and outweighs the containment
    // (the liver is one of the organs of the pelvis and abdomen).
    for (Site key : most) {
      String place =
          most.size() == 1
              ? ", where " + Explain.mostSubject(facts, cancer) + where + "."
              : ", one of the places where " + Explain.mostSubject(facts, cancer) + where + ".";
      for (Site inside : containment.inside(facts, key.id())) {
        if (!keyIds.contains(inside.id())) {
          graded.putIfAbsent(
              inside.id(), new Grade(1.0, "Counts as part of " + Names.the(key) + place));
        }
      }
    }
    for (Site site : facts.dataset().sites()) {
      if (keyIds.contains(site.id()) || graded.containsKey(site.id())) {
        continue;
      }
      Optional<Site> within =
          containment.inside(facts, site.id()).stream()
              .filter(inside -> keyIds.contains(inside.id()))
              .findFirst();
      within.ifPresent(
          key ->
              graded.put(
                  site.id(),
                  new Grade(
                      0.0,
                      "Too broad: that takes in "
                          + Names.the(key)
                          + ", but "
                          + named
                          + " Name that place itself.")));
    }
    return graded;
  }

  /**
   * Adds the site's name and synonyms whose normal form no earlier site has taken (a site's own
   * wordings that differ only in number are all kept), and takes them.
   */
  private static void addNames(Facts facts, Site site, Set<String> taken, List<String> out) {
    List<String> names = new ArrayList<>();
    names.add(site.name());
    names.addAll(site.synonyms());
    Set<String> own = new LinkedHashSet<>();
    for (String name : names) {
      String normal = facts.normal(name);
      if (!taken.contains(normal) && !out.contains(name)) {
        out.add(name);
        own.add(normal);
      }
    }
    taken.addAll(own);
  }
}

package org.quizkit.content.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.quizkit.content.dataset.Cancer;
import org.quizkit.content.dataset.Site;
import org.quizkit.content.dataset.SpreadFact;
import org.quizkit.core.question.Difficulty;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.seed.Seeds;

/** "Where does lung cancer most often spread?": one most common site among sites that are not. */
final class MostSite implements Template {
  static final String ID = "most-site";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Kind kind() {
    return Kind.SINGLE_CHOICE;
  }

  @Override
  public List<String> subjects(Facts facts) {
    return facts.cancersWithMostSites().stream()
        .filter(c -> SiteDistractors.candidates(facts, c).size() >= 2)
        .map(Cancer::id)
        .toList();
  }

  @Override
  public List<String> tags(Facts facts, String subject) {
    return cancerTags(facts, subject);
  }

  /**
   * The tags of a question about one cancer's most common sites, which every template asking that
   * shares: the cancer, each of those sites, and the topic.
   */
  static List<String> cancerTags(Facts facts, String cancer) {
    List<String> tags = new ArrayList<>();
    tags.add("cancer:" + cancer);
    facts.mostSites(cancer).forEach(s -> tags.add("site:" + s.id()));
    tags.add("topic:spread");
    return tags;
  }

  @Override
  public Question generate(Facts facts, String subject, RandomGenerator random) {
    Cancer cancer = facts.cancer(subject);
    List<Site> most = facts.mostSites(subject);
    List<Site> candidates = SiteDistractors.candidates(facts, cancer);
    int count = Math.min(candidates.size(), 2 + random.nextInt(3));
    // Drawn so that neither the key's length nor its alphabetical rank tells it (see Balance).
    List<Site> drawn =
        Balance.draw(
            random,
            r -> {
              List<Site> sites = new ArrayList<>();
              sites.add(most.get(r.nextInt(most.size())));
              // Half the draws take any candidates, not half from the sites the cancer reaches:
              // those may all read alike (all longer than the key, or all after it).
              sites.addAll(
                  r.nextBoolean()
                      ? SiteDistractors.pick(facts, cancer, candidates, count, r)
                      : Seeds.shuffled(candidates, r).subList(0, count));
              return sites;
            },
            sites -> sites.stream().map(Names::siteOption).toList());
    Site key = drawn.get(0);
    List<Site> distractors = drawn.subList(1, drawn.size());

    List<Option> options = new ArrayList<>();
    options.add(Option.of(key.id(), Names.siteOption(key), key.id()));
    for (Site site : distractors) {
      options.add(
          new Option(
              site.id(), Names.siteOption(site), site.id(), Explain.notMost(facts, cancer, site)));
    }
    // The condition the article puts on these sites ("once it is advanced") stays in the stem.
    String name = cancer.name() + Explain.condition(Explain.mostCondition(facts, cancer));
    String stem =
        most.size() == 1
            ? "Where " + Names.verb(cancer, "does ", "do ") + name + " most often spread?"
            : Names.capitalise(name)
                + " most often "
                + Names.verb(cancer, "spreads", "spread")
                + " to several places. Which of these is one of them?";
    List<String> basis = new ArrayList<>();
    facts.mostFacts(subject).forEach(f -> basis.add(f.id()));
    for (Site site : distractors) {
      facts.certain(subject, site.id()).map(SpreadFact::id).ifPresent(basis::add);
    }
    long stated = SiteDistractors.stated(facts, cancer, distractors);
    Difficulty difficulty =
        stated == 0 ? Difficulty.EASY : stated == 1 ? Difficulty.MEDIUM : Difficulty.HARD;
    String explanation = Explain.summary(facts, cancer);
    QuestionInfo info =
        new QuestionInfo(
            explanation,
            facts.sectionTitle(cancer.section()),
            basis,
            ID,
            subject,
            "most(" + subject + ",?)",
            tags(facts, subject),
            difficulty);
    return new SingleChoice(
        questionId(subject), stem, Seeds.shuffled(options, random), key.id(), info);
  }
}

package org.quizkit.content.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.quizkit.content.dataset.Cancer;
import org.quizkit.content.dataset.Site;
import org.quizkit.content.dataset.SpreadFact;
import org.quizkit.core.question.Difficulty;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.seed.Seeds;

/** Select all of a cancer's most common sites among sites that are not. */
final class MostSitesAll implements Template {
  static final String ID = "most-sites-all";
  private static final int MAX_OPTIONS = 5;
  private static final int MIN_OPTIONS = 3;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Kind kind() {
    return Kind.MULTIPLE_RESPONSE;
  }

  @Override
  public List<String> subjects(Facts facts) {
    return facts.cancersWithMostSites().stream()
        .filter(c -> fits(facts, c))
        .map(Cancer::id)
        .toList();
  }

  private static boolean fits(Facts facts, Cancer cancer) {
    int most = facts.mostSites(cancer.id()).size();
    int distractors = SiteDistractors.candidates(facts, cancer).size();
    return most + 1 <= MAX_OPTIONS && distractors >= Math.max(1, MIN_OPTIONS - most);
  }

  @Override
  public List<String> tags(Facts facts, String subject) {
    return MostSite.cancerTags(facts, subject);
  }

  @Override
  public Question generate(Facts facts, String subject, RandomGenerator random) {
    Cancer cancer = facts.cancer(subject);
    List<Site> most = facts.mostSites(subject);
    List<Site> candidates = SiteDistractors.candidates(facts, cancer);
    int low = Math.max(MIN_OPTIONS, most.size() + 1);
    int high = Math.min(MAX_OPTIONS, most.size() + candidates.size());
    int total = low + random.nextInt(high - low + 1);
    List<Site> distractors =
        SiteDistractors.pick(facts, cancer, candidates, total - most.size(), random);

    List<Option> options = new ArrayList<>();
    for (Site site : most) {
      options.add(Option.of(site.id(), Names.siteOption(site), site.id()));
    }
    for (Site site : distractors) {
      options.add(
          new Option(
              site.id(), Names.siteOption(site), site.id(), Explain.notMost(facts, cancer, site)));
    }
    String stem =
        "Select every place the article names as one where "
            + cancer.name()
            + Explain.condition(Explain.mostCondition(facts, cancer))
            + " most often "
            + Names.verb(cancer, "spreads", "spread")
            + ".";
    List<String> basis = new ArrayList<>();
    facts.mostFacts(subject).forEach(f -> basis.add(f.id()));
    for (Site site : distractors) {
      facts.certain(subject, site.id()).map(SpreadFact::id).ifPresent(basis::add);
    }
    Difficulty difficulty =
        SiteDistractors.stated(facts, cancer, distractors) > 0
            ? Difficulty.HARD
            : Difficulty.MEDIUM;
    QuestionInfo info =
        new QuestionInfo(
            Explain.summary(facts, cancer),
            facts.sectionTitle(cancer.section()),
            basis,
            ID,
            subject,
            "most(" + subject + ",?)",
            tags(facts, subject),
            difficulty);
    return new MultipleResponse(
        questionId(subject),
        stem,
        Seeds.shuffled(options, random),
        most.stream().map(Site::id).toList(),
        info);
  }
}

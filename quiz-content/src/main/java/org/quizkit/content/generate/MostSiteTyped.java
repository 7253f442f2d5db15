package org.quizkit.content.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.quizkit.content.dataset.Cancer;
import org.quizkit.content.dataset.Dataset;
import org.quizkit.content.dataset.Site;
import org.quizkit.core.question.Difficulty;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.ShortAnswer;

/**
 * "Name a place where lung cancer most often spreads", typed. Any most common site counts; every
 * other site is a rival, except sites whose pair is uncertain, since marking those wrong would rely
 * on an undecided claim.
 */
final class MostSiteTyped implements Template {
  static final String ID = "most-site-typed";

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
    return facts.cancersWithMostSites().stream().map(Cancer::id).toList();
  }

  @Override
  public List<String> tags(Facts facts, String subject) {
    return MostSite.cancerTags(facts, subject);
  }

  @Override
  public Question generate(Facts facts, String subject, RandomGenerator random) {
    Dataset dataset = facts.dataset();
    Cancer cancer = facts.cancer(subject);
    List<Site> most = facts.mostSites(subject);
    Set<String> accepted = new LinkedHashSet<>();
    for (Site site : most) {
      accepted.add(site.name());
      accepted.addAll(site.synonyms());
    }
    Set<String> acceptedNormal = new LinkedHashSet<>();
    accepted.forEach(a -> acceptedNormal.add(facts.normal(a)));
    Set<String> rivals = new LinkedHashSet<>();
    for (Site site : dataset.sites()) {
      if (!facts.mostFalse(subject, site.id())) {
        continue;
      }
      List<String> names = new ArrayList<>();
      names.add(site.name());
      names.addAll(site.synonyms());
      for (String name : names) {
        if (!acceptedNormal.contains(facts.normal(name))) {
          rivals.add(name);
        }
      }
    }
    String stem =
        "Name a place where "
            + cancer.name()
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
    return new ShortAnswer(
        questionId(subject), stem, List.copyOf(accepted), List.copyOf(rivals), info);
  }
}

package org.quizkit.content.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.quizkit.content.dataset.Dataset;
import org.quizkit.content.dataset.Downstream;
import org.quizkit.core.question.Difficulty;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.seed.Seeds;

/**
 * A pattern of spread and the reason the article gives for it, among the reasons for other
 * patterns.
 */
final class DownstreamCause implements Template {
  static final String ID = "downstream-cause";

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
    Dataset dataset = facts.dataset();
    return dataset.downstream().stream()
        .filter(d -> others(dataset, d).size() >= 2)
        .map(Downstream::id)
        .toList();
  }

  /** The other entries whose causes read differently from this one's and from each other. */
  private static List<Downstream> others(Dataset dataset, Downstream entry) {
    Set<String> seen = new HashSet<>();
    seen.add(Names.normal(entry.cause()));
    return dataset.downstream().stream()
        .filter(d -> !d.id().equals(entry.id()) && seen.add(Names.normal(d.cause())))
        .toList();
  }

  private static Downstream entry(Dataset dataset, String subject) {
    return dataset.downstream().stream()
        .filter(d -> d.id().equals(subject))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no downstream entry '" + subject + "'"));
  }

  @Override
  public List<String> tags(Facts facts, String subject) {
    List<String> tags = new ArrayList<>();
    Downstream entry = entry(facts.dataset(), subject);
    entry.cancers().forEach(c -> tags.add("cancer:" + c));
    entry.sites().forEach(s -> tags.add("site:" + s));
    tags.add("topic:downstream");
    return tags;
  }

  @Override
  public Question generate(Facts facts, String subject, RandomGenerator random) {
    Dataset dataset = facts.dataset();
    Downstream entry = entry(dataset, subject);
    List<Downstream> others = others(dataset, entry);
    int count = Math.min(others.size(), 2 + random.nextInt(3));
    List<Downstream> chosen = Seeds.shuffled(others, random).subList(0, count);

    List<Option> options = new ArrayList<>();
    options.add(Option.of(entry.id(), Explain.sentence(entry.cause()), entry.id()));
    List<String> basis = new ArrayList<>();
    basis.add(entry.id());
    for (Downstream other : chosen) {
      options.add(
          new Option(
              other.id(),
              Explain.sentence(other.cause()),
              other.id(),
              "That is the reason given for another pattern: "
                  + Explain.clause(other.pattern())
                  + "."));
      basis.add(other.id());
    }
    String stem =
        Explain.sentence(entry.pattern()) + " What reason does the article give for this?";
    String explanation =
        Explain.sentence(entry.pattern()) + " The reason: " + Explain.sentence(entry.cause());
    QuestionInfo info =
        new QuestionInfo(
            explanation,
            facts.sectionTitle(entry.section()),
            basis,
            ID,
            subject,
            "cause(" + entry.id() + ",?)",
            tags(facts, subject),
            Difficulty.MEDIUM);
    return new SingleChoice(
        questionId(subject), stem, Seeds.shuffled(options, random), entry.id(), info);
  }
}

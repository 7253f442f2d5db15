package org.quizkit.content.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.quizkit.content.dataset.Claim;
import org.quizkit.content.dataset.Dataset;
import org.quizkit.core.question.Difficulty;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.TrueFalse;

/**
 * One concept claim to judge true or false. A false claim's explanation gives the fact that makes
 * it false (its {@code why}), so the learner leaves with the right idea, not only a verdict.
 */
final class ConceptStatement implements Template {
  static final String ID = "concept-statement";

  /** The most pairs of one true and one false claim asked about a topic. */
  private static final int PAIRS = 3;

  /** How far apart in length the two statements of a pair may be. */
  private static final int PAIR_LENGTH = 12;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Kind kind() {
    return Kind.TRUE_FALSE;
  }

  /**
   * A share of the claims, so that one true/false item per claim does not outweigh every other kind
   * of question (issue 11: true/false at most 40 % of the bank, no template above 20 %); the rest
   * are asked as options of concept-choice. Taken in pairs of one true and one false claim of the
   * same topic whose statements differ by at most {@value #PAIR_LENGTH} characters and hold the
   * same kinds of word (a sweeping "never"/"only", a hedging "can"/"often": {@link Sweeping}),
   * closest pairs first, at most {@value #PAIRS} pairs a topic: true and false statements then have
   * the same lengths and the same words of certainty, so a test-wise learner cannot tell the true
   * ones by being longer or hedged (issue 15). Then every true claim longer than all the topic's
   * false ones, which concept-choice keys only as often as Balance lets the longest option be the
   * key.
   */
  @Override
  public List<String> subjects(Facts facts) {
    Dataset dataset = facts.dataset();
    Map<String, List<Claim[]>> pairs = new LinkedHashMap<>();
    for (Claim yes : dataset.claims()) {
      for (Claim no : dataset.claims()) {
        int apart = Math.abs(length(yes) - length(no));
        if (yes.truth()
            && !no.truth()
            && yes.topic().equals(no.topic())
            && apart <= PAIR_LENGTH
            && Sweeping.kind(yes.text()) == Sweeping.kind(no.text())) {
          pairs.computeIfAbsent(yes.topic(), t -> new ArrayList<>()).add(new Claim[] {yes, no});
        }
      }
    }
    Set<String> chosen = new HashSet<>();
    for (List<Claim[]> topic : pairs.values()) {
      List<Claim[]> closest = new ArrayList<>(topic);
      closest.sort(Comparator.comparingInt(p -> Math.abs(length(p[0]) - length(p[1]))));
      int taken = 0;
      for (Claim[] pair : closest) {
        if (taken < PAIRS && !chosen.contains(pair[0].id()) && !chosen.contains(pair[1].id())) {
          chosen.add(pair[0].id());
          chosen.add(pair[1].id());
          taken++;
        }
      }
    }
    // A true claim longer than all its topic's false ones is concept-choice's key only now and
    // then (Balance keeps the longest option from being the key more often than any other): it is
    // asked here as well, as it was when concept-choice never keyed it.
    Map<String, Integer> longestFalse = new HashMap<>();
    for (Claim claim : dataset.claims()) {
      if (!claim.truth()) {
        longestFalse.merge(claim.topic(), claim.text().length(), Math::max);
      }
    }
    for (Claim claim : dataset.claims()) {
      if (claim.truth() && claim.text().length() > longestFalse.getOrDefault(claim.topic(), 0)) {
        chosen.add(claim.id());
      }
    }
    return dataset.claims().stream().map(Claim::id).filter(chosen::contains).toList();
  }

  /** The length of the claim as the learner reads it. */
  private static int length(Claim claim) {
    return Explain.sentence(claim.text()).length();
  }

  private static Claim claim(Dataset dataset, String subject) {
    return dataset.claims().stream()
        .filter(c -> c.id().equals(subject))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no claim '" + subject + "'"));
  }

  @Override
  public List<String> tags(Facts facts, String subject) {
    return List.of("topic:" + claim(facts.dataset(), subject).topic());
  }

  @Override
  public Question generate(Facts facts, String subject, RandomGenerator random) {
    Dataset dataset = facts.dataset();
    Claim claim = claim(dataset, subject);
    List<String> basis = new ArrayList<>();
    basis.add(claim.id());
    String explanation;
    if (claim.truth()) {
      // Where the article makes the point (in our words: its headings would be copied runs), not
      // a sister claim: that would give away the answer
      // to another question of the same quiz.
      explanation =
          "True: the article makes this point where it discusses "
              + Topics.label(claim.topic())
              + ".";
    } else {
      // The fact that makes the claim false, so the learner leaves with the right idea.
      explanation =
          "False. "
              + (claim.why().isBlank()
                  ? "The article says otherwise."
                  : Explain.sentence(claim.why()));
    }
    QuestionInfo info =
        new QuestionInfo(
            explanation,
            facts.sectionTitle(claim.section()),
            basis,
            ID,
            subject,
            "claim(" + claim.id() + ")",
            tags(facts, subject),
            claim.truth() ? Difficulty.EASY : Difficulty.MEDIUM);
    return new TrueFalse(questionId(subject), Explain.sentence(claim.text()), claim.truth(), info);
  }
}

package org.quizkit.core.assembly;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Question;

/**
 * What the assembler needs to know of a question to pick it: enough to filter by a {@link QuizSpec}
 * and to spread a quiz over templates and subjects, without the stem, options or feedback. A bank
 * that is costly to make can be planned as candidates and only the questions a quiz draws made (see
 * {@code QuizEngine.assemble(List, QuizSpec, Function)}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the question's id
 * @param kind the question's kind
 * @param template as in {@code info().template()}; empty when hand written
 * @param subject as in {@code info().subject()}; may be empty
 * @param tags as in {@code info().tags()}, in the same order
 */
public record Candidate(String id, Kind kind, String template, String subject, List<String> tags) {
  public Candidate {
    checkNotNull(id, "id");
    checkNotNull(kind, "kind of '%s'", id);
    checkNotNull(template, "template of '%s'", id);
    checkNotNull(subject, "subject of '%s'", id);
    tags = List.copyOf(tags);
  }

  /** What the assembler needs to know of {@code question}. */
  public static Candidate of(Question question) {
    checkNotNull(question, "question");
    return new Candidate(
        question.id(),
        question.kind(),
        question.info().template(),
        question.info().subject(),
        question.info().tags());
  }

  /** A copy with these tags. */
  public Candidate withTags(List<String> newTags) {
    return new Candidate(id, kind, template, subject, newTags);
  }
}

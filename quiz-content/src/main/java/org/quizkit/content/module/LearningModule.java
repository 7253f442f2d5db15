package org.quizkit.content.module;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import org.quizkit.core.question.Question;

/**
 * A short lesson and the questions that go with it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id such as {@code chest}
 * @param title shown to the learner
 * @param objectives what the learner should be able to do afterwards
 * @param lesson a few paragraphs, separated by blank lines
 * @param sections ids of the source sections the lesson covers besides those of its cancers
 * @param topics concept topics such as {@code routes}; questions tagged {@code topic:<topic>}
 *     belong to the module
 * @param cancers cancer ids; questions tagged {@code cancer:<id>} belong to the module
 * @param mastery the share of the module's facts a learner must have right, in (0, 1]
 */
public record LearningModule(
    String id,
    String title,
    List<String> objectives,
    String lesson,
    List<String> sections,
    List<String> topics,
    List<String> cancers,
    double mastery) {
  public LearningModule {
    checkNotNull(id, "module id");
    checkNotNull(title, "title of module '%s'", id);
    checkNotNull(lesson, "lesson of module '%s'", id);
    objectives = List.copyOf(objectives);
    sections = List.copyOf(sections);
    topics = List.copyOf(topics);
    cancers = List.copyOf(cancers);
    checkArgument(
        mastery > 0 && mastery <= 1, "module '%s' has mastery %s outside (0, 1]", id, mastery);
  }

  /** The question tags that select this module's questions: topics first, then cancers. */
  public List<String> tags() {
    List<String> tags = new ArrayList<>();
    topics.forEach(topic -> tags.add("topic:" + topic));
    cancers.forEach(cancer -> tags.add("cancer:" + cancer));
    return List.copyOf(tags);
  }

  /** Whether the question carries one of this module's tags. */
  public boolean includes(Question question) {
    List<String> tags = tags();
    return question.info().tags().stream().anyMatch(tags::contains);
  }

  /** The questions of {@code bank} that belong to this module, in bank order. */
  public List<Question> questions(List<Question> bank) {
    return bank.stream().filter(this::includes).toList();
  }

  /** The lesson's paragraphs. */
  public List<String> paragraphs() {
    List<String> paragraphs = new ArrayList<>();
    for (String paragraph : lesson.strip().split("\\n\\s*\\n")) {
      String text = paragraph.strip().replaceAll("\\s+", " ");
      if (!text.isEmpty()) {
        paragraphs.add(text);
      }
    }
    return List.copyOf(paragraphs);
  }
}

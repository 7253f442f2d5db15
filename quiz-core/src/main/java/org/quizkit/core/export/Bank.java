package org.quizkit.core.export;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quizkit.core.question.Question;

/** Facts about a bank that every exporter needs. */
final class Bank {
  /** The tag prefix that puts a question in a module; the module becomes its category. */
  static final String MODULE_TAG = "module:";

  private Bank() {}

  /** Rejects a null list, null questions and repeated ids: they are programming errors. */
  static void checkIds(List<? extends Question> questions) {
    checkNotNull(questions, "questions");
    Set<String> seen = new HashSet<>();
    for (Question question : questions) {
      checkNotNull(question, "a question in the bank is null");
      checkArgument(seen.add(question.id()), "two questions have the id '%s'", question.id());
    }
  }

  /** The module of a question: its first {@code module:<id>} tag, if any. */
  static Optional<String> module(Question question) {
    return question.info().tags().stream()
        .filter(tag -> tag.startsWith(MODULE_TAG) && tag.length() > MODULE_TAG.length())
        .map(tag -> tag.substring(MODULE_TAG.length()))
        .findFirst();
  }
}
